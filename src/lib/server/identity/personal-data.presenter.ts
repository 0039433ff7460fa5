import type { PlatformRole } from './actor.ts';
import type {
	findAccountForExport,
	listApiTokensForExport,
	listAuditEventsForExport,
	listConnectionStepsBy,
	listEmailLinksForExport,
	listMembershipsForExport,
	listNeedsCreatedBy,
	listSessionsForExport,
	listSolutionsCreatedBy
} from './personal-data.repository.ts';

/** Raised when the shape below changes, so programs reading old exports can tell them apart. */
export const PERSONAL_DATA_FORMAT_VERSION = 1;

type Rows<Query extends (...args: never[]) => Promise<unknown>> = Awaited<ReturnType<Query>>;

/**
 * Everything the platform holds about one person, as they download it from `/account/export`.
 * Plain JSON values only; secrets (password, session and token hashes) are never part of it.
 */
export interface PersonalDataExport {
	format: 'south-south-galaxy/personal-data';
	formatVersion: number;
	exportedAt: string;
	account: {
		email: string;
		displayName: string;
		role: PlatformRole;
		createdAt: string;
		updatedAt: string;
		emailVerifiedAt: string | null;
		/** The public profile the account is linked to, if any. */
		person: { slug: string; name: string } | null;
	};
	sessions: {
		createdAt: string;
		lastSeenAt: string;
		expiresAt: string;
		userAgent: string | null;
		ipAddress: string | null;
	}[];
	organizationMemberships: {
		organization: { slug: string; name: string };
		role: string;
		status: string;
		since: string;
	}[];
	apiTokens: {
		name: string;
		prefix: string;
		scope: string;
		createdAt: string;
		lastUsedAt: string | null;
		revokedAt: string | null;
	}[];
	emailLinks: {
		purpose: string;
		newEmail: string | null;
		createdAt: string;
		expiresAt: string;
		usedAt: string | null;
	}[];
	auditEvents: {
		occurredAt: string;
		action: string;
		subject: { type: string; id: string | null } | null;
		ipAddress: string | null;
		details: unknown;
	}[];
	contributions: {
		solutions: {
			slug: string;
			title: string;
			status: string;
			createdAt: string;
			publishedAt: string | null;
		}[];
		needs: { slug: string; title: string; status: string; visibility: string; createdAt: string }[];
		connectionSteps: {
			connectionId: number;
			fromStage: string | null;
			toStage: string;
			note: string | null;
			createdAt: string;
		}[];
	};
}

export interface PersonalDataRows {
	account: NonNullable<Rows<typeof findAccountForExport>>;
	sessions: Rows<typeof listSessionsForExport>;
	memberships: Rows<typeof listMembershipsForExport>;
	apiTokens: Rows<typeof listApiTokensForExport>;
	emailLinks: Rows<typeof listEmailLinksForExport>;
	auditEvents: Rows<typeof listAuditEventsForExport>;
	solutions: Rows<typeof listSolutionsCreatedBy>;
	needs: Rows<typeof listNeedsCreatedBy>;
	connectionSteps: Rows<typeof listConnectionStepsBy>;
}

/** Audit details are stored as JSON text; an unreadable one is exported as the text itself. */
function parseDetails(details: string | null): unknown {
	if (details === null) return null;
	try {
		return JSON.parse(details) as unknown;
	} catch {
		return details;
	}
}

export function presentPersonalData(rows: PersonalDataRows, exportedAt: Date): PersonalDataExport {
	const { account } = rows;
	return {
		format: 'south-south-galaxy/personal-data',
		formatVersion: PERSONAL_DATA_FORMAT_VERSION,
		exportedAt: exportedAt.toISOString(),
		account: {
			email: account.email,
			displayName: account.display_name,
			role: account.role,
			createdAt: account.created_at,
			updatedAt: account.updated_at,
			emailVerifiedAt: account.email_verified_at,
			person:
				account.person_slug !== null && account.person_name !== null
					? { slug: account.person_slug, name: account.person_name }
					: null
		},
		sessions: rows.sessions.map((session) => ({
			createdAt: session.created_at,
			lastSeenAt: session.last_seen_at,
			expiresAt: session.expires_at,
			userAgent: session.user_agent,
			ipAddress: session.ip_address
		})),
		organizationMemberships: rows.memberships.map((membership) => ({
			organization: { slug: membership.slug, name: membership.name },
			role: membership.role,
			status: membership.status,
			since: membership.created_at
		})),
		apiTokens: rows.apiTokens.map((token) => ({
			name: token.name,
			prefix: token.prefix,
			scope: token.scope,
			createdAt: token.created_at,
			lastUsedAt: token.last_used_at,
			revokedAt: token.revoked_at
		})),
		emailLinks: rows.emailLinks.map((link) => ({
			purpose: link.purpose,
			newEmail: link.new_email,
			createdAt: link.created_at,
			expiresAt: link.expires_at,
			usedAt: link.used_at
		})),
		auditEvents: rows.auditEvents.map((event) => ({
			occurredAt: event.occurred_at,
			action: event.action,
			subject:
				event.subject_type === null ? null : { type: event.subject_type, id: event.subject_id },
			ipAddress: event.ip_address,
			details: parseDetails(event.details)
		})),
		contributions: {
			solutions: rows.solutions.map((solution) => ({
				slug: solution.slug,
				title: solution.title,
				status: solution.status,
				createdAt: solution.created_at,
				publishedAt: solution.published_at
			})),
			needs: rows.needs.map((need) => ({
				slug: need.slug,
				title: need.title,
				status: need.status,
				visibility: need.visibility,
				createdAt: need.created_at
			})),
			connectionSteps: rows.connectionSteps.map((step) => ({
				connectionId: step.connection_id,
				fromStage: step.from_stage,
				toStage: step.to_stage,
				note: step.note,
				createdAt: step.created_at
			}))
		}
	};
}

/** The download's file name, dated by the day of the export (UTC). */
export function personalDataFileName(exportedAt: string): string {
	return `south-south-galaxy-data-${exportedAt.slice(0, 10)}.json`;
}
