import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../db/dialects/index.ts';
import type { Database } from '../db/database.ts';
import { conflict, forbidden, notFound, unauthenticated } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { Actor } from '../identity/actor.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { findUserByEmail, findUserById } from '../identity/identity.repository.ts';
import type { ComposeEmail } from '../identity/identity.dependencies.ts';
import type { Mailer } from '../mail/mail.service.ts';
import {
	deleteMembership,
	findMembership,
	findOrganizationIdBySlug,
	insertMembership,
	listEditorEmails,
	listMemberships,
	updateMembership
} from './memberships.repository.ts';
import { invitationSchema, memberDecisionSchema } from './memberships.schema.ts';
import { canAppointEditors, canManageMembers } from './organizations.policy.ts';

export interface MembershipContext {
	db: Kysely<Database>;
	actor: Actor;
	mailer: Mailer;
	composeEmail: ComposeEmail;
	origin: string;
	locale: string;
	now?: Date;
}

function userOf(actor: Actor): number {
	if (actor.kind !== 'user') throw unauthenticated();
	return actor.userId;
}

async function accountOf(db: Kysely<Database>, userId: number) {
	const user = await findUserById(db, userId);
	if (!user) throw notFound('account');
	return user;
}

async function organizationOf(db: Kysely<Database>, slug: string) {
	const organization = await findOrganizationIdBySlug(db, slug);
	if (!organization) throw notFound('partner');
	return organization;
}

export interface MembershipPanel {
	/** The viewer's own membership, if any. */
	own: { role: 'member' | 'editor'; status: 'requested' | 'invited' | 'active' } | null;
	canManage: boolean;
	canAppointEditors: boolean;
	/** Shown only to those who manage members. */
	members: {
		userId: number;
		name: string;
		email: string;
		role: 'member' | 'editor';
		status: 'requested' | 'invited' | 'active';
	}[];
}

/** What the partner page shows a signed-in person about membership. */
export async function getMembershipPanel(
	{ db, actor }: Pick<MembershipContext, 'db' | 'actor'>,
	slug: string
): Promise<MembershipPanel | null> {
	if (actor.kind !== 'user') return null;
	const organization = await organizationOf(db, slug);
	const own = await findMembership(db, organization.id, actor.userId);
	const canManage = canManageMembers(actor, own);
	const members = canManage ? await listMemberships(db, organization.id) : [];
	return {
		own: own ? { role: own.role, status: own.status } : null,
		canManage,
		canAppointEditors: canAppointEditors(actor),
		members: members.map((member) => ({
			userId: member.user_id,
			name: member.display_name,
			email: member.email,
			role: member.role,
			status: member.status
		}))
	};
}

/** Asks to join an organization; its editors are told by email. */
export async function requestToJoin(context: MembershipContext, slug: string): Promise<void> {
	const userId = userOf(context.actor);
	const now = (context.now ?? new Date()).toISOString();
	const organization = await organizationOf(context.db, slug);
	const requester = await accountOf(context.db, userId);
	try {
		await context.db.transaction().execute(async (trx) => {
			await insertMembership(trx, {
				organization_id: organization.id,
				user_id: userId,
				role: 'member',
				status: 'requested',
				created_at: now
			});
			await recordAudit(trx, {
				action: 'membership-requested',
				actorUserId: userId,
				subjectType: 'organization',
				subjectId: organization.id,
				at: now
			});
		});
	} catch (error) {
		if (isUniqueViolation(error))
			throw conflict('You have already asked to join, or are a member.');
		throw error;
	}
	for (const to of await listEditorEmails(context.db, organization.id)) {
		const email = context.composeEmail('membership-requested', context.locale, {
			organization: organization.name,
			member: requester.display_name,
			link: `${context.origin}/partners/${organization.slug}#members`
		});
		await context.mailer.send({ to, ...email });
	}
}

/** Leaves an organization (or withdraws a request). */
export async function leaveOrganization(context: MembershipContext, slug: string): Promise<void> {
	const userId = userOf(context.actor);
	const now = (context.now ?? new Date()).toISOString();
	const organization = await organizationOf(context.db, slug);
	await context.db.transaction().execute(async (trx) => {
		await deleteMembership(trx, organization.id, userId);
		await recordAudit(trx, {
			action: 'membership-left',
			actorUserId: userId,
			subjectType: 'organization',
			subjectId: organization.id,
			at: now
		});
	});
}

/**
 * An editor (or a curator) approves or declines a request, appoints an editor, or removes a
 * member. The member is told by email when approved.
 */
export async function decideOnMember(
	context: MembershipContext,
	slug: string,
	input: { userId: unknown; decision: unknown }
): Promise<void> {
	const actorId = userOf(context.actor);
	const now = (context.now ?? new Date()).toISOString();
	const { userId, decision } = parseInput(memberDecisionSchema, input);
	const organization = await organizationOf(context.db, slug);
	const own = await findMembership(context.db, organization.id, actorId);
	if (!canManageMembers(context.actor, own))
		throw forbidden('Only this organization’s editors can do this.');
	if (decision === 'make-editor' && !canAppointEditors(context.actor)) {
		throw forbidden('Only curators appoint editors.');
	}
	const target = await findMembership(context.db, organization.id, userId);
	if (!target) throw notFound('membership');
	await context.db.transaction().execute(async (trx) => {
		if (decision === 'approve')
			await updateMembership(trx, organization.id, userId, { status: 'active' });
		if (decision === 'make-editor') {
			await updateMembership(trx, organization.id, userId, { status: 'active', role: 'editor' });
		}
		if (decision === 'decline' || decision === 'remove')
			await deleteMembership(trx, organization.id, userId);
		await recordAudit(trx, {
			action: `membership-${decision}`,
			actorUserId: actorId,
			subjectType: 'organization',
			subjectId: organization.id,
			details: { userId },
			at: now
		});
	});
	if (decision === 'approve' && target.status !== 'active') {
		const member = await accountOf(context.db, userId);
		const email = context.composeEmail('membership-approved', context.locale, {
			organization: organization.name,
			link: `${context.origin}/partners/${organization.slug}`
		});
		await context.mailer.send({ to: member.email, ...email });
	}
}

/**
 * An editor (or curator) invites someone by email. A person with an account finds the invitation
 * on the organization's page; others get an email inviting them to create one. The answer is the
 * same either way, so the form does not reveal who has an account.
 */
export async function inviteMember(
	context: MembershipContext,
	slug: string,
	input: { email: unknown }
): Promise<void> {
	const actorId = userOf(context.actor);
	const now = (context.now ?? new Date()).toISOString();
	const { email } = parseInput(invitationSchema, input);
	const organization = await organizationOf(context.db, slug);
	const own = await findMembership(context.db, organization.id, actorId);
	if (!canManageMembers(context.actor, own))
		throw forbidden('Only this organization’s editors can do this.');
	const inviter = await accountOf(context.db, actorId);
	const invitee = await findUserByEmail(context.db, email);
	if (invitee && !(await findMembership(context.db, organization.id, invitee.id))) {
		await context.db.transaction().execute(async (trx) => {
			await insertMembership(trx, {
				organization_id: organization.id,
				user_id: invitee.id,
				role: 'member',
				status: 'invited',
				created_at: now
			});
			await recordAudit(trx, {
				action: 'membership-invited',
				actorUserId: actorId,
				subjectType: 'organization',
				subjectId: organization.id,
				details: { userId: invitee.id },
				at: now
			});
		});
	}
	const message = context.composeEmail('membership-invited', context.locale, {
		organization: organization.name,
		inviter: inviter.display_name,
		link: `${context.origin}/partners/${organization.slug}`
	});
	await context.mailer.send({ to: email, ...message });
}

/** Accepts an invitation to an organization. */
export async function acceptInvitation(context: MembershipContext, slug: string): Promise<void> {
	const userId = userOf(context.actor);
	const now = (context.now ?? new Date()).toISOString();
	const organization = await organizationOf(context.db, slug);
	const own = await findMembership(context.db, organization.id, userId);
	if (own?.status !== 'invited') throw notFound('invitation');
	await context.db.transaction().execute(async (trx) => {
		await updateMembership(trx, organization.id, userId, { status: 'active' });
		await recordAudit(trx, {
			action: 'membership-accepted',
			actorUserId: userId,
			subjectType: 'organization',
			subjectId: organization.id,
			at: now
		});
	});
}
