import { resolve } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { rebuildSearchIndex, reindexSolution } from '../search/index-writer.ts';
import { loadBenchSolutions, type BenchLoad } from './evaluation/bench-database.ts';
import type { BenchSolution } from './evaluation/bench-files.ts';
import { matchSolutions, needContext } from './matching.service.ts';

const DATA = resolve(import.meta.dirname, '../../../../data');

const solution = (
	id: string,
	language: string,
	title: string,
	text: string,
	tags: Pick<BenchSolution, 'sectors' | 'sdgs' | 'countries' | 'cities'>
): BenchSolution => ({
	id,
	title,
	summary: text,
	challenge: '',
	solution: '',
	results: 'Waste to the dump fell by 40% and 120 traders joined within 2 years.',
	language,
	providers: [`Provider of ${id}`],
	modality: 'south-south',
	year: 2015,
	...tags
});

const SOLUTIONS: BenchSolution[] = [
	solution(
		'composting',
		'en',
		'Community composting of vegetable-market waste',
		'Traders separate organic market waste; a cooperative composts it and sells the compost to farmers.',
		{ sectors: ['waste-management'], sdgs: [11, 12], countries: ['BD'], cities: ['Dhaka'] }
	),
	solution(
		'collection',
		'fr',
		'Pré-collecte des ordures ménagères par les associations de quartier',
		'Des groupements de jeunes collectent les ordures des ménages en charrette contre une redevance.',
		{ sectors: ['waste-management'], sdgs: [11], countries: ['ML'], cities: [] }
	),
	solution(
		'warning',
		'es',
		'Alerta temprana comunitaria ante crecidas de ríos',
		'Voluntarios miden el nivel del río y avisan a las comunidades con sirenas.',
		{ sectors: ['disaster-risk-reduction'], sdgs: [11, 13], countries: ['GT'], cities: [] }
	),
	solution(
		'market',
		'pt',
		'Reconstrução do mercado central com as associações de comerciantes',
		'As comerciantes desenharam as bancas e gerem o novo mercado.',
		{
			sectors: ['local-economic-development'],
			sdgs: [8],
			countries: ['BF'],
			cities: ['Ouagadougou']
		}
	)
];

const FRENCH_NEED = {
	title: 'Valoriser les déchets organiques du marché central',
	description:
		'Les épluchures et les légumes pourris s’entassent autour du marché. Nous voulons en faire du compost.',
	language: 'fr',
	countryCode: 'SN'
};

describeOnDialects('matchmaking', 'empty', (db) => {
	let load: BenchLoad;
	const idOf = (reference: string) =>
		[...load.referenceOf].find(([, value]) => value === reference)![0];
	const ranked = async (need: Parameters<typeof matchSolutions>[1]) =>
		(await matchSolutions(db(), need)).matches.map((match) =>
			load.referenceOf.get(match.solutionId)
		);

	beforeAll(async () => {
		load = await loadBenchSolutions(db(), SOLUTIONS, { dataDirectory: DATA, needPlaces: [] });
		await rebuildSearchIndex(db());
	});

	it('ranks an English solution first for a French need, then the French one on waste', async () => {
		expect(await ranked(FRENCH_NEED)).toEqual(['composting', 'collection', 'market', 'warning']);
	});

	it('keeps every component per match and the concepts that made it', async () => {
		const { matches, need } = await matchSolutions(db(), FRENCH_NEED, { limit: 1 });
		expect(matches).toHaveLength(1);
		const [best] = matches;
		expect(best!.contributions.concepts).toBeGreaterThan(0);
		expect(best!.contributions.evidence).toBeGreaterThan(0);
		expect(best!.concepts).toEqual(expect.arrayContaining(['composting', 'organic-waste']));
		expect(need.sectors.get('waste-management')).toBeGreaterThan(0);
	});

	it('reads the need’s place from the reference tables', async () => {
		const context = await needContext(db(), {
			countryCode: 'ML',
			language: 'fr',
			languages: ['en']
		});
		expect(context.places[0]).toMatchObject({ country: 'ML', ldc: true, lldc: true });
		expect(context.languages).toEqual(['fr', 'en']);
		expect((await needContext(db(), { language: 'fr' })).places).toEqual([]);
	});

	it('runs the plain BM25 baseline by name and refuses an unknown ranker', async () => {
		const { matches } = await matchSolutions(db(), FRENCH_NEED, { ranker: 'bm25' });
		expect(matches.every((match) => match.contributions.concepts === 0)).toBe(true);
		await expect(matchSolutions(db(), FRENCH_NEED, { ranker: 'nope' })).rejects.toThrow(
			/unknown ranker/
		);
	});

	it('follows edits and withdrawals committed after the index was built', async () => {
		const id = idOf('warning');
		await db()
			.transaction()
			.execute(async (trx) => {
				await trx
					.updateTable('solutions')
					.set({ title: 'Compostaje de los residuos orgánicos del mercado', summary: 'Compost.' })
					.where('id', '=', id)
					.execute();
				await reindexSolution(trx, id);
			});
		const { matches } = await matchSolutions(db(), FRENCH_NEED);
		const edited = matches.find((match) => match.solutionId === id);
		expect(edited?.concepts).toEqual(expect.arrayContaining(['composting', 'organic-waste']));

		await db()
			.transaction()
			.execute(async (trx) => {
				await trx
					.updateTable('solutions')
					.set({ status: 'archived' })
					.where('id', '=', id)
					.execute();
				await reindexSolution(trx, id);
			});
		expect(await ranked(FRENCH_NEED)).not.toContain('warning');
	});
});
