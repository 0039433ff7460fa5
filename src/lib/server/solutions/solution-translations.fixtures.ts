import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';
import type { Actor } from '../identity/actor.ts';

/**
 * Test data for the translation and attachment tests: unique people and solutions, so test
 * files and tests never depend on each other's rows.
 */

const unique = () => randomBytes(4).toString('hex');

export async function makePerson(
	db: Kysely<Database>,
	role: 'member' | 'curator' | 'admin' = 'member'
): Promise<Actor & { kind: 'user' }> {
	const now = new Date().toISOString();
	const tag = unique();
	const user = await db
		.insertInto('users')
		.values({
			email: `person-${tag}@example.org`,
			display_name: `Person ${tag}`,
			role,
			password_hash: null,
			email_verified_at: now,
			created_at: now,
			updated_at: now
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return { kind: 'user', userId: user.id, role };
}

export async function makeOrganization(db: Kysely<Database>): Promise<number> {
	const tag = unique();
	const row = await db
		.insertInto('organizations')
		.values({
			slug: `organization-${tag}`,
			name: `Organization ${tag}`,
			kind: 'city',
			description: '',
			updated_at: new Date().toISOString()
		})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function addMember(
	db: Kysely<Database>,
	organizationId: number,
	person: Actor & { kind: 'user' },
	role: 'member' | 'editor' = 'member',
	status: 'requested' | 'invited' | 'active' = 'active'
): Promise<void> {
	await db
		.insertInto('organization_memberships')
		.values({
			organization_id: organizationId,
			user_id: person.userId,
			role,
			status,
			created_at: new Date().toISOString()
		})
		.execute();
}

/** A Spanish solution with the optional `replicability` section and no others. */
export async function makeSolution(
	db: Kysely<Database>,
	values: Partial<Omit<Row<'solutions'>, 'id'>> = {}
): Promise<Row<'solutions'>> {
	const now = new Date().toISOString();
	const tag = unique();
	return db
		.insertInto('solutions')
		.values({
			slug: `compostaje-comunitario-${tag}`,
			reference: null,
			title: 'Compostaje comunitario en los mercados',
			summary: 'Los mercados separan los residuos orgánicos y los convierten en abono.',
			challenge: 'Los residuos de los mercados llenaban el vertedero.',
			solution: 'Cada puesto separa los residuos; una cooperativa los composta.',
			results: 'El 40 % de los residuos orgánicos se composta.',
			replicability: 'Necesita una cooperativa y un terreno cerca del mercado.',
			language: 'es',
			modality: 'south-south',
			start_year: 2019,
			end_year: null,
			enabling_factors: null,
			constraints: null,
			resources_mobilized: null,
			contact_name: null,
			contact_email: null,
			organization_id: null,
			status: 'published',
			submitted_at: null,
			published_at: now,
			created_by: null,
			updated_at: now,
			...values
		})
		.returningAll()
		.executeTakeFirstOrThrow();
}

/** A complete French translation of `makeSolution`'s texts. */
export const FRENCH = {
	title: 'Compostage communautaire dans les marchés',
	summary: 'Les marchés trient les déchets organiques et les transforment en compost.',
	challenge: 'Les déchets des marchés remplissaient la décharge.',
	solution: 'Chaque étal trie ses déchets ; une coopérative les composte.',
	results: '40 % des déchets organiques sont compostés.',
	replicability: 'Il faut une coopérative et un terrain près du marché.',
	enablingFactors: '',
	constraints: ''
};
