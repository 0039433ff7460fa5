import type { Kysely } from 'kysely';
import type { Database } from './db/database.ts';
import type { Actor } from './identity/actor.ts';

/** What every read use-case needs: the database, who asks, and the reader's language. */
export interface ReadContext {
	db: Kysely<Database>;
	actor: Actor;
	locale: string;
}
