import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system } from '../identity/actor.ts';
import type { NeedToMatch } from '../matching/matching.service.ts';
import { matchOffers } from './offer-matching.ts';
import { createOffer, deleteOffer, updateOffer, withdrawOffer } from './offers.service.ts';

const unlimited = { enforce: async () => {} };

const need: NeedToMatch = {
	title: 'Compostage des déchets du marché',
	description:
		'Les déchets organiques s’accumulent au marché central et bouchent les caniveaux. Nous voulons les trier et les composter.',
	language: 'fr',
	countryCode: 'GN'
};

describeOnDialects('offer matching', 'empty', (db) => {
	const context = () => ({ db: db(), actor: system, locale: 'en', limiter: unlimited });
	const ids: Record<string, number> = {};
	const organization = async (slug: string, country: string | null) => {
		const now = new Date().toISOString();
		const row = await db()
			.insertInto('organizations')
			.values({
				slug,
				name: slug,
				kind: 'city',
				country_code: country,
				description: '',
				updated_at: now
			})
			.returning('id')
			.executeTakeFirstOrThrow();
		return row.id;
	};
	const post = async (key: string, input: Record<string, unknown>) => {
		ids[key] = (
			await createOffer(context(), { language: 'en', supportTypes: ['training'], ...input })
		).id;
	};
	const ranked = async () => (await matchOffers(db(), need)).map((match) => match.offerId);
	const scoreOf = async (id: number) =>
		(await matchOffers(db(), need)).find((match) => match.offerId === id)?.score ?? 0;

	it('sets the offers up', async () => {
		await organization('koidu', 'SL');
		await organization('solar-center', 'IN');
		await organization('water-agency', null);
		await post('composting', {
			organization: 'koidu',
			title: 'Peer exchange on market waste composting',
			description:
				'Our council sorts organic waste at the market, composts it and sells the compost to farmers.',
			sectors: ['waste-management'],
			supportTypes: ['peer-exchange']
		});
		await post('solar', {
			organization: 'solar-center',
			title: 'Solar mini-grids for rural villages',
			description: 'Training engineers to plan and run solar mini-grids far from the grid.',
			sectors: ['renewable-energy']
		});
		await post('water', {
			organization: 'water-agency',
			title: 'Gestion de l’eau potable',
			description: 'Nous aidons les villes à réduire les pertes d’eau dans les réseaux.',
			language: 'fr',
			sectors: ['water-sanitation']
		});
		await post('withdrawn', {
			organization: 'koidu',
			title: 'Household composting of organic waste',
			description: 'Composting kitchen waste at home with simple bins.',
			sectors: ['waste-management']
		});
		await withdrawOffer(context(), ids.withdrawn!);
	});

	it('finds the English composting offer first for a French need, never a withdrawn one', async () => {
		const matches = await matchOffers(db(), need);
		expect(matches[0]).toMatchObject({ offerId: ids.composting });
		expect(matches[0]!.concepts).toContain('composting');
		expect(matches[0]!.contributions.concepts).toBeGreaterThan(0);
		const sum = Object.values(matches[0]!.contributions).reduce((a, b) => a + b, 0);
		expect(sum).toBeCloseTo(matches[0]!.score, 10);
		const koidu = await db()
			.selectFrom('organizations')
			.select('id')
			.where('slug', '=', 'koidu')
			.executeTakeFirstOrThrow();
		expect(matches[0]!.organizationId).toBe(koidu.id);
		expect(matches.map((match) => match.offerId)).not.toContain(ids.withdrawn);
		expect(await matchOffers(db(), need, 1)).toHaveLength(1);
	});

	it('sees an edit, a withdrawal, a restoration and a deletion on the next call', async () => {
		const before = await scoreOf(ids.solar!);
		await updateOffer(context(), {
			id: ids.solar!,
			input: {
				title: 'Composting organic market waste with solar dryers',
				sectors: ['waste-management', 'renewable-energy']
			}
		});
		expect(await scoreOf(ids.solar!)).toBeGreaterThan(before + 0.2);

		await withdrawOffer(context(), ids.composting!);
		expect(await ranked()).not.toContain(ids.composting);
		await updateOffer(context(), { id: ids.composting!, input: { status: 'active' } });
		expect((await ranked())[0]).toBe(ids.composting);

		// A deletion lowers the count: the index is rebuilt without it.
		await deleteOffer(context(), ids.solar!);
		expect(await ranked()).not.toContain(ids.solar);
		// A deletion and an addition between two calls keep the count: still seen.
		await deleteOffer(context(), ids.composting!);
		await post('again', {
			organization: 'koidu',
			title: 'Market waste composting, again',
			description: 'Sorting and composting organic waste from the market.',
			sectors: ['waste-management']
		});
		const after = await ranked();
		expect(after).not.toContain(ids.composting);
		expect(after[0]).toBe(ids.again);
		expect(after).not.toContain(ids.withdrawn);
	});
});
