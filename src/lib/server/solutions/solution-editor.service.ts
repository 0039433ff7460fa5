import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import { transactionWithSlugRetry, uniqueSlug } from '../db/slugs.ts';
import type { Database } from '../db/database.ts';
import { conflict, forbidden, notFound, unauthenticated } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { findUserById } from '../identity/identity.repository.ts';
import { reindexSolution } from '../search/index-writer.ts';
import { listSdgGoals, listSectors } from '../taxonomy/taxonomy.repository.ts';
import { accessOf } from './solution-access.ts';
import {
	checkSolutionForm,
	emptyFields,
	emptySolutionForm,
	SOLUTION_LANGUAGES,
	solutionFormSchema
} from './solution-editor.schema.ts';
import {
	presentSolutionEditor,
	presentSolutionsInProgress,
	toFormValues,
	type SolutionEditor
} from './solution-editor.presenter.ts';
import {
	findActiveMemberships,
	findSolutionById,
	findSolutionsInProgress,
	insertSolution,
	loadSolutionParts,
	replaceSolutionLinks,
	updateSolutionInStatus
} from './solution-editor.repository.ts';
import { ensureBaselineVersion, recordVersion } from './solution-history.service.ts';
import { invalidSolutionForm, translatorFor } from './solution-messages.ts';
import { notifySubmission, type NotifyContext } from './solution-notifications.ts';
import { resolveReferences } from './solution-references.ts';
import { findReviews, insertReview } from './solution-workflow.repository.ts';
import {
	canBeSubmitted,
	editLevel,
	nextStatus,
	recordsVersion,
	type EditLevel,
	type SolutionStatus
} from './solution-workflow.rules.ts';
import {
	canCreateSolution,
	canEditSolution,
	canModerateSolutions,
	canReadSolution
} from './solutions.policy.ts';
import { findSolutionBySlug, type SolutionRow } from './solutions.repository.ts';

/** What the writing use-cases need: who acts, in which language, the mailer, the rate limit. */
export interface SolutionWorkContext extends ReadContext, NotifyContext {
	/** Spends one point per write, per account (429 when the account writes too fast). */
	limiter: Pick<RateLimiter, 'enforce'>;
	now?: Date;
}

export interface SavedSolution {
	slug: string;
	status: SolutionStatus;
	version: number;
	/** False when a published solution was saved without any change (no version recorded). */
	changed: boolean;
}

function userIdOf(context: ReadContext): number {
	if (context.actor.kind !== 'user') throw unauthenticated();
	return context.actor.userId;
}

function statusName(locale: string, status: SolutionStatus): string {
	const t = translatorFor(locale);
	const names: Record<SolutionStatus, string> = {
		draft: t('solutionForm.status.draft'),
		submitted: t('solutionForm.status.submitted'),
		'changes-requested': t('solutionForm.status.changesRequested'),
		published: t('solutionForm.status.published'),
		rejected: t('solutionForm.status.rejected'),
		archived: t('solutionForm.status.archived')
	};
	return names[status];
}

/**
 * The solution form: empty for `/solutions/new` (slug null), filled for an existing solution.
 * Throws not_found for a solution the actor may not read, forbidden for one they may not edit.
 * @example await getSolutionEditor({ db, actor, locale: 'fr' }, null)
 */
export async function getSolutionEditor(
	context: ReadContext,
	slug: string | null
): Promise<SolutionEditor> {
	const { db, actor, locale } = context;
	const userId = userIdOf(context);
	const [memberships, goals, sectors] = await Promise.all([
		findActiveMemberships(db, userId),
		listSdgGoals(db, locale),
		listSectors(db)
	]);
	const organizations = memberships.map(({ slug, name }) => ({ slug, name }));
	const options = { organizations, goals, sectors, languages: [...SOLUTION_LANGUAGES] };
	if (slug === null) {
		const values = emptySolutionForm();
		values.language = (SOLUTION_LANGUAGES as readonly string[]).includes(locale) ? locale : 'en';
		values.modality = 'south-south';
		const first = memberships[0];
		if (first) {
			values.organization = first.slug;
			values.partners = [{ name: first.name, role: 'provider' }];
		}
		const inProgress = await findSolutionsInProgress(
			db,
			userId,
			memberships.map((membership) => membership.id)
		);
		return presentSolutionEditor({
			solution: null,
			values,
			level: canCreateSolution(actor, memberships.length) ? 'draft' : null,
			canCreate: canCreateSolution(actor, memberships.length),
			options,
			inProgress: presentSolutionsInProgress(inProgress)
		});
	}
	const row = await findSolutionBySlug(db, slug);
	if (!row) throw notFound('solution');
	const access = await accessOf(db, actor, row);
	if (!canReadSolution(actor, row, access)) throw notFound('solution');
	if (!canEditSolution(actor, access)) {
		throw forbidden(translatorFor(locale)('solutionForm.error.forbidden'));
	}
	const [parts, reviews] = await Promise.all([
		loadSolutionParts(db, row.id, row.organization_id, locale),
		findReviews(db, row.id)
	]);
	const last = reviews.at(-1);
	if (parts.organization && !organizations.some((o) => o.slug === parts.organization!.slug)) {
		organizations.unshift({ slug: parts.organization.slug, name: parts.organization.name });
	}
	return presentSolutionEditor({
		solution: row,
		values: toFormValues(row, parts),
		level: editLevel(row.status, canModerateSolutions(actor)),
		canCreate: true,
		options,
		inProgress: [],
		lastReview: last ? { action: last.action, comment: last.comment, at: last.created_at } : null
	});
}

/**
 * Saves the form: creates a draft (slug null) or changes an existing solution. A draft needs only
 * a title; a submitted or published solution must stay complete. Saving a published solution
 * records a new version. Throws invalid_input with a problem per field, in the reader's language.
 * @example await saveSolution(context, { slug: null, input: { title: 'Composting markets' } })
 */
export async function saveSolution(
	context: SolutionWorkContext,
	{ slug, input }: { slug: string | null; input: unknown }
): Promise<SavedSolution> {
	return writeSolution(context, slug, input, 'save');
}

/**
 * Saves the form and sends the solution to the moderation queue, in one transaction: the form must
 * be complete. The submitter gets a confirmation and curators are told, once it is committed.
 */
export async function submitSolution(
	context: SolutionWorkContext,
	{ slug, input }: { slug: string | null; input: unknown }
): Promise<SavedSolution> {
	return writeSolution(context, slug, input, 'submit');
}

/** Thrown inside a transaction to undo a save that changed nothing. */
class NothingChanged extends Error {}

async function writeSolution(
	context: SolutionWorkContext,
	slug: string | null,
	input: unknown,
	intent: 'save' | 'submit'
): Promise<SavedSolution> {
	const { db, actor, locale } = context;
	const userId = userIdOf(context);
	const t = translatorFor(locale);
	await context.limiter.enforce(`solution-write:${userId}`);
	const values = parseInput(solutionFormSchema, input);
	const memberships = await findActiveMemberships(db, userId);

	let row: SolutionRow | undefined;
	let level: EditLevel | null;
	if (slug === null) {
		if (!canCreateSolution(actor, memberships.length)) {
			throw forbidden(t('solutionForm.error.noMembership'));
		}
		level = 'draft';
	} else {
		row = await findSolutionBySlug(db, slug);
		if (!row) throw notFound('solution');
		const access = await accessOf(db, actor, row);
		if (!canReadSolution(actor, row, access)) throw notFound('solution');
		if (!canEditSolution(actor, access)) throw forbidden(t('solutionForm.error.forbidden'));
		level = editLevel(row.status, canModerateSolutions(actor));
		if (level === null) {
			throw conflict(
				t('solutionForm.error.notEditable', { status: statusName(locale, row.status) })
			);
		}
	}
	if (intent === 'submit') {
		if (row && !canBeSubmitted(row.status)) {
			throw conflict(
				t('solutionForm.error.cannotSubmit', { status: statusName(locale, row.status) })
			);
		}
		level = 'complete';
	}

	// Saving a published (or submitted) solution keeps it complete, but older ones may lack
	// sections today's form requires: what was already empty may stay so.
	const alreadyEmpty =
		row && intent === 'save' && level === 'complete'
			? emptyFields(
					toFormValues(row, await loadSolutionParts(db, row.id, row.organization_id, locale))
				)
			: undefined;
	const { solution: checked, problems } = checkSolutionForm(values, level, { alreadyEmpty });
	const resolved = await resolveReferences(db, checked, {
		actor,
		ownOrganizationIds: memberships.map((membership) => membership.id),
		currentOrganizationId: row?.organization_id ?? null
	});
	if (problems.length + resolved.problems.length > 0) {
		throw invalidSolutionForm(locale, [...problems, ...resolved.problems]);
	}

	const now = (context.now ?? new Date()).toISOString();
	const content = {
		title: checked.title,
		summary: checked.summary,
		challenge: checked.challenge,
		solution: checked.solution,
		results: checked.results,
		replicability: checked.replicability,
		enabling_factors: checked.enablingFactors,
		constraints: checked.constraints,
		resources_mobilized: checked.resourcesMobilized,
		contact_name: checked.contactName,
		contact_email: checked.contactEmail,
		// The columns cannot be empty: a draft without a choice gets the reader's language and the
		// more common modality until the person chooses.
		language: checked.language ?? row?.language ?? locale,
		modality: checked.modality ?? row?.modality ?? 'south-south',
		organization_id: resolved.organization?.id ?? null,
		start_year: checked.startYear,
		end_year: checked.endYear,
		updated_at: now
	};

	const write = async (trx: Kysely<Database>): Promise<SavedSolution> => {
		let id: number;
		if (row) {
			id = row.id;
			if (recordsVersion(row.status)) await ensureBaselineVersion(trx, row);
			// A decision taken while the form was open wins: the person sees why and reloads.
			if (!(await updateSolutionInStatus(trx, id, row.status, content))) {
				throw conflict(t('solutionForm.error.changedMeanwhile'));
			}
		} else {
			id = await insertSolution(trx, {
				...content,
				slug: await uniqueSlug(trx, 'solutions', checked.title, 'solution'),
				status: 'draft',
				created_by: userId,
				created_at: now
			});
		}
		await replaceSolutionLinks(trx, id, resolved.links);
		let changed = true;
		if (row && recordsVersion(row.status)) {
			changed = (await recordVersion(trx, id, userId, now)).length > 0;
			if (!changed) throw new NothingChanged();
		}
		if (intent === 'submit') {
			const current = await findSolutionById(trx, id);
			const status = nextStatus(current.status, 'submit');
			if (
				status === null ||
				!(await updateSolutionInStatus(trx, id, current.status, { status, submitted_at: now }))
			) {
				throw conflict(
					t('solutionForm.error.cannotSubmit', { status: statusName(locale, current.status) })
				);
			}
			await insertReview(trx, {
				solution_id: id,
				action: 'submitted',
				comment: null,
				actor_user_id: userId,
				created_at: now
			});
			await recordAudit(trx, {
				action: 'solution-submitted',
				actorUserId: userId,
				subjectType: 'solution',
				subjectId: id,
				at: now
			});
		}
		await reindexSolution(trx, id);
		const saved = await findSolutionById(trx, id);
		return { slug: saved.slug, status: saved.status, version: saved.version, changed };
	};

	let saved: SavedSolution;
	try {
		saved = await transactionWithSlugRetry(db, write);
	} catch (error) {
		if (!(error instanceof NothingChanged)) throw error;
		return { slug: row!.slug, status: row!.status, version: row!.version, changed: false };
	}

	if (intent === 'submit') {
		const submitter = await findUserById(db, userId);
		if (submitter) {
			await notifySubmission(context, {
				solution: { slug: saved.slug, title: checked.title },
				submitter: { email: submitter.email, name: submitter.display_name },
				organization: resolved.organization?.name ?? null,
				locale
			});
		}
	}
	return saved;
}
