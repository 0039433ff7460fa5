import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import {
	suggestNeedTags,
	suggestNeedTagsForQuery,
	suggestTagsForNeedForm,
	tickSuggestions,
	type NeedTagSuggestions
} from './need-tag-suggestions.service.ts';
import { emptyNeedForm } from './needs.schema.ts';

const suggestions: NeedTagSuggestions = {
	sectors: [{ slug: 'waste-management', name: 'Waste management', score: 1 }],
	sdgs: [
		{ number: 11, name: 'Sustainable cities and communities', score: 1 },
		{ number: 12, name: 'Responsible consumption and production', score: 0.5 }
	]
};

it('ticks the suggestions only in a group the requester left empty', () => {
	const empty = tickSuggestions(emptyNeedForm(), suggestions);
	expect(empty.ticked).toBe(true);
	expect(empty.values).toMatchObject({ sectors: ['waste-management'], sdgs: ['11', '12'] });

	const chosen = tickSuggestions({ ...emptyNeedForm(), sectors: ['urban-planning'] }, suggestions);
	expect(chosen.values).toMatchObject({ sectors: ['urban-planning'], sdgs: ['11', '12'] });
	expect(chosen.ticked).toBe(true);

	const all = tickSuggestions(
		{ ...emptyNeedForm(), sectors: ['urban-planning'], sdgs: ['6'] },
		suggestions
	);
	expect(all).toMatchObject({
		ticked: false,
		values: { sectors: ['urban-planning'], sdgs: ['6'] }
	});

	const nothing = tickSuggestions(emptyNeedForm(), { sectors: [], sdgs: [] });
	expect(nothing).toMatchObject({ ticked: false, values: { sectors: [], sdgs: [] } });
});

describeOnDialects('need tag suggestions', 'demo', (db) => {
	const read = (locale = 'en') => ({ db: db(), actor: visitor, locale });

	it('suggests sectors and SDGs from a text, in any of the solution languages', async () => {
		const english = await suggestNeedTags(read(), {
			text: 'Market waste piles up and blocks the drains; we want to compost the organic waste.',
			language: 'en'
		});
		expect(english.sectors[0]).toEqual({
			slug: 'waste-management',
			name: 'Waste management',
			score: 1
		});
		expect(english.sdgs.map((goal) => goal.number)).toContain(11);
		for (const item of [...english.sectors, ...english.sdgs]) {
			expect(item.score).toBeGreaterThan(0);
			expect(item.score).toBeLessThanOrEqual(1);
		}

		const french = await suggestNeedTags(read('fr'), {
			text: 'Les déchets du marché s’entassent : nous voulons trier et composter les ordures.',
			language: 'fr'
		});
		expect(french.sectors.map((sector) => sector.slug)).toContain('waste-management');
		// Goal names in the reader's language.
		expect(french.sdgs.find((goal) => goal.number === 11)?.name).toBe(
			'Villes et communautés durables'
		);

		const water = await suggestNeedTags(read(), {
			text: 'Reducir las fugas de agua potable y el agua no contabilizada en la red',
			language: 'es'
		});
		expect(water.sectors[0]?.slug).toBe('water-sanitation');
		expect(water.sdgs.map((goal) => goal.number)).toContain(6);
	});

	it('suggests nothing for a text too short to say anything', async () => {
		expect(await suggestNeedTags(read(), { text: '  waste ', language: 'en' })).toEqual({
			sectors: [],
			sdgs: []
		});
		expect(
			await suggestTagsForNeedForm(read(), { title: '', description: '', language: 'en' })
		).toEqual({ sectors: [], sdgs: [] });
	});

	it('reads the need form’s title and description, in the language it names', async () => {
		const result = await suggestTagsForNeedForm(read(), {
			title: 'Energia solar nas escolas',
			description: 'Instalar painéis solares fotovoltaicos nos postos de saúde municipais.',
			language: 'pt'
		});
		expect(result.sectors.map((sector) => sector.slug)).toContain('renewable-energy');
	});

	it('validates the query of GET /needs/tag-suggestions', async () => {
		const query = (params: Record<string, string>) =>
			suggestNeedTagsForQuery(read(), new URLSearchParams(params));
		const answer = await query({ lang: 'fr', text: 'Déchets du marché et compostage', ui: 'es' });
		expect(answer.sdgs.find((goal) => goal.number === 11)?.name).toBe(
			'Ciudades y comunidades sostenibles'
		);
		expect(await query({ lang: 'en' })).toEqual({ sectors: [], sdgs: [] });
		await expect(query({ lang: 'xx', text: 'waste' })).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'lang' }]
		});
		await expect(query({ text: 'waste' })).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'lang' }]
		});
		await expect(query({ lang: 'en', text: 'a'.repeat(2_001) })).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'text' }]
		});
		await expect(query({ lang: 'en', text: 'waste', ui: 'klingon' })).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'ui' }]
		});
	});
});
