import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { isDomainError, type DomainError } from '../http/errors.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import { createUser } from '../identity/identity.service.ts';
import { insertMembership } from '../organizations/memberships.repository.ts';
import {
	createEvent,
	eventEditorOptions,
	loadEventEditor,
	updateEvent
} from './event-editor.service.ts';
import { getEvent } from './events.service.ts';

const NOW = new Date('2026-02-01T10:00:00.000Z');
const KOIDU = 'sstc-sustainable-waste-management-koidu';

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (error) {
		if (isDomainError(error)) return error;
		throw error;
	}
	throw new Error('expected a refusal');
}

/** A two-level agenda: a section with speakers, a section with a presentation under it. */
const agenda = [
	{
		level: 1,
		title: 'Opening remarks',
		kind: 'section',
		speakers: 'Ms. Ada Obi; Director; UNOSSC\nMr. Tunde Bello; Mayor; Lagos Island Council',
		link: ''
	},
	{ level: 1, title: 'Pilot projects', kind: 'section', speakers: '', link: '' },
	{
		level: 2,
		title: 'Waste management in Koidu City',
		kind: 'presentation',
		speakers: 'Komba Mathew Sam; Mayor; koidu new sembehun city council',
		link: `project:${KOIDU}`
	},
	{ level: 1, title: '', kind: 'section', speakers: '', link: '' }
];

const input = (extra: Record<string, unknown> = {}) => ({
	title: 'Cities and circular waste',
	kind: 'webinar',
	summary: 'Pilot cities show what worked.',
	description: 'A webinar.',
	objectives: 'Share results\nFind partners',
	starts: '2026-03-08T09:00',
	ends: '2026-03-08T11:00',
	timeZone: 'America/New_York',
	onlineUrl: 'https://meet.example/circular',
	venue: '',
	capacity: '50',
	organizers: ['unossc'],
	coHosts: ['cicete'],
	moderator: 'Dr. Lin Wei; Programme Officer; UNOSSC',
	languages: ['en'],
	interpreted: ['fr'],
	clusters: ['waste-management'],
	projects: [KOIDU],
	agenda,
	...extra
});

describeOnDialects('the event editor', 'demo', (db) => {
	const people: Record<string, Actor> = {};
	const context = (actor: Actor) => ({ db: db(), actor, locale: 'en', now: NOW });
	const user = async (name: string, role: 'member' | 'curator', editorOf?: string) => {
		if (people[name]) return people[name];
		const created = await createUser({
			db: db(),
			actor: system,
			input: {
				email: `${name}@events.example`,
				displayName: name,
				role,
				password: 'a long test passphrase'
			}
		});
		if (editorOf) {
			const organization = await db()
				.selectFrom('organizations')
				.select('id')
				.where('slug', '=', editorOf)
				.executeTakeFirstOrThrow();
			await insertMembership(db(), {
				organization_id: organization.id,
				user_id: created.id,
				role: 'editor',
				status: 'active',
				created_at: NOW.toISOString()
			});
		}
		people[name] = { kind: 'user', userId: created.id, role };
		return people[name];
	};

	it('creates an event with a two-level agenda that the event page reads back', async () => {
		const editor = await user('unossc-editor', 'member', 'unossc');
		const slug = await createEvent(context(editor), input());
		expect(slug).toBe('cities-and-circular-waste');

		const event = await getEvent(context(visitor), slug);
		// 9:00 in New York is already daylight time (UTC−4) that morning.
		expect(event.startsAt).toBe('2026-03-08T13:00:00.000Z');
		expect(event.endsAt).toBe('2026-03-08T15:00:00.000Z');
		expect(event.timeZone).toBe('America/New_York');
		expect(event.objectives).toEqual(['Share results', 'Find partners']);
		expect(event.hosts.map((host) => [host.slug, host.role])).toEqual([
			['unossc', 'organizer'],
			['cicete', 'co-host']
		]);
		expect(event.languages).toEqual(['en']);
		expect(event.interpretedLanguages).toEqual(['fr']);
		expect(event.clusters.map((cluster) => cluster.slug)).toEqual(['waste-management']);
		expect(event.moderator).toMatchObject({
			honorific: 'Dr.',
			name: 'Lin Wei',
			title: 'Programme Officer',
			organization: { slug: 'unossc' }
		});

		expect(event.agenda.map((item) => item.title)).toEqual(['Opening remarks', 'Pilot projects']);
		const [opening, pilots] = event.agenda;
		expect(opening!.speakers).toMatchObject([
			{ honorific: 'Ms.', name: 'Ada Obi', title: 'Director', organization: { slug: 'unossc' } },
			// Not an organization of the platform: kept as the person's affiliation.
			{
				name: 'Tunde Bello',
				title: 'Mayor',
				organization: null,
				affiliation: 'Lagos Island Council'
			}
		]);
		expect(pilots!.children).toHaveLength(1);
		expect(pilots!.children[0]).toMatchObject({
			title: 'Waste management in Koidu City',
			kind: 'presentation',
			project: KOIDU,
			// Matched without regard to case.
			speakers: [
				{ name: 'Komba Mathew Sam', organization: { slug: 'koidu-new-sembehun-city-council' } }
			]
		});
		const bello = await db()
			.selectFrom('people')
			.select(['affiliation', 'organization_id'])
			.where('name', '=', 'Tunde Bello')
			.executeTakeFirstOrThrow();
		expect(bello).toEqual({ affiliation: 'Lagos Island Council', organization_id: null });

		// The same title again gets the next address; the search index and audit log follow.
		expect(await createEvent(context(editor), input())).toBe('cities-and-circular-waste-2');
		const audit = await db()
			.selectFrom('audit_events')
			.select('action')
			.where('action', '=', 'event.created')
			.execute();
		expect(audit.length).toBeGreaterThanOrEqual(2);
	});

	it('loads the form back as it was typed, with two spare agenda rows', async () => {
		const editor = await user('unossc-editor', 'member', 'unossc');
		const editorForm = await loadEventEditor(context(editor), 'cities-and-circular-waste');
		const { values } = editorForm;
		expect(values.starts).toBe('2026-03-08T09:00');
		expect(values.ends).toBe('2026-03-08T11:00');
		expect(values.capacity).toBe('50');
		expect(values.organizers).toEqual(['unossc']);
		expect(values.coHosts).toEqual(['cicete']);
		expect(values.languages).toEqual(['en']);
		expect(values.interpreted).toEqual(['fr']);
		expect(values.moderator).toBe(
			'Dr. Lin Wei; Programme Officer; United Nations Office for South-South Cooperation'
		);
		expect(values.agenda.map((row) => [row.level, row.title, row.link])).toEqual([
			[1, 'Opening remarks', ''],
			[1, 'Pilot projects', ''],
			[2, 'Waste management in Koidu City', `project:${KOIDU}`],
			[2, '', ''],
			[2, '', '']
		]);
		expect(values.agenda[0]!.speakers).toBe(
			'Ms. Ada Obi; Director; United Nations Office for South-South Cooperation\nMr. Tunde Bello; Mayor; Lagos Island Council'
		);
		// What the form shows saves again unchanged.
		await updateEvent(context(editor), 'cities-and-circular-waste', values);
		const again = await loadEventEditor(context(editor), 'cities-and-circular-waste');
		expect(again.values).toEqual(values);
	});

	it('replaces the agenda on update and calls the hook in the same transaction', async () => {
		const editor = await user('unossc-editor', 'member', 'unossc');
		const seen: number[] = [];
		await updateEvent(
			context(editor),
			'cities-and-circular-waste',
			input({
				capacity: '80',
				agenda: [{ level: 1, title: 'Only item', kind: 'item', speakers: '', link: '' }]
			}),
			async (trx, eventId) => {
				const row = await trx
					.selectFrom('events')
					.select('capacity')
					.where('id', '=', eventId)
					.executeTakeFirstOrThrow();
				seen.push(row.capacity ?? 0);
			}
		);
		expect(seen).toEqual([80]);
		const event = await getEvent(context(visitor), 'cities-and-circular-waste');
		expect(event.agenda.map((item) => [item.title, item.children.length])).toEqual([
			['Only item', 0]
		]);
		const items = await db()
			.selectFrom('agenda_items as a')
			.innerJoin('events as e', 'e.id', 'a.event_id')
			.select('a.id')
			.where('e.slug', '=', 'cities-and-circular-waste')
			.execute();
		expect(items).toHaveLength(1);
	});

	it('refuses visitors, editors of other organizations and unknown events', async () => {
		expect((await refusal(createEvent(context(visitor), input()))).code).toBe('forbidden');
		const member = await user('plain-member', 'member');
		expect((await refusal(createEvent(context(member), input()))).code).toBe('forbidden');
		const other = await user('iica-editor', 'member', 'iica');
		expect(
			(await refusal(updateEvent(context(other), 'cities-and-circular-waste', input()))).code
		).toBe('forbidden');
		expect((await refusal(loadEventEditor(context(other), 'cities-and-circular-waste'))).code).toBe(
			'forbidden'
		);
		// Creating as an organization one does not edit is a problem of the organizers field.
		const hostedElsewhere = await refusal(createEvent(context(other), input()));
		expect(hostedElsewhere.code).toBe('invalid_input');
		expect(hostedElsewhere.details.map((problem) => problem.field)).toEqual(['organizers']);
		expect((await refusal(updateEvent(context(other), 'no-such-event', input()))).code).toBe(
			'not_found'
		);
		expect((await refusal(eventEditorOptions(context(visitor)))).code).toBe('forbidden');
	});

	it('names the field of a time that does not exist or ends before it starts', async () => {
		const curator = await user('curator', 'curator');
		const gap = await refusal(createEvent(context(curator), input({ starts: '2026-03-08T02:30' })));
		expect(gap.code).toBe('invalid_input');
		expect(gap.details).toEqual([
			{
				field: 'starts',
				reason: expect.stringContaining('does not exist in America/New_York on March 8, 2026')
			}
		]);
		const backwards = await refusal(
			createEvent(context(curator), input({ ends: '2026-03-08T08:00' }))
		);
		expect(backwards.details.map((problem) => problem.field)).toEqual(['ends']);
		const nowhere = await refusal(createEvent(context(curator), input({ onlineUrl: '' })));
		expect(nowhere.details.map((problem) => problem.field)).toEqual(['onlineUrl']);
		const javascript = await refusal(
			createEvent(context(curator), input({ onlineUrl: 'javascript:alert(1)' }))
		);
		expect(javascript.details.map((problem) => problem.field)).toEqual(['onlineUrl']);
	});

	it('leaves nothing behind when a reference is unknown', async () => {
		const curator = await user('curator', 'curator');
		const count = async () =>
			Number(
				(
					await db()
						.selectFrom('people')
						.select((eb) => eb.fn.countAll().as('n'))
						.executeTakeFirstOrThrow()
				).n
			);
		const before = await count();
		const refused = await refusal(
			createEvent(
				context(curator),
				input({
					title: 'Rolled back event',
					agenda: [{ ...agenda[0], speakers: 'Brand New Person', link: 'project:no-such-project' }]
				})
			)
		);
		expect(refused.code).toBe('invalid_input');
		expect(refused.details).toEqual([{ field: 'agenda.0.link', reason: expect.any(String) }]);
		const events = await db()
			.selectFrom('events')
			.select('id')
			.where('title', '=', 'Rolled back event')
			.execute();
		expect(events).toEqual([]);
		expect(await count()).toBe(before);
	});

	it('offers the organizations an editor may host as, and everything to link', async () => {
		const editor = await user('unossc-editor', 'member', 'unossc');
		const options = await eventEditorOptions(context(editor));
		expect(options.hostOrganizations.map((organization) => organization.slug)).toEqual(['unossc']);
		expect(options.organizations.length).toBeGreaterThan(5);
		expect(options.projects.map((project) => project.slug)).toContain(KOIDU);
		expect(options.knowledgeProducts.map((product) => product.slug)).toContain(
			'south-south-cities-clusters'
		);
		const curator = await user('curator', 'curator');
		expect((await eventEditorOptions(context(curator))).hostOrganizations.length).toBe(
			options.organizations.length
		);
	});
});
