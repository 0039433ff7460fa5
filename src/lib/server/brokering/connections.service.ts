import { z } from 'zod';
import type { ReadContext } from '../context.ts';
import { isUniqueViolation } from '../db/dialects/index.ts';
import { conflict, forbidden, invalidInput, notFound } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { actorUserId, spendWrite, type BrokeringContext } from './brokering-context.ts';
import { canRunPipeline, canSeeMatches, isNeedOwner } from './brokering.policy.ts';
import { otherPartyOf, requesterOf, type Contact } from './connection-parties.ts';
import {
	notifyIntroduction,
	notifyIntroductionRequested,
	notifyStageChange
} from './connection-notifications.ts';
import {
	findCity,
	findConnectionById,
	findOrganization,
	findSolutionContact,
	findTransitions,
	insertConnection,
	insertTransition,
	moveConnectionFrom,
	type ConnectionRow
} from './connections.repository.ts';
import { findReadableNeed, needAccessOf } from './need-access.ts';
import { loadReasonNames } from './need-matches.service.ts';
import { needToMatch } from './need-to-match.ts';
import { describeReasons } from './match-reasons.presenter.ts';
import type { MatchExplanation } from './match-explanation.ts';
import { keyOf, parseTargetKey, rankNeedMatches, type TargetKind } from './need-ranking.ts';
import { excerptOf } from './needs.presenter.ts';
import {
	deleteDismissal,
	findNeedById,
	insertDismissal,
	updateNeed,
	type NeedRow
} from './needs.repository.ts';
import { findProjectOfConnection } from '../projects/project-writes.repository.ts';
import {
	canMove,
	isCloseReason,
	isRequesterMove,
	isStage,
	nextStages,
	type Stage
} from './pipeline.rules.ts';

/**
 * The brokering pipeline's use-cases: put a match into the pipeline (a requester asks for an
 * introduction; a curator suggests it), set a match aside, and move a connection from stage to
 * stage with a note. Every move is checked against `pipeline.rules.ts` (an illegal one → 409 that
 * says where the connection can go), recorded with who, when and the note, and emailed to the
 * parties it concerns once it is committed.
 */

const NOTE_MAX = 5_000;
const note = z
	.string()
	.max(NOTE_MAX, `must be ${NOTE_MAX} characters or fewer`)
	.default('')
	.transform((value) => value.replace(/\r\n?/g, '\n').trim());

const targetSchema = z.object({ target: z.string().max(40) });

function targetOf(
	context: ReadContext,
	input: unknown
): { kind: TargetKind; id: number; key: string } {
	const { target } = parseInput(targetSchema, input);
	const parsed = parseTargetKey(target);
	if (!parsed) {
		throw invalidInput([
			{ field: 'target', reason: translatorFor(context.locale)('pipeline.error.target') }
		]);
	}
	return { ...parsed, key: keyOf(parsed.kind, parsed.id) };
}

/** A need whose matches the actor may act on (its people and curators). */
async function findNeedToBroker(context: ReadContext, needId: number): Promise<NeedRow> {
	const { row, access } = await findReadableNeed(context.db, context.actor, needId);
	if (!canSeeMatches(context.actor, access)) {
		throw forbidden(translatorFor(context.locale)('match.error.forbidden'));
	}
	return row;
}

/** Sets a match aside on a need's page (it stays listed, folded, and can be restored). */
export async function dismissMatch(context: BrokeringContext, needId: number, input: unknown) {
	const need = await findNeedToBroker(context, needId);
	const target = targetOf(context, input);
	await spendWrite(context);
	await insertDismissal(context.db, {
		need_id: need.id,
		target_key: target.key,
		user_id: actorUserId(context),
		created_at: (context.now ?? new Date()).toISOString()
	});
	return { needId: need.id, target: target.key, dismissed: true };
}

export async function restoreMatch(context: BrokeringContext, needId: number, input: unknown) {
	const need = await findNeedToBroker(context, needId);
	const target = targetOf(context, input);
	await spendWrite(context);
	await deleteDismissal(context.db, need.id, target.key);
	return { needId: need.id, target: target.key, dismissed: false };
}

/** The target's columns, or 400 when it does not exist (or is not a published solution). */
async function targetColumns(context: ReadContext, target: { kind: TargetKind; id: number }) {
	const { db } = context;
	const missing = () =>
		invalidInput([
			{ field: 'target', reason: translatorFor(context.locale)('pipeline.error.targetMissing') }
		]);
	switch (target.kind) {
		case 'solution': {
			const solution = await findSolutionContact(db, target.id);
			if (!solution || solution.status !== 'published') throw missing();
			return {
				solution_id: solution.id,
				provider_organization_id: solution.organization_id,
				peer_city_id: null
			};
		}
		case 'provider': {
			if (!(await findOrganization(db, target.id))) throw missing();
			return { solution_id: null, provider_organization_id: target.id, peer_city_id: null };
		}
		case 'peer-city': {
			if (!(await findCity(db, target.id))) throw missing();
			return { solution_id: null, provider_organization_id: null, peer_city_id: target.id };
		}
	}
}

const connectSchema = z.object({
	target: z.string().max(40),
	stage: z.enum(['suggested', 'introduction-requested']).optional(),
	note
});

/**
 * Puts a match of a need into the pipeline. The requester's request starts at "introduction
 * requested" (and curators are emailed); a curator may also just suggest it. The match's score and
 * explanation at that moment are kept with the connection. A need is connected to a target once:
 * a second request → 409.
 * @example await connectMatch(context, 12, { target: 'solution:40' })
 */
export async function connectMatch(
	context: BrokeringContext,
	needId: number,
	input: unknown
): Promise<{ id: number; stage: Stage }> {
	const need = await findNeedToBroker(context, needId);
	const t = translatorFor(context.locale);
	const target = targetOf(context, input);
	const parsed = parseInput(connectSchema, input);
	const stage: Stage = canRunPipeline(context.actor)
		? (parsed.stage ?? 'introduction-requested')
		: 'introduction-requested';
	if (need.status === 'closed') throw conflict(t('pipeline.error.needClosed'));
	await spendWrite(context);
	const columns = await targetColumns(context, target);
	const ranked = await rankNeedMatches(context.db, await needToMatch(context.db, need), {
		excludeOrganizationId: need.organization_id,
		excludeCityId: need.city_id
	});
	const match = [...ranked.solutions, ...ranked.providers, ...ranked.peerCities].find(
		(candidate) => candidate.key === target.key
	);
	const now = (context.now ?? new Date()).toISOString();
	let id: number;
	try {
		id = await context.db.transaction().execute(async (trx) => {
			const id = await insertConnection(trx, {
				need_id: need.id,
				...columns,
				target_kind: target.kind,
				target_key: target.key,
				stage,
				score: match ? match.score : null,
				explanation: match ? JSON.stringify(match.explanation) : null,
				created_by: actorUserId(context),
				created_at: now,
				updated_at: now,
				stage_changed_at: now
			});
			await insertTransition(trx, {
				connection_id: id,
				from_stage: null,
				to_stage: stage,
				actor_user_id: actorUserId(context),
				note: parsed.note || null,
				created_at: now
			});
			await deleteDismissal(trx, need.id, target.key);
			return id;
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw conflict(t('pipeline.error.alreadyConnected'));
		throw error;
	}
	if (stage === 'introduction-requested') {
		const [requester, other] = await Promise.all([
			requesterOf(context.db, need),
			otherPartyOf(context.db, {
				...columns,
				target_kind: target.kind,
				contact_name: null,
				contact_email: null
			})
		]);
		await notifyIntroductionRequested(context, {
			need: need.title,
			requester: requester.contacts[0]?.name || requester.label,
			match: other?.label ?? target.key,
			connectionId: id
		});
	}
	return { id, stage };
}

const moveSchema = z.object({
	to: z.string().max(40),
	note,
	reason: z.string().max(40).default(''),
	contactName: z.string().max(200).default(''),
	contactEmail: z.string().max(320).default('')
});

const EMAIL = z.email();

function stageLabel(context: ReadContext, stage: Stage): string {
	return translatorFor(context.locale)(`pipeline.stage.${stage}`);
}

/** The refusal of a move the pipeline does not allow, saying where the connection can go. */
function illegalMove(context: ReadContext, from: Stage, to: Stage) {
	const t = translatorFor(context.locale);
	const allowed = nextStages(from).map((stage) => stageLabel(context, stage));
	return conflict(
		allowed.length === 0
			? t('pipeline.error.final', { from: stageLabel(context, from) })
			: t('pipeline.error.illegalMove', {
					from: stageLabel(context, from),
					to: stageLabel(context, to),
					allowed: allowed.join(', ')
				})
	);
}

/**
 * Moves a connection to another stage. Curators make every move the pipeline allows; the
 * requester may ask for the introduction and may close. Closing needs a reason; introducing needs
 * a contact for the other side (the one on record, or one the broker gives). A move the stage does
 * not allow, or one that lost a race with another broker's move → 409.
 * @example await moveConnection(context, 7, { to: 'introduced', note: 'You both work on…' })
 */
export async function moveConnection(
	context: BrokeringContext,
	connectionId: number,
	input: unknown
): Promise<{ id: number; stage: Stage }> {
	const { db, actor } = context;
	const t = translatorFor(context.locale);
	const connection = await findConnectionById(db, connectionId);
	if (!connection) throw notFound('connection');
	const need = await findNeedById(db, connection.need_id);
	if (!need) throw notFound('connection');
	const access = await needAccessOf(db, actor, need);
	const broker = canRunPipeline(actor);
	if (!broker && !isNeedOwner(actor, access)) {
		// Only brokers and the need's people know the connection exists.
		throw notFound('connection');
	}
	const parsed = parseInput(moveSchema, input);
	if (!isStage(parsed.to)) {
		throw invalidInput([{ field: 'to', reason: t('pipeline.error.stage') }]);
	}
	const to: Stage = parsed.to;
	const from = connection.stage;
	if (!canMove(from, to)) throw illegalMove(context, from, to);
	if (!broker && !isRequesterMove(from, to)) {
		throw forbidden(t('pipeline.error.brokersOnly'));
	}
	const problems: { field: string; reason: string }[] = [];
	if (to === 'closed' && !isCloseReason(parsed.reason)) {
		problems.push({ field: 'reason', reason: t('pipeline.error.reason') });
	}
	const contactEmail = parsed.contactEmail.trim();
	if (contactEmail !== '' && !EMAIL.safeParse(contactEmail).success) {
		problems.push({ field: 'contactEmail', reason: t('solutionForm.error.email') });
	}
	const contact: Contact | null =
		contactEmail === '' ? null : { name: parsed.contactName.trim(), email: contactEmail };
	const withContact: ConnectionRow = contact
		? { ...connection, contact_name: contact.name || null, contact_email: contact.email }
		: connection;
	const [requester, other] = await Promise.all([
		requesterOf(db, need),
		otherPartyOf(db, withContact)
	]);
	if (to === 'introduced') {
		if (!other || other.contacts.length === 0) {
			problems.push({ field: 'contactEmail', reason: t('pipeline.error.noContact') });
		}
		if (requester.contacts.length === 0) {
			problems.push({ field: 'to', reason: t('pipeline.error.noRequesterContact') });
		}
	}
	if (problems.length > 0) {
		throw invalidInput(problems, t('solutionForm.error.summary', { count: problems.length }));
	}
	await spendWrite(context);

	const now = (context.now ?? new Date()).toISOString();
	await db.transaction().execute(async (trx) => {
		const moved = await moveConnectionFrom(trx, connection.id, from, {
			stage: to,
			closed_reason: to === 'closed' ? parsed.reason : null,
			...(contact ? { contact_name: contact.name || null, contact_email: contact.email } : {}),
			updated_at: now,
			stage_changed_at: now
		});
		if (!moved) throw conflict(t('pipeline.error.movedMeanwhile'));
		await insertTransition(trx, {
			connection_id: connection.id,
			from_stage: from,
			to_stage: to,
			actor_user_id: actorUserId(context),
			note: parsed.note || (to === 'closed' ? t(`pipeline.reason.${parsed.reason}`) : null),
			created_at: now
		});
		if (to === 'pilot-launched' && need.status === 'open') {
			await updateNeed(trx, need.id, { status: 'matched', updated_at: now });
		}
		await recordAudit(trx, {
			at: now,
			actorUserId: actorUserId(context),
			action: 'connection.move',
			subjectType: 'connection',
			subjectId: connection.id,
			details: { from, to }
		});
	});

	const pathForOther = need.visibility === 'public' ? `/needs/${need.id}` : null;
	if (to === 'introduced' && other) {
		await notifyIntroduction(context, {
			need: { title: need.title, summary: excerptOf(need.description) },
			requester,
			other,
			note: parsed.note,
			pathForOther
		});
	} else if (to === 'introduction-requested') {
		await notifyIntroductionRequested(context, {
			need: need.title,
			requester: requester.contacts[0]?.name || requester.label,
			match: other?.label ?? connection.target_key ?? '',
			connectionId: connection.id
		});
	} else {
		const introduced = ['introduced', 'in-dialogue', 'agreement', 'pilot-launched'].includes(from);
		await notifyStageChange(context, {
			need: need.title,
			stage: to,
			note: parsed.note,
			requester,
			other,
			introduced,
			pathForOther
		});
	}
	return { id: connection.id, stage: to };
}

export interface ConnectionDetail {
	id: number;
	stage: Stage;
	closedReason: string | null;
	kind: TargetKind | null;
	need: { id: number; title: string; visibility: NeedRow['visibility'] };
	requester: { label: string; path: string | null; contacts: Contact[] };
	other: { label: string; path: string | null; contacts: Contact[] } | null;
	/** The match's score (0–100) and explanation when the connection was made. */
	score: number | null;
	explanation: MatchExplanation | null;
	/** The explanation's reasons in the reader's language. */
	reasons: string[];
	createdAt: string;
	stageChangedAt: string;
	history: {
		from: Stage | null;
		to: Stage;
		note: string | null;
		by: string | null;
		at: string;
	}[];
	/** Moves the reader may make now. */
	moves: Stage[];
	projectId: number | null;
	projectSlug: string | null;
}

/**
 * One connection with its history, for brokers (every detail, the contacts included) and for the
 * need's people (who see their own connections' stages).
 */
export async function getConnection(
	context: ReadContext,
	connectionId: number
): Promise<ConnectionDetail> {
	const { db, actor } = context;
	const connection = await findConnectionById(db, connectionId);
	if (!connection) throw notFound('connection');
	const need = await findNeedById(db, connection.need_id);
	if (!need) throw notFound('connection');
	const broker = canRunPipeline(actor);
	if (!broker && !isNeedOwner(actor, await needAccessOf(db, actor, need)))
		throw notFound('connection');
	const [requester, other, history, project] = await Promise.all([
		requesterOf(db, need),
		otherPartyOf(db, connection),
		findTransitions(db, connection.id),
		findProjectOfConnection(db, connection.id)
	]);
	const explanation: MatchExplanation | null = connection.explanation
		? (JSON.parse(connection.explanation) as MatchExplanation)
		: null;
	const reasons = explanation
		? describeReasons(
				translatorFor(context.locale),
				explanation.reasons,
				await loadReasonNames(db, context.locale, explanation.reasons)
			)
		: [];
	const moves = nextStages(connection.stage).filter(
		(stage) => broker || isRequesterMove(connection.stage, stage)
	);
	const introduced =
		connection.stage !== 'suggested' && connection.stage !== 'introduction-requested';
	return {
		id: connection.id,
		stage: connection.stage,
		closedReason: connection.closed_reason,
		kind: connection.target_kind,
		need: { id: need.id, title: need.title, visibility: need.visibility },
		requester: broker ? requester : { ...requester, contacts: [] },
		other: other ? (broker || introduced ? other : { ...other, contacts: [] }) : null,
		score: connection.score === null ? null : Math.round(connection.score * 100),
		explanation,
		reasons,
		createdAt: connection.created_at,
		stageChangedAt: connection.stage_changed_at ?? connection.updated_at,
		history: history.map((row) => ({
			from: row.from_stage !== null && isStage(row.from_stage) ? row.from_stage : null,
			to: isStage(row.to_stage) ? row.to_stage : 'suggested',
			note: row.note,
			by: row.display_name,
			at: row.created_at
		})),
		moves: [...moves],
		projectId: project?.id ?? null,
		projectSlug: project?.slug ?? null
	};
}
