import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { rateLimited } from '../http/errors.ts';
import { system, type Actor } from '../identity/actor.ts';
import { createUser } from '../identity/identity.service.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { defineJob, type JobQueue } from './job.ts';
import { createJobQueue } from './job-queue.ts';
import { listDeadJobs, retryDeadJob } from './jobs-admin.service.ts';

let admin: Actor = { kind: 'visitor' };
const curator: Actor = { kind: 'user', userId: 2, role: 'curator' };
const member: Actor = { kind: 'user', userId: 3, role: 'member' };
const origin = { ip: '203.0.113.7' };
const allow = { enforce: async () => {} };

const noMail: Mailer = {
	async send() {
		throw new Error('These jobs send no email.');
	}
};

async function waitFor(condition: () => Promise<boolean> | boolean, message: string) {
	const deadline = Date.now() + 10_000;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`Timed out: ${message}`);
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
}

for (const dialect of inject('dialects')) {
	describe(`jobs for admins [${dialect}]`, () => {
		let database: TestDatabase;
		let queue: JobQueue;
		let working = false;
		const runs: string[] = [];
		const reminder = defineJob({
			id: 'test.reminder',
			payload: z.object({ to: z.string(), secret: z.string() }),
			retry: { limit: 0, delaySeconds: 1, backoff: false },
			summary: ({ to }) => `reminder to ${to}`,
			handler: async ({ to }) => {
				runs.push(to);
				if (!working) throw new Error('Mail relay refused the message');
			}
		});
		const context = (actor: Actor) => ({ db: database.db, actor, queue, jobs: [reminder] });
		const deadReminders = async () =>
			(await listDeadJobs(context(admin))).dead.filter((job) => job.name === reminder.id);

		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
			const account = await createUser({
				db: database.db,
				actor: system,
				input: {
					email: 'operator@galaxy.example',
					role: 'admin',
					displayName: 'Operator',
					password: 'a long operator passphrase'
				}
			});
			admin = { kind: 'user', userId: account.id, role: 'admin' };
			queue = createJobQueue(database, {
				services: { now: () => new Date(), mailer: noMail, origin: 'http://test' },
				pollIntervalMs: 200,
				onFailure: () => {}
			});
			await queue.start([reminder]);
			await queue.enqueue(database.db, reminder, {
				to: 'focal@koidu.example',
				secret: 'token-123'
			});
			await waitFor(async () => (await deadReminders()).length === 1, 'the reminder is dead');
		});
		afterAll(async () => {
			await queue?.stop();
			await database?.destroy();
		});

		it('shows admins the dead job with its summary and error, never its payload', async () => {
			const { counts, dead } = await listDeadJobs(context(admin));
			expect(counts.failed).toBeGreaterThanOrEqual(1);
			const [reminderJob] = dead.filter((job) => job.name === reminder.id);
			expect(reminderJob).toEqual({
				id: expect.any(String),
				name: 'test.reminder',
				attempts: 1,
				lastError: expect.stringContaining('Mail relay refused the message'),
				summary: 'reminder to focal@koidu.example',
				queuedAt: expect.any(String),
				failedAt: expect.any(String)
			});
			expect(JSON.stringify(dead)).not.toContain('token-123');
		});

		it('refuses curators, members and visitors', async () => {
			for (const actor of [curator, member, { kind: 'visitor' } as const]) {
				await expect(listDeadJobs(context(actor))).rejects.toMatchObject({ code: 'forbidden' });
				await expect(
					retryDeadJob({ ...context(actor), limiter: allow }, { jobId: 'any' }, origin)
				).rejects.toMatchObject({ code: 'forbidden' });
			}
		});

		it('names the field of a bad retry, and answers 404 for a job that is not dead', async () => {
			await expect(
				retryDeadJob({ ...context(admin), limiter: allow }, { jobId: ' ' }, origin)
			).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'jobId' }] });
			await expect(
				retryDeadJob(
					{ ...context(admin), limiter: allow },
					{ jobId: '5f0c7a52-3a4e-4b8e-9d55-0b7e8c1f2a3b' },
					origin
				)
			).rejects.toMatchObject({ code: 'not_found' });
		});

		it('is rate limited', async () => {
			const [dead] = await deadReminders();
			const refuse = {
				enforce: async () => {
					throw rateLimited(30);
				}
			};
			await expect(
				retryDeadJob({ ...context(admin), limiter: refuse }, { jobId: dead!.id }, origin)
			).rejects.toMatchObject({ code: 'rate_limited' });
			expect(await deadReminders()).toHaveLength(1);
		});

		it('runs a retried job again and audits who retried it', async () => {
			const [dead] = await deadReminders();
			working = true;
			const before = runs.length;
			await retryDeadJob({ ...context(admin), limiter: allow }, { jobId: dead!.id }, origin);
			await waitFor(() => runs.length === before + 1, 'the retried job ran');
			await waitFor(async () => (await deadReminders()).length === 0, 'nothing is dead any more');
			const audit = await database.db
				.selectFrom('audit_events')
				.select(['action', 'actor_user_id', 'subject_type', 'subject_id', 'ip_address'])
				.where('action', '=', 'job-retried')
				.execute();
			expect(audit).toEqual([
				{
					action: 'job-retried',
					actor_user_id: admin.kind === 'user' ? admin.userId : null,
					subject_type: 'job',
					subject_id: dead!.id,
					ip_address: '203.0.113.7'
				}
			]);
		});
	});
}
