import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import type { Actor } from '../identity/actor.ts';
import { visitor } from '../identity/actor.ts';
import { parseQuery } from '../http/query.ts';
import { solutionSearchQuerySchema } from '../search/search.schema.ts';
import { searchSolutions } from '../search/search.service.ts';
import { getSolution, listSolutions } from './solutions.service.ts';
import type { SolutionListQuery } from './solutions.schema.ts';

const query = (overrides: Partial<SolutionListQuery> = {}): SolutionListQuery => ({
	sdg: [],
	sector: [],
	country: [],
	region: [],
	page: 1,
	pageSize: 20,
	...overrides
});
const curator: Actor = { kind: 'user', userId: 1, role: 'curator' };

describeOnDialects('solutions', 'demo', (db) => {
	const as = (actor: Actor) => ({ db: db(), actor, locale: 'en' });

	it('pages through all published solutions without gaps or repeats', async () => {
		const seen = new Set<string>();
		for (let page = 1; page <= 10; page += 1) {
			const result = await listSolutions(as(visitor), query({ page }));
			expect(result.total).toBe(200);
			expect(result.data).toHaveLength(20);
			for (const solution of result.data) seen.add(solution.slug);
		}
		expect(seen.size).toBe(200);
		expect((await listSolutions(as(visitor), query({ page: 11 }))).data).toEqual([]);
	});

	it('lists the newest first', async () => {
		const { data } = await listSolutions(as(visitor), query({ pageSize: 3 }));
		expect(data.map((solution) => solution.reference)).toEqual(['sol-001', 'sol-002', 'sol-003']);
	});

	it('filters by goal, sector, country and region, and combines filters with AND', async () => {
		const water = await listSolutions(as(visitor), query({ sdg: [6], pageSize: 100 }));
		expect(water.total).toBeGreaterThan(0);
		expect(water.data.every((s) => s.sdgs.some((goal) => goal.number === 6))).toBe(true);

		const waste = await listSolutions(
			as(visitor),
			query({ sector: ['waste-management'], pageSize: 100 })
		);
		expect(
			waste.data.every((s) => s.sectors.some((sector) => sector.slug === 'waste-management'))
		).toBe(true);

		const brazil = await listSolutions(as(visitor), query({ country: ['BR'], pageSize: 100 }));
		expect(brazil.total).toBeGreaterThan(0);
		expect(brazil.data.every((s) => s.places.countries.some((c) => c.code === 'BR'))).toBe(true);

		const africa = await listSolutions(as(visitor), query({ region: [2], pageSize: 100 }));
		const westernAfrica = await listSolutions(as(visitor), query({ region: [11], pageSize: 100 }));
		expect(westernAfrica.total).toBeGreaterThan(0);
		expect(westernAfrica.total).toBeLessThan(africa.total);

		const both = await listSolutions(
			as(visitor),
			query({ sdg: [6], country: ['BR'], pageSize: 100 })
		);
		expect(both.total).toBeLessThanOrEqual(Math.min(water.total, brazil.total));
		expect(both.data.every((s) => s.places.countries.some((c) => c.code === 'BR'))).toBe(true);
	});

	it('matches text case-insensitively and treats LIKE wildcards literally', async () => {
		const lower = await listSolutions(as(visitor), query({ q: 'paraguay' }));
		const upper = await listSolutions(as(visitor), query({ q: 'PARAGUAY' }));
		expect(lower.total).toBeGreaterThan(0);
		expect(upper.total).toBe(lower.total);
		// Unescaped, '%%%' and '___' would match every solution.
		expect((await listSolutions(as(visitor), query({ q: '%%%' }))).total).toBe(0);
		expect((await listSolutions(as(visitor), query({ q: '___' }))).total).toBe(0);
		const percent = await listSolutions(as(visitor), query({ q: '%', pageSize: 100 }));
		expect(percent.data.every((s) => `${s.title} ${s.summary}`.includes('%'))).toBe(true);
	});

	it('hides unpublished solutions from visitors but shows them to curators', async () => {
		const draft = await db()
			.updateTable('solutions')
			.set({ status: 'draft' })
			.where('reference', '=', 'sol-200')
			.returning('slug')
			.executeTakeFirstOrThrow();
		expect((await listSolutions(as(visitor), query())).total).toBe(199);
		await expect(getSolution(as(visitor), draft.slug)).rejects.toMatchObject({ code: 'not_found' });
		expect((await getSolution(as(curator), draft.slug)).status).toBe('draft');
		expect((await listSolutions(as(curator), query())).total).toBe(200);
	});

	it('shows a solution with its challenge, results, partners and clusters', async () => {
		const [card] = (await listSolutions(as(visitor), query({ q: 'Open contracting' }))).data;
		const solution = await getSolution(as(visitor), card!.slug);
		expect(solution.reference).toBe('sol-001');
		expect(solution.challenge).toMatch(/procurement/i);
		expect(solution.organizations[0]?.role).toBe('provider');
		expect(solution.places.countries).toEqual([{ code: 'PY', name: 'Paraguay' }]);
		expect(solution.sdgs.map((goal) => goal.number)).toEqual([16, 17]);
	});

	it('names countries in the reader language', async () => {
		const [card] = (
			await listSolutions(
				{ db: db(), actor: visitor, locale: 'fr' },
				query({ q: 'Open contracting' })
			)
		).data;
		expect(card?.places.countries).toEqual([{ code: 'PY', name: 'Paraguay' }]);
		const [cairo] = (
			await listSolutions({ db: db(), actor: visitor, locale: 'ar' }, query({ country: ['EG'] }))
		).data;
		expect(cairo?.places.countries[0]?.name).toBe('مصر');
	});

	it('names goals in the reader language and offers only countries that have solutions', async () => {
		// The catalogue's filters come from the search (its facets).
		const catalogue = await searchSolutions(
			{ db: db(), actor: visitor, locale: 'fr' },
			parseQuery(solutionSearchQuerySchema, new URLSearchParams())
		);
		expect(catalogue.facets.sdg).toHaveLength(17);
		expect(catalogue.facets.sdg.find((goal) => goal.value === '6')?.label).toBe(
			'Eau propre et assainissement'
		);
		const codes = catalogue.facets.country.map((country) => country.value);
		expect(codes).toContain('PY');
		expect(codes).not.toContain('FR');
	});
});
