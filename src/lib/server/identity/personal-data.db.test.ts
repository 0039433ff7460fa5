import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import type { NewRow } from '../db/database.ts';
import { createRateLimiters } from '../http/rate-limit.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import { system, visitor, type Actor, type PlatformRole } from './actor.ts';
import { resolveSession, signIn } from './auth.service.ts';
import type { AccountContext } from './identity.dependencies.ts';
import { createUser } from './identity.service.ts';
import { personalDataFileName } from './personal-data.presenter.ts';
import { deleteAccount, exportPersonalData } from './personal-data.service.ts';
import { hashSecret, newSecret } from './secrets.ts';

const origin = { ip: '198.51.100.23', userAgent: 'test-agent', locale: 'en' };
const PASSWORD = 'monsoon drainage works plan';
const unique = () => randomBytes(4).toString('hex');

/** Every key of a JSON value, however deeply nested. */
function keysOf(value: unknown): string[] {
	if (Array.isArray(value)) return value.flatMap(keysOf);
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
}

for (const dialect of inject('dialects')) {
	describe(`personal data [${dialect}]`, () => {
		let database: TestDatabase;
		let context: AccountContext;
		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
			context = {
				db: database.db,
				mailer: createMailer({ db: database.db, config: readMailConfig({}) }),
				limiters: createRateLimiters(database),
				composeEmail: () => ({ subject: '', text: '', html: '' }),
				origin: 'https://galaxy.test'
			};
		});
		afterAll(async () => {
			await database?.destroy();
		});
		const db = () => database.db;

		/** A confirmed account with one session, as the person who signed in sees it. */
		async function member(role: PlatformRole = 'member') {
			const email = `person-${unique()}@city.example`;
			const user = await createUser({
				db: db(),
				actor: system,
				input: { email, displayName: 'City focal point', role, password: PASSWORD }
			});
			const session = await signIn(context, { email, password: PASSWORD }, origin);
			const actor: Actor = { kind: 'user', userId: user.id, role };
			return { id: user.id, email, actor, sessionToken: session.sessionToken };
		}

		async function organization() {
			const slug = `org-${unique()}`;
			return db()
				.insertInto('organizations')
				.values({
					slug,
					name: `City of ${slug}`,
					kind: 'local-government',
					description: 'A city.',
					updated_at: new Date().toISOString()
				})
				.returning(['id', 'slug', 'name'])
				.executeTakeFirstOrThrow();
		}

		async function solution(
			createdBy: number,
			status: NewRow<'solutions'>['status'],
			extra: Partial<NewRow<'solutions'>> = {}
		) {
			const slug = `solution-${status}-${unique()}`;
			return db()
				.insertInto('solutions')
				.values({
					slug,
					title: `Solution ${slug}`,
					summary: 'Summary.',
					challenge: 'Challenge.',
					solution: 'Solution.',
					results: 'Results.',
					language: 'en',
					modality: 'south-south',
					status,
					published_at: status === 'published' ? new Date().toISOString() : null,
					created_by: createdBy,
					updated_at: new Date().toISOString(),
					...extra
				})
				.returning(['id', 'slug'])
				.executeTakeFirstOrThrow();
		}

		async function needWithConnection(createdBy: number) {
			const now = new Date().toISOString();
			const need = await db()
				.insertInto('needs')
				.values({
					slug: `need-${unique()}`,
					title: 'Cleaner markets',
					description: 'Our markets flood.',
					language: 'en',
					visibility: 'public',
					status: 'open',
					created_by: createdBy,
					updated_at: now
				})
				.returning(['id', 'slug'])
				.executeTakeFirstOrThrow();
			const connection = await db()
				.insertInto('connections')
				.values({ need_id: need.id, stage: 'suggested', updated_at: now })
				.returning('id')
				.executeTakeFirstOrThrow();
			await db()
				.insertInto('connection_transitions')
				.values({
					connection_id: connection.id,
					from_stage: null,
					to_stage: 'suggested',
					actor_user_id: createdBy,
					note: 'Met at the cluster workshop.'
				})
				.execute();
			return { ...need, connectionId: connection.id };
		}

		async function counts(userId: number) {
			const count = async (query: Promise<{ n: number | string | bigint }>) =>
				Number((await query).n);
			return {
				users: await count(
					db()
						.selectFrom('users')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('id', '=', userId)
						.executeTakeFirstOrThrow()
				),
				sessions: await count(
					db()
						.selectFrom('sessions')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('user_id', '=', userId)
						.executeTakeFirstOrThrow()
				),
				solutions: await count(
					db()
						.selectFrom('solutions')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('created_by', '=', userId)
						.executeTakeFirstOrThrow()
				),
				needs: await count(
					db()
						.selectFrom('needs')
						.select((eb) => eb.fn.countAll().as('n'))
						.where('created_by', '=', userId)
						.executeTakeFirstOrThrow()
				)
			};
		}

		const solutionRow = (id: number) =>
			db()
				.selectFrom('solutions')
				.select(['status', 'created_by'])
				.where('id', '=', id)
				.executeTakeFirst();

		describe('exporting', () => {
			it('gives the account, sessions, memberships, tokens, events and contributions, and no secret', async () => {
				const person = await member();
				const org = await organization();
				await db()
					.insertInto('organization_memberships')
					.values({ organization_id: org.id, user_id: person.id, role: 'editor', status: 'active' })
					.execute();
				const apiToken = newSecret();
				await db()
					.insertInto('api_tokens')
					.values({
						user_id: person.id,
						name: 'Open data portal',
						token_hash: hashSecret(apiToken),
						prefix: apiToken.slice(0, 8),
						scope: 'read',
						created_at: new Date().toISOString()
					})
					.execute();
				const published = await solution(person.id, 'published');
				const need = await needWithConnection(person.id);
				const exportedAt = new Date('2026-03-04T05:06:07.000Z');

				const data = await exportPersonalData({ db: db(), actor: person.actor, now: exportedAt });

				expect(data).toMatchObject({
					formatVersion: 1,
					exportedAt: '2026-03-04T05:06:07.000Z',
					account: {
						email: person.email,
						displayName: 'City focal point',
						role: 'member',
						emailVerifiedAt: expect.any(String),
						createdAt: expect.any(String)
					},
					organizationMemberships: [
						{ organization: { slug: org.slug, name: org.name }, role: 'editor', status: 'active' }
					],
					apiTokens: [{ name: 'Open data portal', prefix: apiToken.slice(0, 8), scope: 'read' }],
					contributions: {
						solutions: [{ slug: published.slug, status: 'published' }],
						needs: [{ slug: need.slug, title: 'Cleaner markets', status: 'open' }],
						connectionSteps: [
							{ connectionId: need.connectionId, note: 'Met at the cluster workshop.' }
						]
					}
				});
				expect(data.sessions).toEqual([
					expect.objectContaining({ userAgent: 'test-agent', ipAddress: origin.ip })
				]);
				expect(data.auditEvents.map((event) => event.action)).toContain('sign-in');
				expect(personalDataFileName(data.exportedAt)).toBe(
					'south-south-galaxy-data-2026-03-04.json'
				);

				// Plain JSON, and not one secret in it: no hash field, no hash value.
				expect(JSON.parse(JSON.stringify(data))).toEqual(data);
				expect(keysOf(data).filter((key) => /hash|secret|token_?hash|password/i.test(key))).toEqual(
					[]
				);
				const user = await db()
					.selectFrom('users')
					.select('password_hash')
					.where('id', '=', person.id)
					.executeTakeFirstOrThrow();
				const text = JSON.stringify(data);
				expect(text).not.toContain(user.password_hash);
				expect(text).not.toContain(hashSecret(apiToken));
				expect(text).not.toContain(apiToken);
				expect(text).not.toContain(hashSecret(person.sessionToken));
				expect(text).not.toContain(person.sessionToken);
			});

			it('holds only the person’s own data', async () => {
				const person = await member();
				const other = await member();
				await solution(other.id, 'published');
				const data = await exportPersonalData({ db: db(), actor: person.actor });
				expect(data.account.email).toBe(person.email);
				expect(data.contributions.solutions).toEqual([]);
				expect(data.sessions).toHaveLength(1);
				expect(JSON.stringify(data)).not.toContain(other.email);
			});

			it('refuses visitors and the command line', async () => {
				await expect(exportPersonalData({ db: db(), actor: visitor })).rejects.toMatchObject({
					code: 'unauthenticated'
				});
				await expect(exportPersonalData({ db: db(), actor: system })).rejects.toMatchObject({
					code: 'unauthenticated'
				});
			});
		});

		describe('deleting', () => {
			it('refuses visitors', async () => {
				await expect(
					deleteAccount(
						{ db: db(), actor: visitor },
						{ password: PASSWORD, removeContributions: false },
						origin
					)
				).rejects.toMatchObject({ code: 'unauthenticated' });
			});

			it('refuses a wrong password and changes nothing', async () => {
				const person = await member();
				await solution(person.id, 'published');
				await needWithConnection(person.id);
				const before = await counts(person.id);
				const auditBefore = await db().selectFrom('audit_events').select('id').execute();

				for (const password of ['not my password', '']) {
					await expect(
						deleteAccount(
							{ db: db(), actor: person.actor },
							{ password, removeContributions: true },
							origin
						)
					).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'password' }] });
				}
				expect(await counts(person.id)).toEqual(before);
				expect(before).toMatchObject({ users: 1, sessions: 1, solutions: 1, needs: 1 });
				expect(await db().selectFrom('audit_events').select('id').execute()).toHaveLength(
					auditBefore.length
				);
				expect(await resolveSession(context, person.sessionToken)).not.toBeNull();
			});

			it('keeps contributions as "former member" by default, and ends sessions, tokens and memberships', async () => {
				const person = await member();
				const org = await organization();
				await db()
					.insertInto('organization_memberships')
					.values({ organization_id: org.id, user_id: person.id, role: 'member', status: 'active' })
					.execute();
				await db()
					.insertInto('api_tokens')
					.values({
						user_id: person.id,
						name: 'script',
						token_hash: hashSecret(newSecret()),
						prefix: 'abcd1234',
						scope: 'read-write',
						created_at: new Date().toISOString()
					})
					.execute();
				const published = await solution(person.id, 'published');
				const draft = await solution(person.id, 'draft');
				const need = await needWithConnection(person.id);

				const result = await deleteAccount(
					{ db: db(), actor: person.actor },
					{ password: PASSWORD, removeContributions: false },
					origin
				);

				expect(result).toEqual({
					contributions: 'kept',
					solutionsDeleted: 0,
					solutionsArchived: 0,
					needsDeleted: 0
				});
				expect(await solutionRow(published.id)).toEqual({ status: 'published', created_by: null });
				expect(await solutionRow(draft.id)).toEqual({ status: 'draft', created_by: null });
				expect(
					await db()
						.selectFrom('needs')
						.select('created_by')
						.where('id', '=', need.id)
						.executeTakeFirst()
				).toEqual({ created_by: null });
				expect(
					await db()
						.selectFrom('connection_transitions')
						.select('actor_user_id')
						.where('connection_id', '=', need.connectionId)
						.execute()
				).toEqual([{ actor_user_id: null }]);

				expect(await counts(person.id)).toEqual({ users: 0, sessions: 0, solutions: 0, needs: 0 });
				expect(await resolveSession(context, person.sessionToken)).toBeNull();
				for (const table of ['api_tokens', 'organization_memberships', 'user_tokens'] as const) {
					const rows = await db()
						.selectFrom(table)
						.select('user_id')
						.where('user_id', '=', person.id)
						.execute();
					expect(rows, table).toEqual([]);
				}
			});

			it('records who was deleted, though the account is gone', async () => {
				const person = await member();
				await deleteAccount(
					{ db: db(), actor: person.actor, now: new Date('2026-05-06T07:08:09.000Z') },
					{ password: PASSWORD, removeContributions: false },
					origin
				);
				const event = await db()
					.selectFrom('audit_events')
					.selectAll()
					.where('action', '=', 'account-deleted')
					.where('subject_id', '=', String(person.id))
					.executeTakeFirstOrThrow();
				expect(event).toMatchObject({
					actor_user_id: null,
					subject_type: 'user',
					ip_address: origin.ip,
					occurred_at: '2026-05-06T07:08:09.000Z'
				});
				expect(JSON.parse(event.details ?? '{}')).toMatchObject({
					userId: person.id,
					contributions: 'kept'
				});
				// The person's earlier events stay, no longer tied to an account.
				const signIns = await db()
					.selectFrom('audit_events')
					.select('actor_user_id')
					.where('action', '=', 'sign-in')
					.where('subject_id', '=', String(person.id))
					.execute();
				expect(signIns).toEqual([{ actor_user_id: null }]);
			});

			it('removes contributions when asked: unpublished deleted, published archived, needs deleted', async () => {
				const person = await member();
				const other = await member();
				const published = await solution(person.id, 'published');
				const draft = await solution(person.id, 'draft');
				const submitted = await solution(person.id, 'submitted');
				const returned = await solution(person.id, 'changes-requested');
				const need = await needWithConnection(person.id);
				const othersSolution = await solution(other.id, 'draft');
				const othersNeed = await needWithConnection(other.id);

				const result = await deleteAccount(
					{ db: db(), actor: person.actor },
					{ password: PASSWORD, removeContributions: true },
					origin
				);

				expect(result).toEqual({
					contributions: 'removed',
					solutionsDeleted: 3,
					solutionsArchived: 1,
					needsDeleted: 1
				});
				expect(await solutionRow(published.id)).toEqual({ status: 'archived', created_by: null });
				for (const gone of [draft, submitted, returned]) {
					expect(await solutionRow(gone.id)).toBeUndefined();
				}
				const needs = await db()
					.selectFrom('needs')
					.select('id')
					.where('id', 'in', [need.id, othersNeed.id])
					.execute();
				expect(needs).toEqual([{ id: othersNeed.id }]);
				expect(await solutionRow(othersSolution.id)).toEqual({
					status: 'draft',
					created_by: other.id
				});
				expect(await counts(other.id)).toMatchObject({ users: 1, sessions: 1 });
			});

			it('refuses to delete the last admin, and allows it once there is another', async () => {
				await db()
					.updateTable('users')
					.set({ role: 'member' })
					.where('role', '=', 'admin')
					.execute();
				const admin = await member('admin');
				const request = () =>
					deleteAccount(
						{ db: db(), actor: admin.actor },
						{ password: PASSWORD, removeContributions: false },
						origin
					);

				await expect(request()).rejects.toMatchObject({ code: 'conflict' });
				expect(await counts(admin.id)).toMatchObject({ users: 1, sessions: 1 });

				await member('admin');
				await expect(request()).resolves.toMatchObject({ contributions: 'kept' });
				expect(await counts(admin.id)).toMatchObject({ users: 0, sessions: 0 });
			});

			it('keeps one admin when the last two leave at the same moment', async () => {
				// A race shows only sometimes, so run it a few times.
				for (let round = 0; round < 5; round += 1) {
					await db()
						.updateTable('users')
						.set({ role: 'member' })
						.where('role', '=', 'admin')
						.execute();
					const admins = [await member('admin'), await member('admin')];
					const outcomes = await Promise.allSettled(
						admins.map((admin) =>
							deleteAccount(
								{ db: db(), actor: admin.actor },
								{ password: PASSWORD, removeContributions: false },
								origin
							)
						)
					);
					expect(outcomes.map((outcome) => outcome.status).sort()).toEqual([
						'fulfilled',
						'rejected'
					]);
					const left = await db()
						.selectFrom('users')
						.select('id')
						.where('role', '=', 'admin')
						.execute();
					expect(left).toHaveLength(1);
				}
			});
		});
	});
}
