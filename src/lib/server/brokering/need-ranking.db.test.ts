import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { loadBenchSolutions, type BenchLoad } from '../matching/evaluation/bench-database.ts';
import type { BenchSolution } from '../matching/evaluation/bench-files.ts';
import { COMPONENTS } from '../matching/score-combination.ts';
import { rebuildSearchIndex } from '../search/index-writer.ts';
import { PEER_CONTEXT_WEIGHT, rankNeedMatches, type RankedTarget } from './need-ranking.ts';

const DATA = resolve(import.meta.dirname, '../../../../data');

const solution = (
	id: string,
	language: string,
	title: string,
	text: string,
	tags: Pick<BenchSolution, 'sectors' | 'sdgs' | 'countries' | 'cities' | 'providers'>
): BenchSolution => ({
	id,
	title,
	summary: text,
	challenge: '',
	solution: '',
	results: 'Waste to the dump fell by 40% and 120 traders joined within 2 years.',
	language,
	modality: 'south-south',
	year: 2015,
	...tags
});

const SOLUTIONS: BenchSolution[] = [
	solution(
		'dhaka-compost',
		'en',
		'Community composting of vegetable-market waste',
		'Traders separate organic market waste; a cooperative composts it and sells the compost to farmers.',
		{
			sectors: ['waste-management'],
			sdgs: [11, 12],
			countries: ['BD'],
			cities: ['Dhaka'],
			providers: ['Waste Concern']
		}
	),
	solution(
		'ouaga-compost',
		'fr',
		'Compostage des déchets du grand marché',
		'Les commerçantes trient les déchets organiques du marché ; une association en fait du compost.',
		{
			sectors: ['waste-management'],
			sdgs: [11, 12],
			countries: ['BF'],
			cities: ['Ouagadougou'],
			providers: ['Waste Concern']
		}
	),
	solution(
		'flood-warning',
		'es',
		'Alerta temprana comunitaria ante crecidas de ríos',
		'Voluntarios miden el nivel del río y avisan a las comunidades con sirenas.',
		{
			sectors: ['disaster-risk-reduction'],
			sdgs: [11, 13],
			countries: ['GT'],
			cities: [],
			providers: ['Red de Alerta']
		}
	)
];

const NEED = {
	title: 'Valoriser les déchets organiques du marché central',
	description:
		'Les épluchures et les légumes pourris s’entassent autour du marché de Thiès. Nous voulons en faire du compost.',
	language: 'fr',
	countryCode: 'SN',
	languages: ['fr', 'en']
};

const sumOf = (target: RankedTarget) =>
	COMPONENTS.reduce((sum, name) => sum + target.contributions[name], 0);

describeOnDialects('matches of a need: solutions, providers, peer cities', 'empty', (db) => {
	let load: BenchLoad;
	const solutionId = (reference: string) =>
		[...load.referenceOf].find(([, value]) => value === reference)![0];
	let trainingOrgId: number;

	beforeAll(async () => {
		load = await loadBenchSolutions(db(), SOLUTIONS, { dataDirectory: DATA, needPlaces: [] });
		await rebuildSearchIndex(db());
		const now = new Date().toISOString();
		const organization = await db()
			.insertInto('organizations')
			.values({
				slug: 'compost-academy',
				name: 'Compost Academy',
				kind: 'academia',
				country_code: 'GH',
				description: 'Trains municipal staff.',
				updated_at: now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		trainingOrgId = organization.id;
		const offer = await db()
			.insertInto('offers')
			.values({
				slug: 'compost-training',
				organization_id: trainingOrgId,
				title: 'Training on market waste composting',
				description: 'We train municipal teams to compost organic waste from markets.',
				status: 'active',
				language: 'en',
				updated_at: now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		await db()
			.insertInto('offer_sectors')
			.values({ offer_id: offer.id, sector_slug: 'waste-management' })
			.execute();
	});

	it('ranks the composting solutions first, across languages, each explained', async () => {
		const { solutions } = await rankNeedMatches(db(), NEED);
		expect(
			solutions
				.slice(0, 2)
				.map((target) => load.referenceOf.get(target.id))
				.sort()
		).toEqual(['dhaka-compost', 'ouaga-compost']);
		for (const target of solutions) {
			expect(target.key).toBe(`solution:${target.id}`);
			expect(sumOf(target)).toBeCloseTo(target.score);
		}
		const kinds = solutions[0]!.explanation.reasons.map((reason) => reason.kind);
		expect(kinds).toEqual(expect.arrayContaining(['problem', 'sectors', 'sdgs']));
	});

	it('lists providers of relevant solutions and of relevant offers, with what they are based on', async () => {
		const { providers } = await rankNeedMatches(db(), NEED);
		const names = await db().selectFrom('organizations').select(['id', 'name']).execute();
		const nameOf = (id: number) => names.find((row) => row.id === id)?.name;
		expect(
			providers
				.slice(0, 2)
				.map((target) => nameOf(target.id))
				.sort()
		).toEqual(['Compost Academy', 'Waste Concern']);
		const wasteConcern = providers.find((target) => nameOf(target.id) === 'Waste Concern')!;
		expect(wasteConcern.basis.solutionIds.sort()).toEqual(
			[solutionId('dhaka-compost'), solutionId('ouaga-compost')].sort()
		);
		const academy = providers.find((target) => target.id === trainingOrgId)!;
		expect(academy.basis.offerId).not.toBeNull();
		expect(academy.basis.solutionIds).toEqual([]);
		for (const target of providers) expect(sumOf(target)).toBeCloseTo(target.score);
		// Two relevant solutions: a track record adds evidence beyond the best solution's own.
		const best = (await rankNeedMatches(db(), NEED)).solutions.find((target) =>
			wasteConcern.basis.solutionIds.includes(target.id)
		)!;
		expect(wasteConcern.contributions.evidence).toBeGreaterThan(best.contributions.evidence);
	});

	it('leaves out the need’s own organization and city', async () => {
		const { providers, peerCities } = await rankNeedMatches(db(), NEED, {
			excludeOrganizationId: trainingOrgId,
			excludeCityId: load.cityIds.get('BF|ouagadougou') ?? null
		});
		expect(providers.map((target) => target.id)).not.toContain(trainingOrgId);
		expect(peerCities.map((target) => target.id)).not.toContain(load.cityIds.get('BF|ouagadougou'));
	});

	it('ranks the cities that implemented relevant solutions, weighing how alike the cities are', async () => {
		const { peerCities } = await rankNeedMatches(db(), NEED);
		const cities = await db().selectFrom('cities').select(['id', 'name']).execute();
		const names = peerCities.map((target) => cities.find((city) => city.id === target.id)?.name);
		expect(names.slice(0, 2).sort()).toEqual(['Dhaka', 'Ouagadougou']);
		// Ouagadougou is in West Africa like the need (Senegal): its context counts more than Dhaka's.
		const context = (name: string) => peerCities[names.indexOf(name)]!.contributions.context;
		expect(context('Ouagadougou')).toBeGreaterThan(context('Dhaka'));
		expect(context('Ouagadougou')).toBeLessThanOrEqual(PEER_CONTEXT_WEIGHT);
		const ouaga = peerCities[names.indexOf('Ouagadougou')]!;
		expect(ouaga.explanation.reasons).toContainEqual({
			kind: 'place',
			level: 'intermediate-region',
			country: 'BF'
		});
		for (const target of peerCities) expect(sumOf(target)).toBeCloseTo(target.score);
	});
});
