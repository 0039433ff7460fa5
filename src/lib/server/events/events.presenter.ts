import { buildAgendaTree, type AgendaNode } from './agenda-tree.ts';
import type { EventDetailRows, EventRow, loadEventHosts } from './events.repository.ts';

export interface EventHost {
	slug: string;
	name: string;
	shortName: string | null;
	role: string;
}

export interface EventCard {
	slug: string;
	title: string;
	kind: EventRow['kind'];
	summary: string;
	startsAt: string;
	endsAt: string;
	timeZone: string;
	status: EventRow['status'];
	hosts: EventHost[];
}

export interface Speaker {
	slug: string;
	name: string;
	honorific: string | null;
	title: string | null;
	organization: { slug: string; name: string } | null;
	/** The speaker's organization when it is not on the platform (no page to link to). */
	affiliation: string | null;
}

export interface AgendaEntry {
	position: number;
	title: string;
	kind: string;
	project: string | null;
	knowledgeProduct: { slug: string; kind: string } | null;
	solution: string | null;
}

export type AgendaItem = AgendaNode<AgendaEntry & { id: number; parentId: number | null }, Speaker>;

export interface EventDetail extends EventCard {
	description: string;
	objectives: string[];
	programmes: string[];
	/** Languages spoken on stage. */
	languages: string[];
	/** Languages offered through interpretation. */
	interpretedLanguages: string[];
	onlineUrl: string | null;
	venue: string | null;
	recordingUrl: string | null;
	announcedOn: string | null;
	moderator: Speaker | null;
	clusters: { slug: string; name: string }[];
	/** The pilot projects the event belongs to. */
	projects: { slug: string; title: string }[];
	knowledgeProducts: { slug: string; title: string; kind: string }[];
	agenda: AgendaItem[];
	/** Every distinct speaker in agenda order, for the "speakers" section and JSON-LD. */
	speakers: Speaker[];
}

type HostRow = Awaited<ReturnType<typeof loadEventHosts>>[number];
type PersonRow = NonNullable<EventDetailRows['moderator']>;

function presentPerson(row: PersonRow): Speaker {
	return {
		slug: row.slug,
		name: row.name,
		honorific: row.honorific,
		title: row.title,
		organization:
			row.organization_slug && row.organization_name
				? { slug: row.organization_slug, name: row.organization_name }
				: null,
		affiliation: row.organization_slug ? null : row.affiliation
	};
}

export function presentEventCard(row: EventRow, hosts: HostRow[]): EventCard {
	return {
		slug: row.slug,
		title: row.title,
		kind: row.kind,
		summary: row.summary,
		startsAt: row.starts_at,
		endsAt: row.ends_at,
		timeZone: row.time_zone,
		status: row.status,
		hosts: hosts
			.filter((host) => host.event_id === row.id)
			.map(({ slug, name, short_name, role }) => ({ slug, name, shortName: short_name, role }))
	};
}

export function presentEventDetail(row: EventRow, rows: EventDetailRows): EventDetail {
	const speakersByItem = new Map<number, Speaker[]>();
	for (const speaker of rows.speakers) {
		const list = speakersByItem.get(speaker.agenda_item_id) ?? [];
		list.push(presentPerson(speaker));
		speakersByItem.set(speaker.agenda_item_id, list);
	}
	const agenda = buildAgendaTree<
		Speaker,
		AgendaEntry & { id: number; parentId: number | null; speakers: Speaker[] }
	>(
		rows.agenda.map((item) => ({
			id: item.id,
			parentId: item.parent_id,
			position: item.position,
			title: item.title,
			kind: item.kind,
			project: item.project_slug,
			knowledgeProduct:
				item.knowledge_slug && item.knowledge_kind
					? { slug: item.knowledge_slug, kind: item.knowledge_kind }
					: null,
			solution: item.solution_slug,
			speakers: speakersByItem.get(item.id) ?? []
		}))
	);
	const speakers = new Map<string, Speaker>();
	const collect = (items: AgendaItem[]) => {
		for (const item of items) {
			for (const speaker of item.speakers) speakers.set(speaker.slug, speaker);
			collect(item.children);
		}
	};
	collect(agenda);
	return {
		...presentEventCard(row, rows.hosts),
		description: row.description,
		objectives: rows.objectives.map((objective) => objective.text),
		programmes: rows.programmes.map((programme) => programme.name),
		languages: rows.languages.filter((row) => !row.interpreted).map((row) => row.language),
		interpretedLanguages: rows.languages
			.filter((row) => row.interpreted)
			.map((row) => row.language),
		onlineUrl: row.online_url,
		venue: row.venue,
		recordingUrl: row.recording_url,
		announcedOn: row.announced_on,
		moderator: rows.moderator ? presentPerson(rows.moderator) : null,
		clusters: rows.clusters,
		projects: rows.projects,
		knowledgeProducts: rows.knowledge,
		agenda,
		speakers: [...speakers.values()]
	};
}
