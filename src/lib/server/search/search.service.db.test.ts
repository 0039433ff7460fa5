import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { isDomainError } from '../http/errors.ts';
import { parseQuery } from '../http/query.ts';
import { visitor } from '../identity/actor.ts';
import { reindexSolution } from './index-writer.ts';
import { relatedSolutionsBySlug } from './related.ts';
import { searchQuerySchema, solutionSearchQuerySchema } from './search.schema.ts';
import { searchEverything, searchSolutions } from './search.service.ts';

describeOnDialects('search', 'demo', (db) => {
	const search = (qs: string, locale = 'en') =>
		searchSolutions(
			{ db: db(), actor: visitor, locale },
			parseQuery(solutionSearchQuerySchema, new URLSearchParams(qs))
		);
	const failure = async (qs: string) => {
		try {
			await search(qs);
		} catch (error) {
			if (isDomainError(error)) return { code: error.code, details: error.details };
			throw error;
		}
		throw new Error(`expected ${qs} to be refused`);
	};

	it('finds a word in another inflection, and highlights it', async () => {
		const result = await search('q=composted');
		const titles = result.data.map((hit) => hit.title);
		expect(titles).toContain('Community composting of vegetable-market and kitchen waste, Dhaka');
		const hit = result.data.find((h) => h.title.startsWith('Community composting'))!;
		expect(hit.snippet?.some((part) => part.match && /compost/i.test(part.text))).toBe(true);
		expect(result.sort).toBe('relevance');
	});

	it('finds a French solution from an English word through its exact form', async () => {
		const result = await search('q=compost nokoué');
		expect(result.data.map((hit) => hit.slug)).toEqual([expect.stringContaining('jacinthe')]);
	});

	it('finds Chinese solutions by a Chinese query', async () => {
		const chinese = await db()
			.selectFrom('solutions')
			.select(['slug', 'title'])
			.where('language', '=', 'zh')
			.orderBy('id')
			.executeTakeFirstOrThrow();
		const word = [...chinese.title].slice(0, 2).join('');
		const result = await search(`q=${encodeURIComponent(word)}`, 'zh');
		expect(result.data.map((hit) => hit.slug)).toContain(chinese.slug);
	});

	it('reads phrases and exclusions', async () => {
		const all = await search('q=waste&pageSize=100');
		const phrase = await search('q=%22market waste%22&pageSize=100');
		const excluded = await search('q=waste -composting&pageSize=100');
		expect(phrase.total).toBeGreaterThan(0);
		expect(phrase.total).toBeLessThan(all.total);
		expect(excluded.total).toBeLessThan(all.total);
		expect(excluded.data.some((hit) => /compost/i.test(hit.title))).toBe(false);
	});

	it('filters by facets and counts every facet value', async () => {
		const all = await search('pageSize=100');
		expect(all.total).toBe(200);
		expect(all.sort).toBe('newest');
		const sdg11 = all.facets.sdg.find((value) => value.value === '11')!;
		const filtered = await search('sdg=11');
		expect(filtered.total).toBe(sdg11.count);
		expect(filtered.facets.sdg.find((value) => value.value === '11')?.selected).toBe(true);
		// Disjunctive counts: the SDG facet still counts the other goals.
		expect(filtered.facets.sdg.find((value) => value.value === '6')?.count).toBe(
			all.facets.sdg.find((value) => value.value === '6')?.count
		);
		const french = await search('lang=fr&sdg=11');
		expect(french.data.every((hit) => hit.language === 'fr')).toBe(true);
		expect(french.facets.lang.find((value) => value.value === 'fr')?.count).toBe(french.total);
	});

	it('explains an empty result and which filter to remove', async () => {
		const result = await search('q=composting&modality=triangular&sdg=4');
		if (result.total === 0) {
			expect(result.empty?.reason).toBe('filters');
			expect(result.empty?.removable.length).toBeGreaterThan(0);
		}
		const nothing = await search('q=zzzyxq');
		expect(nothing.empty).toEqual({ reason: 'no-text-match', removable: [] });
		const stopWords = await search('q=the and of');
		expect(stopWords.empty?.reason).toBe('no-words');
	});

	it('refuses unknown facet values and pages past the end with the field', async () => {
		expect(await failure('sector=not-a-sector')).toEqual({
			code: 'invalid_input',
			details: [{ field: 'sector', reason: 'unknown value: not-a-sector' }]
		});
		expect((await failure('country=XX')).details[0]?.field).toBe('country');
		expect((await failure('region=998')).details[0]?.field).toBe('region');
		expect((await failure('page=99')).details).toEqual([
			{ field: 'page', reason: 'must be 10 or less: there are 200 results' }
		]);
	});

	it('makes an edit searchable in the same transaction', async () => {
		const { id } = await db()
			.selectFrom('solutions')
			.select('id')
			.orderBy('id')
			.executeTakeFirstOrThrow();
		await db()
			.transaction()
			.execute(async (trx) => {
				await trx
					.updateTable('solutions')
					.set({ results: 'Quokkaville reports 12.5 tonnes recycled.' })
					.where('id', '=', id)
					.execute();
				await reindexSolution(trx, id);
			});
		expect((await search('q=quokkaville')).total).toBe(1);
		expect((await search('q=12.5 quokkaville')).total).toBe(1);
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
		expect((await search('q=quokkaville')).total).toBe(0);
		expect((await search('pageSize=1')).total).toBe(199);
	});

	it('searches every kind of content', async () => {
		const result = await searchEverything(
			{ db: db(), actor: visitor, locale: 'en' },
			parseQuery(searchQuerySchema, new URLSearchParams('q=waste'))
		);
		const kinds = new Set(result.data.map((hit) => hit.kind));
		expect(kinds.has('solution')).toBe(true);
		expect(result.kinds.find((kind) => kind.kind === 'cluster')?.count).toBeGreaterThan(0);
		expect(result.data[0]?.url).toMatch(
			/^\/(solutions|clusters|projects|partners|events|knowledge)\//
		);
	});

	it('suggests related solutions that share a sector or a goal, never the solution itself', async () => {
		const composting = 'community-composting-of-vegetable-market-and-kitchen-waste-dhaka';
		const related = await relatedSolutionsBySlug(
			{ db: db(), actor: visitor, locale: 'en' },
			composting
		);
		expect(related).toHaveLength(4);
		expect(related.map((hit) => hit.slug)).not.toContain(composting);
		expect(related[0]?.sectors.map((sector) => sector.slug)).toContain('waste-management');
		expect(
			await relatedSolutionsBySlug({ db: db(), actor: visitor, locale: 'en' }, 'nope')
		).toEqual([]);
	});

	it("shows cards in the reader's language when a translation exists", async () => {
		const { id, title } = await db()
			.selectFrom('solutions')
			.select(['id', 'title'])
			.where('language', '=', 'en')
			.where('title', 'like', 'Community composting%')
			.executeTakeFirstOrThrow();
		const now = new Date().toISOString();
		await db()
			.transaction()
			.execute(async (trx) => {
				await trx
					.insertInto('solution_translations')
					.values({
						solution_id: id,
						language: 'fr',
						title: 'Compostage communautaire des déchets de marché, Dacca',
						summary: 'De petites unités de compostage transforment les déchets organiques.',
						challenge: 'Les déchets s’accumulent.',
						solution: 'Des usines de compostage de quartier.',
						results: 'Du compost certifié.',
						created_at: now,
						updated_at: now
					})
					.execute();
				await reindexSolution(trx, id);
			});
		const french = await search('q=compostage dacca', 'fr');
		expect(french.data[0]).toMatchObject({
			title: 'Compostage communautaire des déchets de marché, Dacca',
			language: 'fr'
		});
		expect(french.facets.lang.find((value) => value.value === 'fr')?.count).toBeGreaterThan(0);
		const english = await search('q=compostage dacca', 'en');
		expect(english.data[0]).toMatchObject({ title, language: 'en' });
	});
});
