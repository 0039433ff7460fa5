import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { rateLimited } from '../http/errors.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import { createUser } from '../identity/identity.service.ts';
import { insertMembership } from '../organizations/memberships.repository.ts';
import type { OfferListQuery } from './offers.schema.ts';
import {
	createOffer,
	deleteOffer,
	getOffer,
	getOfferEditor,
	listOffers,
	reactivateOffer,
	updateOffer,
	withdrawOffer,
	type OfferWorkContext
} from './offers.service.ts';

const KOIDU = 'koidu-new-sembehun-city-council';
const unlimited = { enforce: async () => {} };
const query = (overrides: Partial<OfferListQuery> = {}): OfferListQuery => ({
	status: 'active',
	page: 1,
	pageSize: 20,
	...overrides
});
const composting = (overrides: Record<string, unknown> = {}) => ({
	organization: KOIDU,
	title: 'Market composting peer exchange',
	description: 'Council staff show how market traders sort organic waste for composting.',
	language: 'en',
	supportTypes: ['peer-exchange', 'training'],
	sectors: ['waste-management'],
	languages: ['fr'],
	regions: ['202'],
	...overrides
});
/** The field names of an invalid_input error. */
const fieldsOf = async (promise: Promise<unknown>) => {
	try {
		await promise;
	} catch (error) {
		expect(error).toMatchObject({ code: 'invalid_input' });
		return (error as { details: { field: string }[] }).details.map((detail) => detail.field).sort();
	}
	throw new Error('expected invalid_input');
};

describeOnDialects('offers', 'demo', (db) => {
	const people: Record<string, Actor & { kind: 'user' }> = {};
	const read = (actor: Actor, locale = 'en') => ({ db: db(), actor, locale });
	const work = (actor: Actor, locale = 'en'): OfferWorkContext => ({
		...read(actor, locale),
		limiter: unlimited
	});
	const person = async (name: string, role: 'member' | 'curator', organization?: string) => {
		const user = await createUser({
			db: db(),
			actor: system,
			input: {
				email: `${name}@offers.example`,
				displayName: name,
				role,
				password: 'a long test passphrase'
			}
		});
		if (organization) {
			const { id } = await db()
				.selectFrom('organizations')
				.select('id')
				.where('slug', '=', organization)
				.executeTakeFirstOrThrow();
			await insertMembership(db(), {
				organization_id: id,
				user_id: user.id,
				role: 'member',
				status: 'active',
				created_at: new Date().toISOString()
			});
		}
		people[name] = { kind: 'user', userId: user.id, role };
		return people[name]!;
	};
	const offerCount = async () =>
		Number(
			(
				await db()
					.selectFrom('offers')
					.select((eb) => eb.fn.countAll().as('n'))
					.executeTakeFirstOrThrow()
			).n
		);
	const linkCount = async (offerId: number) => {
		const tables = [
			'offer_support_types',
			'offer_sectors',
			'offer_languages',
			'offer_regions'
		] as const;
		let total = 0;
		for (const table of tables) {
			const rows = await db()
				.selectFrom(table)
				.select('offer_id')
				.where('offer_id', '=', offerId)
				.execute();
			total += rows.length;
		}
		return total;
	};

	it('sets the people up', async () => {
		await person('ana', 'member', KOIDU);
		await person('bo', 'member', 'iica');
		await person('cy', 'member');
		await person('dee', 'curator');
	});

	it('lists the demo offers for everyone, in the list shape, with names for their regions', async () => {
		const page = await listOffers(read(visitor), query({ pageSize: 4 }));
		expect(page).toMatchObject({ page: 1, pageSize: 4, total: 6 });
		expect(page.data).toHaveLength(4);
		const second = await listOffers(read(visitor), query({ page: 2, pageSize: 4 }));
		expect(second.data).toHaveLength(2);
		const ids = [...page.data, ...second.data].map((offer) => offer.id);
		expect(new Set(ids).size).toBe(6);

		const hydro = await getOffer(read(visitor, 'fr'), 1);
		expect(hydro).toMatchObject({
			id: 1,
			slug: 'small-hydropower-planning-and-training',
			status: 'active',
			organization: { slug: 'inshp', shortName: 'ICSHP' },
			supportTypes: ['technical-assistance', 'technology-transfer', 'training'],
			languages: ['en', 'zh'],
			permissions: { edit: false }
		});
		expect(hydro.sectors.map((sector) => sector.slug).sort()).toEqual([
			'energy-access',
			'renewable-energy'
		]);
		expect(hydro.regions).toContainEqual({ code: 202, name: 'Afrique subsaharienne' });
	});

	it('filters by words, support, sector, language, region and organization', async () => {
		const titles = async (overrides: Partial<OfferListQuery>) =>
			(await listOffers(read(visitor), query(overrides))).data
				.map((o) => o.organization.slug)
				.sort();

		expect(await titles({ q: 'HYDROPOWER' })).toEqual(['inshp']);
		// LIKE wildcards are matched literally.
		expect(await titles({ q: '%%%' })).toEqual([]);
		expect(await titles({ support: 'financing' })).toEqual(['gssdc']);
		expect(await titles({ sector: 'waste-management' })).toEqual([KOIDU, 'un-habitat']);
		// Written in Spanish, or able to work in it.
		expect(await titles({ language: 'es' })).toEqual(['iica', 'un-habitat']);
		expect(await titles({ organization: 'iica' })).toEqual(['iica']);
		// Sub-Saharan Africa: offers for it, for all of Africa, and for anywhere.
		expect(await titles({ region: 202 })).toEqual(['gssdc', 'inshp', KOIDU, 'un-habitat']);
		// Africa takes in its sub-regions.
		expect(await titles({ region: 2 })).toEqual(['gssdc', 'inshp', KOIDU, 'un-habitat']);
		expect(await titles({ region: 419 })).toEqual(['gssdc', 'iica']);
		expect(await titles({ sector: 'waste-management', region: 145 })).toEqual(['un-habitat']);
		await expect(listOffers(read(visitor), query({ region: 999 }))).rejects.toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'region' }]
		});
	});

	it('lets a member post an offer for their organization, in one go', async () => {
		const offer = await createOffer(work(people.ana!), composting());
		expect(offer).toMatchObject({
			title: 'Market composting peer exchange',
			slug: 'market-composting-peer-exchange',
			status: 'active',
			language: 'en',
			organization: { slug: KOIDU },
			supportTypes: ['peer-exchange', 'training'],
			languages: ['fr'],
			regions: [{ code: 202, name: 'Sub-Saharan Africa' }],
			permissions: { edit: true }
		});
		expect((await listOffers(read(visitor), query({ q: 'market composting' }))).total).toBe(1);
		// The same title again gets the next address.
		const again = await createOffer(work(people.ana!), composting());
		expect(again.slug).toBe('market-composting-peer-exchange-2');
		await deleteOffer(work(people.ana!), again.id);
	});

	it('refuses an incomplete offer with a problem per field, in the reader’s language', async () => {
		const before = await offerCount();
		expect(await fieldsOf(createOffer(work(people.ana!), {}))).toEqual([
			'description',
			'language',
			'organization',
			'supportTypes',
			'title'
		]);
		await expect(
			createOffer(work(people.ana!, 'fr'), composting({ title: '  ' }))
		).rejects.toMatchObject({
			details: [{ field: 'title', reason: 'Donnez un titre à l’offre.' }]
		});
		expect(
			await fieldsOf(createOffer(work(people.ana!), composting({ title: 'x'.repeat(201) })))
		).toEqual(['title']);
		// Not a form at all: still a 400 naming the field, never a crash.
		expect(await fieldsOf(createOffer(work(people.ana!), { title: 42, colour: 'red' }))).toEqual([
			'(input)',
			'title'
		]);
		expect(await offerCount()).toBe(before);
	});

	it('writes nothing when a link is not valid', async () => {
		const before = await offerCount();
		expect(
			await fieldsOf(
				createOffer(
					work(people.ana!),
					composting({
						supportTypes: ['peer-exchange', 'consulting'],
						sectors: ['waste-management', 'space-travel'],
						languages: ['en', 'klingon'],
						regions: ['202', '999', 'abc']
					})
				)
			)
		).toEqual(['languages', 'regions', 'sectors', 'supportTypes']);
		expect(await offerCount()).toBe(before);
		expect(
			await fieldsOf(createOffer(work(people.ana!), composting({ organization: 'nobody' })))
		).toEqual(['organization']);
		expect(await offerCount()).toBe(before);

		// An edit with a bad link keeps the offer and every link as they were.
		const offer = (await listOffers(read(visitor), query({ q: 'market composting' }))).data[0]!;
		const links = await linkCount(offer.id);
		expect(
			await fieldsOf(
				updateOffer(work(people.ana!), {
					id: offer.id,
					input: { title: 'Changed', sectors: ['space-travel'] }
				})
			)
		).toEqual(['sectors']);
		expect(await getOffer(read(visitor), offer.id)).toMatchObject({
			title: offer.title,
			sectors: [{ slug: 'waste-management' }]
		});
		expect(await linkCount(offer.id)).toBe(links);
	});

	it('asks who may post and edit: members for their organizations, curators for any', async () => {
		await expect(createOffer(work(visitor), composting())).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		await expect(createOffer(work(people.cy!), composting())).rejects.toMatchObject({
			code: 'forbidden'
		});
		// Bo is a member of IICA, not of Koidu's council.
		await expect(createOffer(work(people.bo!), composting())).rejects.toMatchObject({
			code: 'forbidden'
		});
		expect(await offerCount()).toBe(7);

		await expect(
			updateOffer(work(people.ana!), { id: 1, input: { title: 'Mine now' } })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(getOfferEditor(read(people.bo!), 1)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(withdrawOffer(work(people.ana!), 1)).rejects.toMatchObject({ code: 'forbidden' });
		await expect(deleteOffer(work(visitor), 1)).rejects.toMatchObject({ code: 'unauthenticated' });
		await expect(getOffer(read(visitor), 99_999)).rejects.toMatchObject({ code: 'not_found' });

		// A curator posts for any organization and edits any offer.
		const curated = await createOffer(work(people.dee!), composting({ organization: 'iica' }));
		expect(curated.organization.slug).toBe('iica');
		expect((await getOffer(read(people.bo!), curated.id)).permissions.edit).toBe(true);
		await deleteOffer(work(people.bo!), curated.id);
		await expect(getOffer(read(visitor), curated.id)).rejects.toMatchObject({ code: 'not_found' });
		expect(await linkCount(curated.id)).toBe(0);

		const editor = await getOfferEditor(read(people.cy!), null);
		expect(editor.canCreate).toBe(false);
		expect(editor.options.organizations).toEqual([]);
		const own = await getOfferEditor(read(people.ana!), null);
		expect(own).toMatchObject({ canCreate: true, values: { organization: KOIDU, language: 'en' } });
		expect(own.options.regions.find((region) => region.code === 2)?.subRegions).toEqual([
			{ code: 15, name: 'Northern Africa' },
			{ code: 202, name: 'Sub-Saharan Africa' }
		]);
	});

	it('changes only the fields given, and refuses unknown fields and statuses', async () => {
		const offer = (await listOffers(read(visitor), query({ q: 'market composting' }))).data[0]!;
		const changed = await updateOffer(work(people.ana!), {
			id: offer.id,
			input: { title: 'Market composting visits', regions: [2, 202, '202'] }
		});
		expect(changed).toMatchObject({
			title: 'Market composting visits',
			slug: offer.slug,
			sectors: [{ slug: 'waste-management' }],
			supportTypes: ['peer-exchange', 'training'],
			regions: [
				{ code: 2, name: 'Africa' },
				{ code: 202, name: 'Sub-Saharan Africa' }
			]
		});
		expect(
			await fieldsOf(updateOffer(work(people.ana!), { id: offer.id, input: { status: 'paused' } }))
		).toEqual(['status']);
		expect(
			await fieldsOf(updateOffer(work(people.ana!), { id: offer.id, input: { colour: 'red' } }))
		).toEqual(['(input)']);
		// Moving it to an organization the writer does not speak for is refused.
		await expect(
			updateOffer(work(people.ana!), { id: offer.id, input: { organization: 'iica' } })
		).rejects.toMatchObject({ code: 'forbidden' });
	});

	it('shows a withdrawn offer only to its organization’s members and curators', async () => {
		const offer = (await listOffers(read(visitor), query({ q: 'market composting' }))).data[0]!;
		const withdrawn = await withdrawOffer(work(people.ana!), offer.id);
		expect(withdrawn.status).toBe('withdrawn');

		for (const actor of [visitor, people.bo!, people.cy!]) {
			await expect(getOffer(read(actor), offer.id)).rejects.toMatchObject({ code: 'not_found' });
			await expect(
				updateOffer(work(actor), { id: offer.id, input: { title: 'x' } })
			).rejects.toMatchObject({ code: actor.kind === 'visitor' ? 'unauthenticated' : 'not_found' });
			expect((await listOffers(read(actor), query({ status: 'withdrawn' }))).total).toBe(0);
		}
		expect((await getOffer(read(people.ana!), offer.id)).status).toBe('withdrawn');
		expect((await getOffer(read(people.dee!), offer.id)).status).toBe('withdrawn');
		expect((await listOffers(read(visitor), query({ q: 'market composting' }))).total).toBe(0);
		expect((await listOffers(read(visitor), query({ organization: KOIDU }))).total).toBe(1);
		const own = await listOffers(read(people.ana!), query({ status: 'withdrawn' }));
		expect(own.data.map((o) => o.id)).toEqual([offer.id]);
		expect((await listOffers(read(people.dee!), query({ status: 'withdrawn' }))).total).toBe(1);

		// Its people may still change it, and make it active again.
		await updateOffer(work(people.ana!), { id: offer.id, input: { title: 'Composting visits' } });
		const restored = await reactivateOffer(work(people.ana!), offer.id);
		expect(restored).toMatchObject({ status: 'active', title: 'Composting visits' });
		expect((await getOffer(read(visitor), offer.id)).status).toBe('active');
		// PATCH-style status changes do the same.
		await updateOffer(work(people.ana!), { id: offer.id, input: { status: 'withdrawn' } });
		await expect(getOffer(read(visitor), offer.id)).rejects.toMatchObject({ code: 'not_found' });
		await updateOffer(work(people.ana!), { id: offer.id, input: { status: 'active' } });
	});

	it('spends the write budget on every write', async () => {
		const refusing = { enforce: async () => Promise.reject(rateLimited(30)) };
		await expect(
			createOffer({ ...work(people.ana!), limiter: refusing }, composting())
		).rejects.toMatchObject({ code: 'rate_limited', retryAfterSeconds: 30 });
		await expect(
			withdrawOffer({ ...work(people.ana!), limiter: refusing }, 3)
		).rejects.toMatchObject({ code: 'rate_limited' });
	});
});
