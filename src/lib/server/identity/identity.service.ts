import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { conflict, forbidden } from '../http/errors.ts';
import { parseInput } from '../http/query.ts';
import type { Actor } from './actor.ts';
import { canCreateUser } from './identity.policy.ts';
import { presentUser, type UserSummary } from './identity.presenter.ts';
import { findUserByEmail, insertUser } from './identity.repository.ts';
import { createUserInputSchema, type CreateUserInput } from './identity.schema.ts';
import { hashPassword } from './password.ts';

/**
 * Creates an account with a role (how the first admin is made: `galaxy user:create`).
 * The email counts as verified because an admin vouches for it.
 */
export async function createUser({
	db,
	actor,
	input,
	now = new Date()
}: {
	db: Kysely<Database>;
	actor: Actor;
	input: CreateUserInput;
	now?: Date;
}): Promise<UserSummary> {
	if (!canCreateUser(actor)) throw forbidden();
	const valid = parseInput(createUserInputSchema, input);
	if (await findUserByEmail(db, valid.email)) {
		throw conflict(`An account with the email ${valid.email} already exists.`);
	}
	const timestamp = now.toISOString();
	const row = await insertUser(db, {
		email: valid.email,
		display_name: valid.displayName,
		role: valid.role,
		password_hash: await hashPassword(valid.password),
		email_verified_at: timestamp,
		created_at: timestamp,
		updated_at: timestamp
	});
	return presentUser(row);
}
