import type { ReadContext } from '../context.ts';
import { isUniqueViolation } from '../db/dialects/index.ts';
import { conflict, forbidden, notFound } from '../http/errors.ts';
import { isStaff } from '../identity/actor.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import {
	nowOf,
	signedInUserId,
	spendClusterWrite,
	type ClusterContext
} from './cluster-context.ts';
import { loadCluster, loadCoordinatedCluster } from './cluster-access.ts';
import { invalidClusterInput, parseClusterInput } from './cluster-input.ts';
import {
	countActiveCoordinators,
	decidePendingRequest,
	deleteDeclinedRequest,
	deleteMembership,
	findClusterMembership,
	findEditedOrganizationsIn,
	findOrganizationPeople,
	findOrganizationRef,
	insertMembershipRequest,
	isOrganizationEditor,
	lockCluster
} from './cluster-membership.repository.ts';
import {
	membershipDecisionSchema,
	membershipLeaveSchema,
	membershipRequestSchema,
	STATEMENT_MAX_LENGTH,
	STATEMENT_MIN_LENGTH
} from './cluster-membership.schema.ts';
import { clusterStanding } from './cluster-standing.ts';
import { canCoordinate, canSpeakFor, mayAskAgain } from './clusters.policy.ts';
import type { ClusterRow } from './clusters.repository.ts';

/**
 * Cluster membership as a workflow: an organization asks to join with a statement, a
 * coordinator (or curator) approves or declines, members leave, coordinators remove them. Every
 * change is one transaction with its audit entry and the notification it causes.
 */

/** The organization named in a form; an unknown one is a problem of that field. */
async function organizationNamed(context: ReadContext, slug: string) {
	const organization = await findOrganizationRef(context.db, slug);
	if (!organization) {
		const reason = translatorFor(context.locale)('clusterForm.error.organizationUnknown');
		throw invalidClusterInput(context.locale, [{ field: 'organization', reason }]);
	}
	return organization;
}

/** Refuses anyone who does not speak for the organization (its editors, or curators). */
async function refuseUnlessSpeakingFor(context: ReadContext, organizationId: number) {
	const userId = signedInUserId(context);
	const edits = await isOrganizationEditor(context.db, userId, organizationId);
	if (!canSpeakFor(context.actor, edits)) {
		throw forbidden(translatorFor(context.locale)('clusterMembership.error.notEditor'));
	}
	return userId;
}

export interface OrganizationChoice {
	slug: string;
	name: string;
}

/** What the "ask to join" page offers the person, and what their organizations already are. */
export interface JoinForm {
	cluster: { slug: string; name: string };
	/** Organizations they edit that may ask (never asked, or declined before). */
	eligible: OrganizationChoice[];
	pending: OrganizationChoice[];
	members: OrganizationChoice[];
	declined: (OrganizationChoice & { note: string | null })[];
	/** Curators may ask for any organization, by its address. */
	anyOrganization: boolean;
	limits: { statementMin: number; statementMax: number };
}

export async function getJoinForm(context: ReadContext, slug: string): Promise<JoinForm> {
	const userId = signedInUserId(context);
	const cluster = await loadCluster(context.db, slug);
	const organizations = await findEditedOrganizationsIn(context.db, userId, cluster.id);
	const choice = ({ slug, name }: OrganizationChoice) => ({ slug, name });
	return {
		cluster: { slug: cluster.slug, name: cluster.name },
		eligible: organizations.filter((o) => mayAskAgain(o.clusterStatus)).map(choice),
		pending: organizations.filter((o) => o.clusterStatus === 'requested').map(choice),
		members: organizations.filter((o) => o.clusterStatus === 'active').map(choice),
		declined: organizations
			.filter((o) => o.clusterStatus === 'declined')
			.map((o) => ({ ...choice(o), note: o.decisionNote })),
		anyOrganization: isStaff(context.actor),
		limits: { statementMin: STATEMENT_MIN_LENGTH, statementMax: STATEMENT_MAX_LENGTH }
	};
}

/** Where the reader stands, for the buttons of the cluster page. */
export interface ClusterViewer {
	signedIn: boolean;
	/** Some organization they speak for may ask to join (always, for curators). */
	canAskToJoin: boolean;
	/** Their organizations' pending requests. */
	pending: OrganizationChoice[];
	/** Member organizations they may take out of the cluster. */
	leavable: (OrganizationChoice & { role: 'member' | 'coordinator' })[];
	/** May decide requests, edit the page and manage resources. */
	canCoordinate: boolean;
}

export async function getClusterViewer(
	context: ReadContext,
	clusterId: number
): Promise<ClusterViewer> {
	const { db, actor } = context;
	if (actor.kind !== 'user') {
		return {
			signedIn: false,
			canAskToJoin: false,
			pending: [],
			leavable: [],
			canCoordinate: false
		};
	}
	const [standing, organizations] = await Promise.all([
		clusterStanding(db, actor, clusterId),
		findEditedOrganizationsIn(db, actor.userId, clusterId)
	]);
	return {
		signedIn: true,
		canAskToJoin: isStaff(actor) || organizations.some((o) => mayAskAgain(o.clusterStatus)),
		pending: organizations
			.filter((o) => o.clusterStatus === 'requested')
			.map(({ slug, name }) => ({ slug, name })),
		leavable: organizations
			.filter((o) => o.clusterStatus === 'active')
			.map(({ slug, name, clusterRole }) => ({ slug, name, role: clusterRole ?? 'member' })),
		canCoordinate: canCoordinate(standing)
	};
}

/**
 * An organization asks to join a cluster, with a short statement of interest; the cluster's
 * coordinators are notified. 409 when it is already a member or its request is pending; an
 * organization that was declined may ask again.
 * @example await requestMembership(context, 'waste-management', { organization: 'koidu-…', statement })
 */
export async function requestMembership(
	context: ClusterContext,
	slug: string,
	input: unknown
): Promise<{ organization: string }> {
	const { db, locale } = context;
	signedInUserId(context);
	const cluster = await loadCluster(db, slug);
	const { organization: organizationSlug, statement } = parseClusterInput(
		membershipRequestSchema,
		input,
		locale
	);
	const organization = await organizationNamed(context, organizationSlug);
	const userId = await refuseUnlessSpeakingFor(context, organization.id);
	await spendClusterWrite(context);
	const t = translatorFor(locale);
	const existing = await findClusterMembership(db, cluster.id, organization.id);
	if (existing && !mayAskAgain(existing.status)) {
		throw conflict(
			t(
				existing.status === 'active'
					? 'clusterMembership.error.alreadyMember'
					: 'clusterMembership.error.alreadyRequested'
			)
		);
	}
	const now = nowOf(context);
	try {
		await db.transaction().execute(async (trx) => {
			if (existing && !(await deleteDeclinedRequest(trx, cluster.id, organization.id))) {
				throw conflict(t('clusterMembership.error.alreadyRequested'));
			}
			await insertMembershipRequest(trx, {
				cluster_id: cluster.id,
				organization_id: organization.id,
				statement,
				requested_by: userId,
				created_at: now
			});
			await recordAudit(trx, {
				at: now,
				actorUserId: userId,
				action: 'cluster.membership-requested',
				subjectType: 'cluster',
				subjectId: cluster.id,
				details: { organizationId: organization.id }
			});
			await context.notify(trx, {
				kind: 'cluster.membership-requested',
				actorUserId: userId,
				clusterId: cluster.id,
				subject: { kind: 'membership', id: organization.id },
				title: organization.name.slice(0, 300),
				excerpt: statement,
				link: `/clusters/${cluster.slug}/manage#requests`,
				audience: { coordinatorsOf: cluster.id }
			});
		});
	} catch (error) {
		// Two people of one organization asked at the same moment: one request stands.
		if (isUniqueViolation(error)) throw conflict(t('clusterMembership.error.alreadyRequested'));
		throw error;
	}
	return { organization: organization.slug };
}

/**
 * A coordinator (or curator) approves or declines a pending request, with an optional note; the
 * people of the organization are notified. 409 when the request was already decided — also
 * when two coordinators decide at the same moment: only the first decision counts.
 */
export async function decideMembership(
	context: ClusterContext,
	slug: string,
	input: unknown
): Promise<{ organization: string; status: 'active' | 'declined' }> {
	const { db, locale } = context;
	const userId = signedInUserId(context);
	const cluster = await loadCoordinatedCluster(context, slug);
	const {
		organization: organizationSlug,
		decision,
		note
	} = parseClusterInput(membershipDecisionSchema, input, locale);
	const organization = await organizationNamed(context, organizationSlug);
	const t = translatorFor(locale);
	const existing = await findClusterMembership(db, cluster.id, organization.id);
	if (!existing) throw notFound('membership request');
	if (existing.status !== 'requested') throw conflict(t('clusterMembership.error.alreadyDecided'));
	await spendClusterWrite(context);
	const status = decision === 'approve' ? 'active' : 'declined';
	const now = nowOf(context);
	await db.transaction().execute(async (trx) => {
		const decided = await decidePendingRequest(trx, cluster.id, organization.id, {
			status,
			decided_by: userId,
			decided_at: now,
			decision_note: note
		});
		if (!decided) throw conflict(t('clusterMembership.error.alreadyDecided'));
		await recordAudit(trx, {
			at: now,
			actorUserId: userId,
			action: `cluster.membership-${decision === 'approve' ? 'approved' : 'declined'}`,
			subjectType: 'cluster',
			subjectId: cluster.id,
			details: { organizationId: organization.id }
		});
		const people = await findOrganizationPeople(trx, organization.id);
		if (people.length === 0) return;
		await context.notify(trx, {
			kind: 'cluster.membership-decided',
			actorUserId: userId,
			clusterId: cluster.id,
			subject: { kind: 'membership', id: organization.id },
			title: cluster.name.slice(0, 300),
			...(note ? { excerpt: note } : {}),
			// The join page says "declined" and shows the note; the cluster page greets a member.
			link: status === 'active' ? `/clusters/${cluster.slug}` : `/clusters/${cluster.slug}/join`,
			audience: { userIds: people }
		});
	});
	return { organization: organization.slug, status };
}

/** Takes an organization out of a cluster, unless it is the last coordinating one (409). */
async function endMembership(
	context: ClusterContext,
	cluster: ClusterRow,
	organizationId: number,
	action: 'cluster.membership-left' | 'cluster.member-removed'
): Promise<void> {
	const t = translatorFor(context.locale);
	const now = nowOf(context);
	await context.db.transaction().execute(async (trx) => {
		await lockCluster(trx, cluster.id);
		const membership = await findClusterMembership(trx, cluster.id, organizationId);
		if (!membership || membership.status === 'declined') throw notFound('cluster membership');
		if (
			membership.status === 'active' &&
			membership.role === 'coordinator' &&
			(await countActiveCoordinators(trx, cluster.id)) <= 1
		) {
			throw conflict(t('clusterMembership.error.lastCoordinator'));
		}
		await deleteMembership(trx, cluster.id, organizationId);
		await recordAudit(trx, {
			at: now,
			actorUserId: context.actor.kind === 'user' ? context.actor.userId : null,
			action: membership.status === 'requested' ? 'cluster.membership-withdrawn' : action,
			subjectType: 'cluster',
			subjectId: cluster.id,
			details: { organizationId }
		});
	});
}

/**
 * An organization leaves a cluster (or withdraws its pending request), by one of its editors or
 * a curator. A cluster's last coordinating organization cannot leave (409): someone has to
 * run it.
 */
export async function leaveCluster(
	context: ClusterContext,
	slug: string,
	input: unknown
): Promise<{ organization: string }> {
	signedInUserId(context);
	const cluster = await loadCluster(context.db, slug);
	const { organization: organizationSlug } = parseClusterInput(
		membershipLeaveSchema,
		input,
		context.locale
	);
	const organization = await organizationNamed(context, organizationSlug);
	await refuseUnlessSpeakingFor(context, organization.id);
	await spendClusterWrite(context);
	await endMembership(context, cluster, organization.id, 'cluster.membership-left');
	return { organization: organization.slug };
}

/** A coordinator (or curator) removes a member organization; never the last coordinator. */
export async function removeMember(
	context: ClusterContext,
	slug: string,
	input: unknown
): Promise<{ organization: string }> {
	const cluster = await loadCoordinatedCluster(context, slug);
	const { organization: organizationSlug } = parseClusterInput(
		membershipLeaveSchema,
		input,
		context.locale
	);
	const organization = await organizationNamed(context, organizationSlug);
	await spendClusterWrite(context);
	await endMembership(context, cluster, organization.id, 'cluster.member-removed');
	return { organization: organization.slug };
}
