import type { Kysely } from 'kysely';
import { insertChunked, insertWithIds } from '../db/bulk.ts';
import type { Database } from '../db/database.ts';
import { parseVideoLink } from '../events/video-links.ts';
import type { DemoAgendaItem, DemoEvent } from './demo.types.ts';

interface Links {
	organizationIds: Map<string, number>;
	peopleIds: Map<string, number>;
	projectIds: Map<string, number>;
	knowledgeIds: Map<string, number>;
	clusterIds: Map<string, number>;
}

const required = (ids: Map<string, number>, slug: string, what: string) => {
	const id = ids.get(slug);
	if (id === undefined) throw new Error(`Demo data: unknown ${what} "${slug}"`);
	return id;
};

/**
 * The event's recording, as the event page shows it (a link with our own still, the player
 * loaded on click), in the event's first language. The demo data gives no duration, so none is
 * made up.
 */
async function seedRecording(
	trx: Kysely<Database>,
	event: DemoEvent,
	event_id: number,
	now: string
): Promise<void> {
	if (!event.recordingUrl) return;
	const link = parseVideoLink(event.recordingUrl);
	if (!link) throw new Error(`Demo data: "${event.recordingUrl}" is not a web address`);
	await trx
		.insertInto('event_recordings')
		.values({
			event_id,
			language: event.languages[0] ?? 'en',
			title: null,
			url: link.watchUrl,
			provider: link.provider,
			provider_video_id: link.videoId,
			duration_seconds: null,
			still_key: null,
			position: 0,
			created_at: now
		})
		.execute();
}

/** One event with its objectives, hosts, moderator and nested agenda of speakers. */
export async function seedEvent(
	trx: Kysely<Database>,
	event: DemoEvent,
	links: Links,
	now: string
): Promise<number> {
	const ids = await insertWithIds(trx, 'events', [
		{
			slug: event.slug,
			title: event.title,
			kind: event.kind,
			summary: event.summary,
			description: event.description,
			starts_at: new Date(event.startsAt).toISOString(),
			ends_at: new Date(event.endsAt).toISOString(),
			time_zone: event.timeZone,
			online_url: event.onlineUrl ?? null,
			venue: event.venue ?? null,
			// Kept for API clients that read `recordingUrl`; pages show event_recordings.
			recording_url: event.recordingUrl ?? null,
			announced_on: event.announcedOn,
			moderator_person_id: required(links.peopleIds, event.moderator, 'person'),
			capacity: event.capacity ?? null,
			status: 'scheduled',
			created_at: now,
			updated_at: now,
			outcome_summary: event.outcomeSummary ?? null
		}
	]);
	const event_id = ids.get(event.slug)!;
	await seedRecording(trx, event, event_id, now);
	await insertChunked(
		trx,
		'event_objectives',
		event.objectives.map((text, position) => ({ event_id, position, text }))
	);
	await insertChunked(
		trx,
		'event_programmes',
		event.programmes.map((name, position) => ({ event_id, position, name }))
	);
	await insertChunked(
		trx,
		'event_organizations',
		event.hosts.map((host, position) => ({
			event_id,
			organization_id: required(links.organizationIds, host.organization, 'organization'),
			role: host.role,
			position
		}))
	);
	await insertChunked(
		trx,
		'event_languages',
		event.languages.map((language) => ({ event_id, language }))
	);
	await insertChunked(
		trx,
		'event_clusters',
		event.clusters.map((slug) => ({
			event_id,
			cluster_id: required(links.clusterIds, slug, 'cluster')
		}))
	);
	const knowledgeShown = new Set<number>();
	let position = 0;
	// Depth-first, so every parent exists before its children point at it.
	const insertItems = async (items: DemoAgendaItem[], parent_id: number | null) => {
		for (const item of items) {
			const knowledge_product_id = item.knowledgeProduct
				? required(links.knowledgeIds, item.knowledgeProduct, 'knowledge product')
				: null;
			if (knowledge_product_id !== null) knowledgeShown.add(knowledge_product_id);
			const inserted = await trx
				.insertInto('agenda_items')
				.values({
					event_id,
					parent_id,
					position: position++,
					title: item.title,
					kind: item.kind,
					project_id: item.project ? required(links.projectIds, item.project, 'project') : null,
					knowledge_product_id,
					solution_id: null
				})
				.returning('id')
				.executeTakeFirstOrThrow();
			await insertChunked(
				trx,
				'agenda_item_speakers',
				(item.speakers ?? []).map((slug, index) => ({
					agenda_item_id: inserted.id,
					person_id: required(links.peopleIds, slug, 'person'),
					position: index
				}))
			);
			await insertItems(item.children ?? [], inserted.id);
		}
	};
	await insertItems(event.agenda, null);
	await insertChunked(
		trx,
		'knowledge_product_events',
		[...knowledgeShown].map((knowledge_product_id) => ({ knowledge_product_id, event_id }))
	);
	return event_id;
}
