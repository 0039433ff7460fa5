import { beforeAll, describe, expect, inject, it } from 'vitest';
import { appointEditor, createApiToken } from './support/accounts.ts';

/**
 * Needs and offers through the JSON API with personal tokens, against the built server: creation,
 * bad input (400 naming the fields, never a 5xx), matches with their explanations, asking for an
 * introduction, visibility, and deletion. The records are posted by a curator for Recife's city
 * hall, which no test account belongs to: the member and the editor (members of Koidu's council,
 * depending on which journeys ran before) are outsiders to them either way.
 */

const origin = inject('sqliteOrigin');
const KOIDU = 'koidu-new-sembehun-city-council';
const RECIFE = 'prefeitura-do-recife';

function client(token: string | null) {
	return (path: string, init: { method?: string; body?: unknown; raw?: string } = {}) =>
		fetch(`${origin}/api/v1${path}`, {
			method: init.method ?? 'GET',
			headers: {
				...(token ? { authorization: `Bearer ${token}` } : {}),
				'content-type': 'application/json',
				origin
			},
			body: init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body))
		});
}

const NEED = {
	title: 'Sorting and composting the waste of our central market',
	description:
		'Vegetable peelings and rotten produce pile up around the central market and block the drains ' +
		'in the rainy season. We want traders to sort organic waste so that it can be composted.',
	language: 'en',
	organization: RECIFE,
	supportTypes: ['technical-assistance', 'peer-exchange'],
	sdgs: [11],
	targets: '11.6',
	country: 'BR',
	city: 'Recife',
	languages: ['fr'],
	visibility: 'public'
};

describe('the needs and offers API', () => {
	let curator: ReturnType<typeof client>;
	let editor: ReturnType<typeof client>;
	let member: ReturnType<typeof client>;
	let visitor: ReturnType<typeof client>;
	beforeAll(async () => {
		await appointEditor(origin, KOIDU, 'editor');
		curator = client(await createApiToken(origin, 'curator', 'read-write'));
		editor = client(await createApiToken(origin, 'editor', 'read-write'));
		member = client(await createApiToken(origin, 'member', 'read-write'));
		visitor = client(null);
	});

	it('refuses a bad need with every problem named, and junk without a 5xx', async () => {
		const bad = await editor('/needs', {
			method: 'POST',
			body: {
				...NEED,
				organization: RECIFE,
				description: 'Too short',
				supportTypes: [],
				targets: '11.6, 99'
			}
		});
		expect(bad.status).toBe(400);
		const fields = (await bad.json()).error.details.map(
			(detail: { field: string }) => detail.field
		);
		// The editor does not speak for Recife's city hall: that is a problem too.
		expect(fields).toEqual(
			expect.arrayContaining(['organization', 'description', 'supportTypes', 'targets'])
		);
		for (const raw of [
			'not json',
			'[1,2]',
			'null',
			'{"title":{"x":1}}',
			`{"title":"${'x'.repeat(50_000)}"}`
		]) {
			const response = await editor('/needs', { method: 'POST', raw });
			expect(response.status, raw.slice(0, 30)).toBe(400);
		}
		expect((await visitor('/needs', { method: 'POST', body: NEED })).status).toBe(401);
	});

	it('creates a need, ranks its matches with reasons, and asks for an introduction once', async () => {
		const created = await curator('/needs', { method: 'POST', body: NEED });
		expect(created.status).toBe(201);
		const need = (await created.json()).data;
		expect(need).toMatchObject({ title: NEED.title, targets: ['11.6'], status: 'open' });

		const response = await curator(`/needs/${need.id}/matches`);
		expect(response.status).toBe(200);
		const { data: matches } = await response.json();
		for (const list of ['solutions', 'providers', 'peerCities']) {
			expect(matches[list].length, list).toBeGreaterThan(0);
		}
		const [best] = matches.solutions;
		expect(best.reasons.join(' · ')).toMatch(/same problem: .*compost/);
		expect(best.explanation.components.map((c: { name: string }) => c.name)).toHaveLength(6);

		const ask = () =>
			curator(`/needs/${need.id}/connections`, {
				method: 'POST',
				body: { target: best.key, stage: 'suggested' }
			});
		const connection = await ask();
		expect(connection.status).toBe(201);
		expect((await connection.json()).data).toMatchObject({ stage: 'suggested' });
		expect((await ask()).status).toBe(409);

		// Other members may read the public need, but not its matches, nor change it.
		for (const outsider of [member, editor]) {
			expect((await outsider(`/needs/${need.id}`)).status).toBe(200);
			expect((await outsider(`/needs/${need.id}/matches`)).status).toBe(403);
			const refused = await outsider(`/needs/${need.id}`, {
				method: 'PATCH',
				body: { title: 'Mine' }
			});
			expect(refused.status).toBe(403);
		}
		// Curators only: the need disappears for them, and its changed field is the only change.
		const patched = await curator(`/needs/${need.id}`, {
			method: 'PATCH',
			body: { visibility: 'curators' }
		});
		expect(patched.status).toBe(200);
		expect((await patched.json()).data).toMatchObject({
			visibility: 'curators',
			title: NEED.title,
			targets: ['11.6']
		});
		expect((await member(`/needs/${need.id}`)).status).toBe(404);
		expect((await visitor(`/needs/${need.id}`)).status).toBe(404);

		expect((await editor(`/needs/${need.id}`)).status).toBe(404);
		expect((await curator(`/needs/${need.id}`, { method: 'DELETE' })).status).toBe(200);
		expect((await curator(`/needs/${need.id}`)).status).toBe(404);
	});

	it('creates, withdraws and deletes an offer', async () => {
		const created = await curator('/offers', {
			method: 'POST',
			body: {
				organization: RECIFE,
				title: 'Peer exchange on market waste composting',
				description:
					'Our city hall shows visiting cities how traders sort market waste for compost.',
				language: 'en',
				supportTypes: ['peer-exchange'],
				sectors: ['waste-management'],
				languages: ['fr']
			}
		});
		expect(created.status).toBe(201);
		const offer = (await created.json()).data;
		expect((await visitor(`/offers/${offer.id}`)).status).toBe(200);
		const refused = await editor(`/offers/${offer.id}`, {
			method: 'PATCH',
			body: { title: 'Ours now' }
		});
		expect(refused.status).toBe(403);
		const withdrawn = await curator(`/offers/${offer.id}`, {
			method: 'PATCH',
			body: { status: 'withdrawn' }
		});
		expect(withdrawn.status).toBe(200);
		expect((await visitor(`/offers/${offer.id}`)).status).toBe(404);
		expect((await member(`/offers/${offer.id}`, { method: 'DELETE' })).status).toBe(404);
		expect((await curator(`/offers/${offer.id}`, { method: 'DELETE' })).status).toBe(200);
	});
});
