import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { isStaff, type Actor } from '../identity/actor.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { findOrganizationIdBySlug } from './memberships.repository.ts';
import { findOrganizationsByVerification, setVerification } from './verification.repository.ts';

export interface VerificationEntry {
	slug: string;
	name: string;
	kind: string;
	country: string | null;
	verifiedAt: string | null;
}

/** Curators work through the organizations waiting for verification. */
export async function listVerificationQueue(
	{ db, actor }: { db: Kysely<Database>; actor: Actor },
	{ verified, page, pageSize }: { verified: boolean; page: number; pageSize: number }
): Promise<Page<VerificationEntry>> {
	if (!isStaff(actor)) throw forbidden('Only curators verify organizations.');
	const { rows, total } = await findOrganizationsByVerification(
		db,
		verified,
		toPaging(page, pageSize)
	);
	return {
		data: rows.map((row) => ({
			slug: row.slug,
			name: row.name,
			kind: row.kind,
			country: row.country_name,
			verifiedAt: row.verified_at
		})),
		page,
		pageSize,
		total
	};
}

/**
 * Marks an organization verified (or withdraws it): a curator vouches that it is who it says,
 * and a badge shows on its page and on what its members publish.
 */
export async function setOrganizationVerified(
	{ db, actor, now = new Date() }: { db: Kysely<Database>; actor: Actor; now?: Date },
	slug: string,
	verified: boolean
): Promise<void> {
	if (!isStaff(actor)) throw forbidden('Only curators verify organizations.');
	const organization = await findOrganizationIdBySlug(db, slug);
	if (!organization) throw notFound('partner');
	const at = now.toISOString();
	await db.transaction().execute(async (trx) => {
		await setVerification(trx, organization.id, verified ? at : null, at);
		await recordAudit(trx, {
			action: verified ? 'organization-verified' : 'organization-unverified',
			actorUserId: actor.kind === 'user' ? actor.userId : null,
			subjectType: 'organization',
			subjectId: organization.id,
			at
		});
	});
}
