import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import type { Mailer } from '../mail/mail.service.ts';
import { defineJob, type JobQueue, type JobRun } from './job.ts';
import { createJobQueue, type JobQueueOptions } from './job-queue.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until the condition holds; fails the test with the message after the timeout. */
async function waitFor(
	condition: () => boolean | Promise<boolean>,
	message: string,
	timeoutMs = 10_000
): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!(await condition())) {
		if (Date.now() > deadline) throw new Error(`Timed out: ${message}`);
		await sleep(50);
	}
}

const noMail: Mailer = {
	async send() {
		throw new Error('These jobs send no email.');
	}
};

const numbered = z.object({ n: z.number().int() });

for (const dialect of inject('dialects')) {
	describe(`job queue [${dialect}]`, () => {
		let database: TestDatabase;
		const queues: JobQueue[] = [];
		const failures: string[] = [];

		/** A queue on the test database, as a process would make it; stopped after each test. */
		function makeQueue(options: JobQueueOptions & { now?: () => Date } = {}): JobQueue {
			const queue = createJobQueue(database, {
				services: { now: options.now ?? (() => new Date()), mailer: noMail, origin: 'http://test' },
				pollIntervalMs: 200,
				onFailure: (failure) => failures.push(`${failure.name}#${failure.attempt}`),
				...options
			});
			queues.push(queue);
			return queue;
		}

		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
		});
		afterEach(async () => {
			await Promise.all(queues.splice(0).map((queue) => queue.stop()));
		});
		afterAll(async () => {
			await database?.destroy();
		});

		it('runs a job queued in a committed transaction once, with its id and attempt', async () => {
			const runs: { n: number; run: JobRun }[] = [];
			const job = defineJob({
				id: 'test.once',
				payload: numbered,
				handler: async ({ n }, _services, run) => {
					runs.push({ n, run });
				}
			});
			const queue = makeQueue();
			await queue.start([job]);
			const id = await database.db
				.transaction()
				.execute((trx) => queue.enqueue(trx, job, { n: 1 }));
			await waitFor(() => runs.length === 1, 'the job ran');
			await sleep(600);
			expect(runs).toEqual([{ n: 1, run: { jobId: id, attempt: 1 } }]);
			await waitFor(async () => (await queue.counts()).queued === 0, 'nothing is left waiting');
		});

		it('works through more jobs than it runs at once, each outlasting the poll interval', async () => {
			let running = 0;
			let most = 0;
			const finished: number[] = [];
			const slow = defineJob({
				id: 'test.slow',
				payload: numbered,
				handler: async ({ n }) => {
					running += 1;
					most = Math.max(most, running);
					await sleep(300);
					running -= 1;
					finished.push(n);
				}
			});
			const queue = makeQueue({ concurrency: 2, pollIntervalMs: 100 });
			for (const n of [1, 2, 3, 4, 5, 6]) await queue.enqueue(database.db, slow, { n });
			await queue.start([slow]);
			await waitFor(() => finished.length === 6, 'all six jobs ran');
			expect(finished.toSorted()).toEqual([1, 2, 3, 4, 5, 6]);
			expect(most).toBeLessThanOrEqual(2);
		});

		it('refuses a payload that does not fit its schema, and stores nothing', async () => {
			const job = defineJob({ id: 'test.checked', payload: numbered, handler: async () => {} });
			const queue = makeQueue({ worker: false });
			const before = await queue.counts();
			await expect(
				queue.enqueue(database.db, job, { n: 'one' } as unknown as { n: number })
			).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'n' }] });
			expect(await queue.counts()).toEqual(before);
		});

		it('never runs a job queued in a transaction that rolled back', async () => {
			const ran: number[] = [];
			const job = defineJob({
				id: 'test.rollback',
				payload: numbered,
				handler: async ({ n }) => {
					ran.push(n);
				}
			});
			const queue = makeQueue();
			await queue.start([job]);
			await expect(
				database.db.transaction().execute(async (trx) => {
					await queue.enqueue(trx, job, { n: 1 });
					throw new Error('the change failed');
				})
			).rejects.toThrow('the change failed');
			await queue.enqueue(database.db, job, { n: 2 });
			await waitFor(() => ran.includes(2), 'the committed job ran');
			await sleep(800);
			expect(ran).toEqual([2]);
		});

		it('retries a failing job with backoff, keeps it dead after the limit, and runs it again on retry', async () => {
			let working = false;
			const tries: { at: number; run: JobRun }[] = [];
			const job = defineJob({
				id: 'test.flaky',
				payload: numbered,
				retry: { limit: 2, delaySeconds: 1, backoff: true },
				summary: ({ n }) => `number ${n}`,
				handler: async (_payload, _services, run) => {
					tries.push({ at: Date.now(), run });
					if (!working) throw new Error('The relay is down');
				}
			});
			const queue = makeQueue();
			await queue.start([job]);
			await queue.enqueue(database.db, job, { n: 7 });
			const deadOnes = async () =>
				(await queue.listFailed(20)).filter((record) => record.name === job.id);
			await waitFor(async () => (await deadOnes()).length === 1, 'the job is dead', 15_000);

			expect(tries.map((one) => one.run.attempt)).toEqual([1, 2, 3]);
			const [first, second, third] = tries.map((one) => one.at);
			// 1 s before the first retry, then 2 s (doubled); without backoff both would be 1 s.
			expect(second! - first!).toBeGreaterThanOrEqual(900);
			expect(third! - second!).toBeGreaterThanOrEqual(1_900);
			expect(failures.filter((failure) => failure.startsWith(job.id))).toEqual([
				'test.flaky#1',
				'test.flaky#2',
				'test.flaky#3'
			]);
			const [dead] = await deadOnes();
			expect(dead).toMatchObject({ name: job.id, state: 'failed', attempts: 3, payload: { n: 7 } });
			expect(dead!.lastError).toContain('The relay is down');
			expect((await queue.counts()).failed).toBeGreaterThanOrEqual(1);

			working = true;
			await queue.retryFailed(dead!.id);
			await waitFor(() => tries.length === 4, 'the retried job ran');
			// A fresh set of attempts, under the same job id (what makes its effects happen once).
			expect(tries[3]!.run).toEqual({ jobId: tries[0]!.run.jobId, attempt: 1 });
			await waitFor(async () => (await deadOnes()).length === 0, 'no dead job is left');
			await expect(queue.retryFailed(dead!.id)).rejects.toMatchObject({ code: 'not_found' });
		});

		it('queues a singleton once while it waits or runs, and again once it is done', async () => {
			const ran: number[] = [];
			const job = defineJob({
				id: 'test.single',
				payload: numbered,
				handler: async ({ n }) => {
					ran.push(n);
				}
			});
			const producer = makeQueue({ worker: false });
			const first = await producer.enqueue(database.db, job, { n: 1 }, { singletonKey: 'k' });
			expect(first).toEqual(expect.any(String));
			expect(await producer.enqueue(database.db, job, { n: 2 }, { singletonKey: 'k' })).toBeNull();
			expect(await producer.enqueue(database.db, job, { n: 3 }, { singletonKey: 'other' })).toEqual(
				expect.any(String)
			);
			// Jobs without a key never collide.
			await producer.enqueue(database.db, job, { n: 4 });
			await producer.enqueue(database.db, job, { n: 5 });

			const worker = makeQueue();
			await worker.start([job]);
			await waitFor(() => ran.length === 4, 'the four queued jobs ran');
			expect(ran.toSorted()).toEqual([1, 3, 4, 5]);
			await waitFor(
				async () =>
					(await producer.enqueue(database.db, job, { n: 6 }, { singletonKey: 'k' })) !== null,
				'the key is free again'
			);
			await waitFor(() => ran.includes(6), 'the new singleton ran');
		});

		it('survives a restart: queued jobs and a job cut off mid-run each run exactly once on the next start', async () => {
			const delivered: number[] = [];
			const survivor = defineJob({
				id: 'test.survivor',
				payload: numbered,
				handler: async ({ n }) => {
					delivered.push(n);
				}
			});
			const attempts: number[] = [];
			let releaseFirstRun = () => {};
			const interrupted = defineJob({
				id: 'test.interrupted',
				payload: numbered,
				retry: { limit: 3, delaySeconds: 1, backoff: false },
				handler: async (_payload, _services, run) => {
					attempts.push(run.attempt);
					// The first run hangs until the process it ran in is long gone.
					if (run.attempt === 1) await new Promise<void>((done) => (releaseFirstRun = done));
				}
			});

			const before = makeQueue({ stopTimeoutMs: 200 });
			for (const n of [1, 2, 3, 4, 5]) await before.enqueue(database.db, survivor, { n });
			// This process only works the job that will hang, so the others are still waiting.
			await before.start([interrupted]);
			await before.enqueue(database.db, interrupted, { n: 0 });
			await waitFor(() => attempts.length === 1, 'the job that hangs started');
			await before.stop();
			expect(delivered).toEqual([]);

			const after = makeQueue();
			await after.start([survivor, interrupted]);
			await waitFor(
				() => delivered.length === 5 && attempts.length === 2,
				'every job ran after the restart',
				15_000
			);
			releaseFirstRun();
			await sleep(800);
			expect(delivered.toSorted()).toEqual([1, 2, 3, 4, 5]);
			expect(attempts).toEqual([1, 2]);
			await waitFor(async () => (await after.counts()).running === 0, 'nothing is left running');
		});

		it.runIf(dialect === 'sqlite')(
			'takes back a job a killed process left running, or kills it on its last attempt',
			async () => {
				const ran: number[] = [];
				const job = defineJob({
					id: 'test.orphan',
					payload: numbered,
					retry: { limit: 1, delaySeconds: 1, backoff: false },
					handler: async ({ n }) => {
						ran.push(n);
					}
				});
				const at = new Date().toISOString();
				const orphan = (id: string, n: number, attempts: number) => ({
					id,
					name: job.id,
					payload: JSON.stringify({ n }),
					state: 'running' as const,
					attempts,
					max_attempts: 2,
					run_at: at,
					locked_until: at,
					created_at: at,
					updated_at: at
				});
				await database.db
					.insertInto('jobs')
					.values([orphan('orphan-1', 1, 1), orphan('orphan-2', 2, 2)])
					.execute();
				const queue = makeQueue();
				await queue.start([job]);
				await waitFor(() => ran.length === 1, 'the orphan with an attempt left ran');
				await sleep(500);
				expect(ran).toEqual([1]);
				const dead = (await queue.listFailed(20)).find((record) => record.id === 'orphan-2');
				expect(dead?.lastError).toContain('Interrupted');
			}
		);

		it('keeps a timetable: the next slot is queued once, runs when due, and a restart adds no second run', async () => {
			let clock = new Date('2031-03-04T06:59:59.000Z');
			const runs: string[] = [];
			const daily = defineJob({
				id: 'test.daily',
				payload: z.object({}),
				cron: '0 7 * * *',
				handler: async (_payload, services) => {
					runs.push(services.now().toISOString());
				}
			});
			const queue = makeQueue({ now: () => clock });
			await queue.start([daily]);
			if (dialect === 'postgres') {
				// pg-boss runs the timetable itself, once per slot across every server.
				const { rows } = await sql<{ cron: string; timezone: string }>`
					select cron, timezone from pgboss.schedule where name = ${daily.id}
				`.execute(database.db);
				expect(rows).toEqual([{ cron: '0 7 * * *', timezone: 'UTC' }]);
				await queue.stop();
				await makeQueue().start([]);
				const left = await sql`select 1 from pgboss.schedule where name = ${daily.id}`.execute(
					database.db
				);
				expect(left.rows).toEqual([]);
				return;
			}
			const waiting = () =>
				database.db
					.selectFrom('jobs')
					.select('run_at')
					.where('name', '=', daily.id)
					.where('state', '=', 'queued')
					.execute();
			expect(await waiting()).toEqual([{ run_at: '2031-03-04T07:00:00.000Z' }]);
			await sleep(500);
			expect(runs).toEqual([]);

			clock = new Date('2031-03-04T07:00:00.500Z');
			await waitFor(() => runs.length === 1, 'the 07:00 run');
			await waitFor(
				async () => (await waiting()).length === 1,
				'the next slot is queued after the run'
			);
			expect(await waiting()).toEqual([{ run_at: '2031-03-05T07:00:00.000Z' }]);

			await queue.stop();
			await makeQueue({ now: () => clock }).start([daily]);
			expect(await waiting()).toEqual([{ run_at: '2031-03-05T07:00:00.000Z' }]);
			expect(runs).toEqual(['2031-03-04T07:00:00.500Z']);
		});
	});
}
