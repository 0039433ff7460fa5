import { z } from 'zod';
import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { pageSchema, parseInput, type Page } from '../http/query.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { reindexSolution } from '../search/index-writer.ts';
import { loadTaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { SolutionWorkContext } from './solution-editor.service.ts';
import {
	findSolutionById,
	loadSolutionParts,
	updateSolutionInStatus
} from './solution-editor.repository.ts';
import { recordVersion } from './solution-history.service.ts';
import { invalidSolutionForm, translatorFor } from './solution-messages.ts';
import {
	presentModerationItem,
	presentQueueEntry,
	type ModerationItem,
	type QueueEntry
} from './solution-moderation.presenter.ts';
import { notifyDecision } from './solution-notifications.ts';
import { findModerationQueue, findReviews, insertReview } from './solution-workflow.repository.ts';
import {
	isModerationDecision,
	nextStatus,
	TRANSITIONS,
	type ModerationDecision,
	type SolutionStatus
} from './solution-workflow.rules.ts';
import { canModerateSolutions } from './solutions.policy.ts';
import { findSolutionBySlug } from './solutions.repository.ts';

const queueQuerySchema = z.object({ page: pageSchema });

function refuseNonModerators(context: ReadContext): void {
	if (!canModerateSolutions(context.actor)) {
		throw forbidden(translatorFor(context.locale)('moderation.error.forbidden'));
	}
}

/**
 * The moderation queue: submitted solutions, the longest waiting first.
 * @example await listModerationQueue({ db, actor, locale }, { page: 1 })
 */
export async function listModerationQueue(
	context: ReadContext & { now?: Date },
	input: { page?: unknown }
): Promise<Page<QueueEntry>> {
	refuseNonModerators(context);
	const { page } = parseInput(queueQuerySchema, input);
	const pageSize = 20;
	const { rows, total } = await findModerationQueue(context.db, toPaging(page, pageSize));
	const now = context.now ?? new Date();
	return { data: rows.map((row) => presentQueueEntry(row, now)), page, pageSize, total };
}

/** One submission as the curator reviews it: every field, the moderation log, the decisions. */
export async function getModerationItem(
	context: ReadContext,
	slug: string
): Promise<ModerationItem> {
	refuseNonModerators(context);
	const { db, locale } = context;
	const row = await findSolutionBySlug(db, slug);
	if (!row) throw notFound('solution');
	const [parts, names, reviews] = await Promise.all([
		loadSolutionParts(db, row.id, row.organization_id, locale),
		loadTaxonomyNames(db, locale),
		findReviews(db, row.id)
	]);
	return presentModerationItem(row, parts, names, reviews);
}

const decisionSchema = z.object({
	decision: z.string(),
	comment: z
		.string()
		.default('')
		.transform((value) => value.replace(/\r\n?/g, '\n').trim())
});

const COMMENT_MAX = 5_000;

/**
 * A curator's decision on a submitted solution: publish it, send it back for changes (a comment
 * is required), or reject it (a reason is required); or, on a published one, archive it (off the
 * site and out of search; the comment is optional). One transaction writes the new status, the
 * moderation log, the first version when published, and the search index; the submitter is told
 * of the first three by email once it is committed. A decision the status does not allow → 409.
 * @example await decideOnSolution(context, 'composting-markets', { decision: 'publish' })
 */
export async function decideOnSolution(
	context: SolutionWorkContext,
	slug: string,
	input: { decision: unknown; comment?: unknown }
): Promise<{ slug: string; title: string; status: SolutionStatus }> {
	refuseNonModerators(context);
	const { db, actor, locale } = context;
	const t = translatorFor(locale);
	const actorUserId = actor.kind === 'user' ? actor.userId : null;
	if (actorUserId !== null) await context.limiter.enforce(`solution-write:${actorUserId}`);
	const { decision: raw, comment } = parseInput(decisionSchema, input);
	if (!isModerationDecision(raw)) {
		throw invalidSolutionForm(locale, [{ field: 'decision', key: 'moderation.error.decision' }]);
	}
	const decision: ModerationDecision = raw;
	if (TRANSITIONS[decision].needsComment && comment === '') {
		throw invalidSolutionForm(locale, [
			{
				field: 'comment',
				key:
					decision === 'reject'
						? 'moderation.error.reasonRequired'
						: 'moderation.error.commentRequired'
			}
		]);
	}
	if (comment.length > COMMENT_MAX) {
		throw invalidSolutionForm(locale, [
			{ field: 'comment', key: 'solutionForm.error.tooLong', values: { max: COMMENT_MAX } }
		]);
	}

	const now = (context.now ?? new Date()).toISOString();
	const solution = await db.transaction().execute(async (trx) => {
		const row = await findSolutionBySlug(trx, slug);
		if (!row) throw notFound('solution');
		const status = nextStatus(row.status, decision);
		if (status === null) throw conflict(t('moderation.error.notSubmitted'));
		const moved = await updateSolutionInStatus(trx, row.id, row.status, {
			status,
			updated_at: now,
			...(status === 'published' ? { published_at: row.published_at ?? now } : {})
		});
		if (!moved) throw conflict(t('moderation.error.notSubmitted'));
		await insertReview(trx, {
			solution_id: row.id,
			action: TRANSITIONS[decision].review,
			comment: comment === '' ? null : comment,
			actor_user_id: actorUserId,
			created_at: now
		});
		if (status === 'published') await recordVersion(trx, row.id, actorUserId, now);
		await recordAudit(trx, {
			action: `solution-${TRANSITIONS[decision].review}`,
			actorUserId,
			subjectType: 'solution',
			subjectId: row.id,
			at: now
		});
		await reindexSolution(trx, row.id);
		return findSolutionById(trx, row.id);
	});

	await notifyDecision(context, {
		solution,
		decision,
		comment: comment === '' ? null : comment
	});
	return { slug: solution.slug, title: solution.title, status: solution.status };
}
