import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { findReadableSolution } from './solution-access.ts';
import {
	findSolutionById,
	loadSolutionParts,
	updateSolution
} from './solution-editor.repository.ts';
import {
	changedFields,
	condenseDiff,
	diffWords,
	isProseField,
	SNAPSHOT_FIELDS,
	type DiffSegment,
	type SnapshotField,
	type SolutionSnapshot
} from './solution-versions.ts';
import {
	findLatestVersion,
	findReviews,
	findVersions,
	insertVersion
} from './solution-workflow.repository.ts';
import type { ReviewAction, SolutionStatus } from './solution-workflow.rules.ts';
import { canEditSolution, canReadModerationLog } from './solutions.policy.ts';
import type { SolutionRow } from './solutions.repository.ts';

/** The whole solution as it is now, relations included, as a version keeps it. */
export async function snapshotSolution(
	db: Kysely<Database>,
	row: SolutionRow
): Promise<SolutionSnapshot> {
	// Country names in English: a version is a record, not a page in the reader's language.
	const parts = await loadSolutionParts(db, row.id, row.organization_id, 'en');
	return {
		title: row.title,
		summary: row.summary,
		challenge: row.challenge,
		solution: row.solution,
		results: row.results,
		replicability: row.replicability,
		enablingFactors: row.enabling_factors,
		constraints: row.constraints,
		resourcesMobilized: row.resources_mobilized,
		contactName: row.contact_name,
		contactEmail: row.contact_email,
		language: row.language,
		modality: row.modality,
		startYear: row.start_year,
		endYear: row.end_year,
		organization: parts.organization && {
			slug: parts.organization.slug,
			name: parts.organization.name
		},
		partners: parts.partners,
		countries: parts.countries,
		cities: parts.cities,
		sdgs: parts.sdgs,
		targets: parts.targets,
		sectors: parts.sectors
	};
}

/**
 * A solution published before versions were kept (the demo data, imports) gets its current state
 * recorded as version 1 before its first recorded change, so that change has something to be
 * compared with. Call it before writing the change.
 */
export async function ensureBaselineVersion(db: Kysely<Database>, row: SolutionRow): Promise<void> {
	if (row.status !== 'published' || (await findLatestVersion(db, row.id))) return;
	const snapshot = await snapshotSolution(db, row);
	await insertVersion(db, {
		solution_id: row.id,
		version: 1,
		snapshot: JSON.stringify(snapshot),
		changed_fields: JSON.stringify(changedFields(null, snapshot)),
		actor_user_id: null,
		created_at: row.published_at ?? row.updated_at
	});
	await updateSolution(db, row.id, { version: 1 });
}

/**
 * Records the solution as it now is as a new version, if it differs from the last one, and
 * raises `solutions.version`. Answers the fields that changed (empty when nothing did).
 */
export async function recordVersion(
	db: Kysely<Database>,
	solutionId: number,
	actorUserId: number | null,
	at: string
): Promise<SnapshotField[]> {
	const row = await findSolutionById(db, solutionId);
	const [snapshot, latest] = await Promise.all([
		snapshotSolution(db, row),
		findLatestVersion(db, solutionId)
	]);
	const previous = latest ? (JSON.parse(latest.snapshot) as SolutionSnapshot) : null;
	const changed = changedFields(previous, snapshot);
	if (latest && changed.length === 0) return [];
	const version = Math.max(latest?.version ?? 0, row.version) + 1;
	await insertVersion(db, {
		solution_id: solutionId,
		version,
		snapshot: JSON.stringify(snapshot),
		changed_fields: JSON.stringify(changed),
		actor_user_id: actorUserId,
		created_at: at
	});
	await updateSolution(db, solutionId, { version });
	return changed;
}

export interface VersionEntry {
	version: number;
	at: string;
	/** Who made it; null for versions recorded by the platform itself. */
	by: string | null;
	first: boolean;
	changedFields: SnapshotField[];
	/** Word-by-word differences of the changed texts, compared with the version before. */
	diffs: { field: SnapshotField; segments: DiffSegment[] }[];
}

export interface ModerationLogEntry {
	action: ReviewAction;
	at: string;
	by: string | null;
	comment: string | null;
}

export interface SolutionHistory {
	solution: { slug: string; title: string; status: SolutionStatus; version: number };
	versions: VersionEntry[];
	/** Null when the actor may not read it (the public). */
	moderationLog: ModerationLogEntry[] | null;
	canEdit: boolean;
}

const SHOWN_VERSIONS = 50;

function textOf(snapshot: SolutionSnapshot, field: SnapshotField): string {
	const value = snapshot[field];
	return typeof value === 'string' ? value : '';
}

/**
 * The history page: the versions (newest first) with what changed, and the moderation log for the
 * solution's owners and for curators and admins. See `canReadModerationLog`.
 */
export async function getSolutionHistory(
	context: ReadContext,
	slug: string
): Promise<SolutionHistory> {
	const { db, actor } = context;
	const { row, access } = await findReadableSolution(db, actor, slug);
	const showLog = canReadModerationLog(actor, access);
	// One more than shown, so the oldest shown version can be compared with its predecessor.
	const [versions, reviews] = await Promise.all([
		findVersions(db, row.id, SHOWN_VERSIONS + 1),
		showLog ? findReviews(db, row.id) : Promise.resolve(null)
	]);
	const snapshots = versions.map((version) => JSON.parse(version.snapshot) as SolutionSnapshot);
	const entries = versions.slice(0, SHOWN_VERSIONS).map((version, index): VersionEntry => {
		const fields = (JSON.parse(version.changed_fields) as string[]).filter(
			(field): field is SnapshotField => (SNAPSHOT_FIELDS as readonly string[]).includes(field)
		);
		const previous = snapshots[index + 1];
		const current = snapshots[index]!;
		const first = version.version === 1 || previous === undefined;
		return {
			version: version.version,
			at: version.created_at,
			by: version.display_name,
			first,
			changedFields: fields,
			diffs:
				first || !previous
					? []
					: fields.filter(isProseField).map((field) => ({
							field,
							segments: condenseDiff(diffWords(textOf(previous, field), textOf(current, field)))
						}))
		};
	});
	return {
		solution: { slug: row.slug, title: row.title, status: row.status, version: row.version },
		versions: entries,
		moderationLog:
			reviews?.map((review) => ({
				action: review.action,
				at: review.created_at,
				by: review.display_name,
				comment: review.comment
			})) ?? null,
		canEdit: canEditSolution(actor, access)
	};
}
