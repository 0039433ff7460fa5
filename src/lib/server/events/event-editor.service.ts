import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { transactionWithSlugRetry, uniqueSlug } from '../db/slugs.ts';
import { forbidden, invalidInput, notFound, type FieldProblem } from '../http/errors.ts';
import { isStaff, type Actor } from '../identity/actor.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { reindex } from '../search/index-writer.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { EVENT_KINDS } from '../../vocabulary/event-kinds.ts';
import {
	AGENDA_KINDS,
	formatPersonLine,
	treeToRows,
	withSpareRows,
	type AgendaNodeToSave,
	type PersonLine
} from './agenda-outline.ts';
import {
	checkEventForm,
	EVENT_LANGUAGES,
	eventFormSchema,
	shapeProblems,
	type CheckedEvent,
	type EventFormValues
} from './event-editor.schema.ts';
import {
	deleteEventChildren,
	findEventForEditing,
	findIdsBySlugs,
	findOrganizationByName,
	findPerson,
	insertAgendaItem,
	insertAgendaSpeakers,
	insertEvent,
	insertEventChildren,
	insertPerson,
	loadEditorChoices,
	updateEventRow,
	updatePerson
} from './event-editor.repository.ts';
import { timeZoneNames, utcToLocal } from './event-times.ts';
import { canCreateEvent, editorOrganizationIds, mayManageEvent } from './events.policy.ts';
import { loadEventDetail } from './events.repository.ts';

/**
 * Creating and editing an event with its agenda: one form (or API body), checked as a whole,
 * saved in one transaction that replaces every child row (objectives, hosts, languages,
 * clusters, projects, agenda items and their speakers). Speakers and the moderator are people:
 * found by exact name at the same organization, or created.
 */

export interface EventEditorContext extends ReadContext {
	/** The clock, fixed in tests. */
	now?: Date;
}

/**
 * Runs in the save's transaction after an update, e.g. the registration module's
 * `fillFreedPlaces(trx, eventId, now)` when the capacity was raised.
 */
export type AfterEventSave = (trx: Kysely<Database>, eventId: number) => Promise<void>;

const nowOf = (context: EventEditorContext) => (context.now ?? new Date()).toISOString();
const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);

/** Who may open the "new event" form: curators, admins and organization editors. */
export async function mayCreateEvents(context: ReadContext): Promise<boolean> {
	return canCreateEvent(context.actor, await editorOrganizationIds(context.db, context.actor));
}

/** Checks the input's shape and rules, or throws `invalid_input` naming each field. */
function checkInput(context: ReadContext, input: unknown): CheckedEvent {
	const shape = shapeProblems(input, context.locale);
	if (shape.length > 0) throw invalidEventForm(context.locale, shape);
	const checked = checkEventForm(eventFormSchema.parse(input), context.locale);
	if (!checked.ok) throw invalidEventForm(context.locale, checked.problems);
	return checked.event;
}

function invalidEventForm(locale: string, problems: FieldProblem[]) {
	return invalidInput(
		problems,
		translatorFor(locale)('eventForm.error.summary', { count: problems.length })
	);
}

/**
 * Creates an event; answers its slug (unique, from the title: `water-week`, `water-week-2`…).
 * Editors must host it as organizer with an organization they edit; staff may pick any.
 * @example const slug = await createEvent(context, { title: 'Water week', kind: 'webinar', … })
 */
export async function createEvent(context: EventEditorContext, input: unknown): Promise<string> {
	const { db, actor } = context;
	const editorOf = await editorOrganizationIds(db, actor);
	if (!canCreateEvent(actor, editorOf)) throw forbidden();
	const event = checkInput(context, input);
	const now = nowOf(context);
	return transactionWithSlugRetry(db, async (trx) => {
		const hosts = await resolveHosts(context, trx, event, editorOf, 'create');
		const slug = await uniqueSlug(trx, 'events', event.title, 'event');
		const id = await insertEvent(trx, {
			slug,
			status: 'scheduled',
			created_at: now,
			created_by: userIdOf(actor),
			...(await eventColumns(trx, event, now))
		});
		await writeChildren(context, trx, id, event, hosts);
		await audit(context, trx, 'event.created', id, { slug });
		await reindex(trx, 'event', [id]);
		return slug;
	});
}

/**
 * Replaces every editable field of an event and its agenda (a full replace, like the form).
 * The slug never changes, so links keep working.
 */
export async function updateEvent(
	context: EventEditorContext,
	slug: string,
	input: unknown,
	afterSave?: AfterEventSave
): Promise<string> {
	const { db, actor } = context;
	const row = await managedEvent(context, slug);
	const event = checkInput(context, input);
	const editorOf = await editorOrganizationIds(db, actor);
	const now = nowOf(context);
	await db.transaction().execute(async (trx) => {
		const hosts = await resolveHosts(context, trx, event, editorOf, 'update');
		await updateEventRow(trx, row.id, await eventColumns(trx, event, now));
		await deleteEventChildren(trx, row.id);
		await writeChildren(context, trx, row.id, event, hosts);
		await audit(context, trx, 'event.updated', row.id, {
			slug,
			capacity: { from: row.capacity, to: event.capacity }
		});
		await reindex(trx, 'event', [row.id]);
		if (afterSave) await afterSave(trx, row.id);
	});
	return slug;
}

/**
 * The event if the actor may run it: 403 for those who may run no event, then 404, then 403.
 * The editor's agenda buttons (which save nothing) ask it too.
 */
export async function managedEvent(context: ReadContext, slug: string) {
	const { db, actor } = context;
	if (!(await mayCreateEvents(context))) throw forbidden();
	const row = await findEventForEditing(db, slug);
	if (!row) throw notFound('event');
	if (!(await mayManageEvent(db, actor, row.id))) throw forbidden();
	return row;
}

export interface EventEditor {
	slug: string;
	title: string;
	values: EventFormValues;
}

/** A saved event as the form shows it, with two spare agenda rows. */
export async function loadEventEditor(context: ReadContext, slug: string): Promise<EventEditor> {
	const row = await managedEvent(context, slug);
	const rows = await loadEventDetail(context.db, row);
	const speakers = new Map<number, PersonLine[]>();
	for (const speaker of rows.speakers) {
		speakers.set(speaker.agenda_item_id, [
			...(speakers.get(speaker.agenda_item_id) ?? []),
			personLineOf(speaker)
		]);
	}
	const agenda = treeToRows(
		rows.agenda.map((item) => ({
			id: item.id,
			parentId: item.parent_id,
			position: item.position,
			title: item.title,
			kind: item.kind,
			speakers: speakers.get(item.id) ?? [],
			link: item.project_slug
				? `project:${item.project_slug}`
				: item.solution_slug
					? `solution:${item.solution_slug}`
					: item.knowledge_slug
						? `knowledge:${item.knowledge_slug}`
						: ''
		}))
	);
	const zone = row.time_zone;
	const hosts = (role: string) =>
		rows.hosts.filter((host) => host.role === role).map((host) => host.slug);
	return {
		slug: row.slug,
		title: row.title,
		values: {
			title: row.title,
			kind: row.kind,
			summary: row.summary,
			description: row.description,
			objectives: rows.objectives.map((objective) => objective.text).join('\n'),
			starts: utcToLocal(row.starts_at, zone),
			ends: utcToLocal(row.ends_at, zone),
			timeZone: zone,
			onlineUrl: row.online_url ?? '',
			venue: row.venue ?? '',
			capacity: row.capacity === null ? '' : String(row.capacity),
			organizers: hosts('organizer'),
			coHosts: hosts('co-host'),
			moderator: rows.moderator ? formatPersonLine(personLineOf(rows.moderator)) : '',
			languages: rows.languages.filter((l) => !l.interpreted).map((l) => l.language),
			interpreted: rows.languages.filter((l) => l.interpreted).map((l) => l.language),
			clusters: rows.clusters.map((cluster) => cluster.slug),
			projects: rows.projects.map((project) => project.slug),
			agenda: withSpareRows(agenda)
		}
	};
}

function personLineOf(person: {
	honorific: string | null;
	name: string;
	title: string | null;
	affiliation: string | null;
	organization_name: string | null;
}): PersonLine {
	return {
		honorific: person.honorific,
		name: person.name,
		title: person.title,
		organization: person.organization_name ?? person.affiliation
	};
}

export interface EventEditorOptions {
	/** Organizations the actor may host as (all of them for staff). */
	hostOrganizations: { slug: string; name: string }[];
	/** Any organization, as a co-host. */
	organizations: { slug: string; name: string }[];
	clusters: { slug: string; name: string }[];
	projects: { slug: string; title: string }[];
	solutions: { slug: string; title: string }[];
	knowledgeProducts: { slug: string; title: string }[];
	kinds: readonly string[];
	agendaKinds: readonly string[];
	languages: readonly string[];
	timeZones: string[];
}

/** The choices of the editor's selects for this actor. */
export async function eventEditorOptions(context: ReadContext): Promise<EventEditorOptions> {
	const { db, actor } = context;
	const editorOf = await editorOrganizationIds(db, actor);
	if (!canCreateEvent(actor, editorOf)) throw forbidden();
	const choices = await loadEditorChoices(db, isStaff(actor) ? 'all' : editorOf);
	const named = (rows: { slug: string; name: string; short_name: string | null }[]) =>
		rows.map(({ slug, name, short_name }) => ({
			slug,
			name: short_name && short_name !== name ? `${name} (${short_name})` : name
		}));
	return {
		hostOrganizations: named(choices.hosts),
		organizations: named(choices.everyone),
		clusters: choices.clusters,
		projects: choices.projects,
		solutions: choices.solutions,
		knowledgeProducts: choices.knowledge,
		kinds: EVENT_KINDS,
		agendaKinds: AGENDA_KINDS,
		languages: EVENT_LANGUAGES,
		timeZones: timeZoneNames()
	};
}

// — writing —

interface ResolvedHosts {
	organizers: number[];
	coHosts: number[];
}

/**
 * Organization slugs as ids; an editor must host as one of the organizations they edit (as
 * organizer when creating; as organizer or co-host when editing, so nobody locks themselves
 * out of an event they run with others).
 */
async function resolveHosts(
	context: ReadContext,
	trx: Kysely<Database>,
	event: CheckedEvent,
	editorOf: number[],
	mode: 'create' | 'update'
): Promise<ResolvedHosts> {
	const t = translatorFor(context.locale);
	const ids = await findIdsBySlugs(trx, 'organizations', [...event.organizers, ...event.coHosts]);
	const problems: FieldProblem[] = [];
	for (const field of ['organizers', 'coHosts'] as const) {
		if (event[field].some((slug) => !ids.has(slug))) {
			problems.push({ field, reason: t('eventForm.error.unknown') });
		}
	}
	if (problems.length > 0) throw invalidEventForm(context.locale, problems);
	const organizers = event.organizers.map((slug) => ids.get(slug)!);
	const coHosts = event.coHosts.map((slug) => ids.get(slug)!);
	if (!isStaff(context.actor)) {
		const own = mode === 'create' ? organizers : [...organizers, ...coHosts];
		if (!own.some((id) => editorOf.includes(id))) {
			throw invalidEventForm(context.locale, [
				{ field: 'organizers', reason: t('eventForm.error.ownOrganizer') }
			]);
		}
	}
	return { organizers, coHosts };
}

async function eventColumns(trx: Kysely<Database>, event: CheckedEvent, now: string) {
	return {
		title: event.title,
		kind: event.kind,
		summary: event.summary,
		description: event.description,
		starts_at: event.startsAt,
		ends_at: event.endsAt,
		time_zone: event.timeZone,
		online_url: event.onlineUrl,
		venue: event.venue,
		capacity: event.capacity,
		moderator_person_id: event.moderator ? await personId(trx, event.moderator, new Map()) : null,
		updated_at: now
	};
}

async function writeChildren(
	context: ReadContext,
	trx: Kysely<Database>,
	eventId: number,
	event: CheckedEvent,
	hosts: ResolvedHosts
) {
	const t = translatorFor(context.locale);
	const [clusters, projects] = await Promise.all([
		findIdsBySlugs(trx, 'clusters', event.clusters),
		findIdsBySlugs(trx, 'projects', event.projects)
	]);
	const problems: FieldProblem[] = [];
	if (event.clusters.some((slug) => !clusters.has(slug))) {
		problems.push({ field: 'clusters', reason: t('eventForm.error.unknown') });
	}
	if (event.projects.some((slug) => !projects.has(slug))) {
		problems.push({ field: 'projects', reason: t('eventForm.error.unknown') });
	}
	const links = await resolveAgendaLinks(trx, event.agenda);
	for (const node of event.agenda) {
		if (node.link && !links.has(`${node.link.kind}:${node.link.slug}`)) {
			problems.push({
				field: `agenda.${node.rowIndex}.link`,
				reason: t('eventForm.error.unknown')
			});
		}
	}
	if (problems.length > 0) throw invalidEventForm(context.locale, problems);

	await insertEventChildren(trx, {
		objectives: event.objectives.map((text, position) => ({ event_id: eventId, position, text })),
		hosts: [
			...hosts.organizers.map((id) => ({ organization_id: id, role: 'organizer' as const })),
			...hosts.coHosts.map((id) => ({ organization_id: id, role: 'co-host' as const }))
		].map((host, position) => ({ ...host, event_id: eventId, position })),
		languages: event.languages.map(({ code, interpreted }) => ({
			event_id: eventId,
			language: code,
			interpreted: interpreted ? 1 : 0
		})),
		clusters: [...clusters.values()].map((id) => ({ event_id: eventId, cluster_id: id })),
		projects: [...projects.values()].map((id) => ({ event_id: eventId, project_id: id }))
	});
	await writeAgenda(trx, eventId, event.agenda, links);
}

async function resolveAgendaLinks(
	trx: Kysely<Database>,
	agenda: AgendaNodeToSave[]
): Promise<Map<string, number>> {
	const slugsOf = (kind: string) => [
		...new Set(agenda.filter((n) => n.link?.kind === kind).map((n) => n.link!.slug))
	];
	const tables = {
		project: 'projects',
		solution: 'solutions',
		knowledge: 'knowledge_products'
	} as const;
	const found = new Map<string, number>();
	for (const [kind, table] of Object.entries(tables)) {
		for (const [slug, id] of await findIdsBySlugs(trx, table, slugsOf(kind))) {
			found.set(`${kind}:${slug}`, id);
		}
	}
	return found;
}

/** Agenda items parents first (rowsToTree's order), then each item's speakers in order. */
async function writeAgenda(
	trx: Kysely<Database>,
	eventId: number,
	agenda: AgendaNodeToSave[],
	links: Map<string, number>
) {
	const ids: number[] = [];
	const people = new Map<string, number>();
	for (const node of agenda) {
		const link = node.link ? links.get(`${node.link.kind}:${node.link.slug}`)! : null;
		const id = await insertAgendaItem(trx, {
			event_id: eventId,
			parent_id: node.parentIndex === null ? null : ids[node.parentIndex]!,
			position: node.position,
			title: node.title,
			kind: node.kind,
			project_id: node.link?.kind === 'project' ? link : null,
			solution_id: node.link?.kind === 'solution' ? link : null,
			knowledge_product_id: node.link?.kind === 'knowledge' ? link : null
		});
		ids.push(id);
		const speakerIds: number[] = [];
		for (const speaker of node.speakers) {
			const personIdOf = await personId(trx, speaker, people);
			if (!speakerIds.includes(personIdOf)) speakerIds.push(personIdOf);
		}
		await insertAgendaSpeakers(
			trx,
			speakerIds.map((person_id, position) => ({ agenda_item_id: id, person_id, position }))
		);
	}
}

/**
 * The person a line names: the one with this exact name at the same organization (matched by
 * name or short name, ignoring case) or with the same affiliation text, else a new person. A
 * title or honorific given on the line updates the person's (people change jobs).
 */
async function personId(
	trx: Kysely<Database>,
	line: PersonLine,
	cache: Map<string, number>
): Promise<number> {
	const organization = line.organization
		? await findOrganizationByName(trx, line.organization)
		: undefined;
	const organizationId = organization?.id ?? null;
	const affiliation = organization ? null : line.organization;
	const key = JSON.stringify([line.name, organizationId, affiliation?.toLowerCase() ?? null]);
	const cached = cache.get(key);
	if (cached !== undefined) return cached;
	const found = await findPerson(trx, line.name, organizationId, affiliation);
	let id: number;
	if (found) {
		id = found.id;
		const title = line.title ?? found.title;
		const honorific = line.honorific ?? found.honorific;
		if (title !== found.title || honorific !== found.honorific) {
			await updatePerson(trx, id, { title, honorific });
		}
	} else {
		id = await insertPerson(trx, {
			slug: await uniqueSlug(trx, 'people', line.name, 'person'),
			honorific: line.honorific,
			name: line.name,
			title: line.title,
			organization_id: organizationId,
			affiliation
		});
	}
	cache.set(key, id);
	return id;
}

async function audit(
	context: EventEditorContext,
	trx: Kysely<Database>,
	action: string,
	eventId: number,
	details: Record<string, unknown>
) {
	await recordAudit(trx, {
		at: nowOf(context),
		actorUserId: userIdOf(context.actor),
		action,
		subjectType: 'event',
		subjectId: eventId,
		details
	});
}
