import type { Kysely } from 'kysely';
import type { Database } from '#lib/server/db/database.ts';
import type { Actor, PlatformRole } from '#lib/server/identity/actor.ts';
import type { FieldProblem } from '#lib/server/http/errors.ts';

declare global {
	namespace App {
		interface Error {
			status: number;
			message: string;
			code?: string;
			details?: FieldProblem[];
		}
		interface Locals {
			db: Kysely<Database>;
			actor: Actor;
			locale: string;
			/** The reader's IANA time zone from the `tz` cookie, or null when unknown. */
			timeZone: string | null;
			/** The signed-in person, or null for a visitor. */
			user: {
				displayName: string;
				email: string;
				role: PlatformRole;
				sessionHash: string;
			} | null;
			/** Set when the request came with a personal API token: what the token may do. */
			apiScope: 'read' | 'read-write' | null;
		}
	}
}

export {};
