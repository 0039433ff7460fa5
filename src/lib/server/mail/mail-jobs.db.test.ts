import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-database.ts';
import { createJobQueue } from '../jobs/job-queue.ts';
import { createTestQueue } from '../jobs/testing.ts';
import type { MailConfig } from './mail.config.ts';
import { queuedMailer, sendEmail } from './mail-jobs.ts';
import { createMailer, MailDeliveryError } from './mail.service.ts';

const FROM = 'South-South Galaxy <no-reply@localhost>';
const recipient = () => `person-${crypto.randomUUID().slice(0, 8)}@city.example.org`;
const message = (to: string) => ({ to, subject: 'Your password reset', text: 'Open the link.' });

/** An SMTP server in this process that can refuse recipients, as a relay having trouble does. */
async function startRelay() {
	const received: string[] = [];
	const relay = { refusing: false, received, url: '', close: async () => {} };
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onRcptTo(address, _session, callback) {
			if (!relay.refusing) return callback();
			callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
		},
		onData(stream, session, callback) {
			stream.resume();
			stream.on('end', () => {
				received.push(...session.envelope.rcptTo.map((address) => address.address));
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	relay.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
	relay.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
	return relay;
}

for (const dialect of inject('dialects')) {
	describe(`email as a job [${dialect}]`, () => {
		let database: TestDatabase;
		let relay: Awaited<ReturnType<typeof startRelay>>;
		const smtp = (): MailConfig => ({ smtpUrl: relay.url, from: FROM });
		const outboxRows = (to: string) =>
			database.db
				.selectFrom('mail_outbox')
				.select(['id', 'status', 'job_id'])
				.where('to_address', '=', to)
				.execute();

		beforeAll(async () => {
			database = await createTestDatabase(dialect, 'empty');
			relay = await startRelay();
		});
		afterAll(async () => {
			await relay?.close();
			await database?.destroy();
		});

		it('queues a valid message and refuses a bad one without queueing it', async () => {
			const queue = createTestQueue();
			const mailer = queuedMailer(queue, database.db);
			await expect(
				mailer.send({ to: 'not an address', subject: 'Hello', text: 'Hi' })
			).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'to' }] });
			expect(queue.pending()).toEqual([]);

			const to = recipient();
			await mailer.send(message(to));
			expect(queue.pending()).toEqual([{ name: 'mail.send', payload: message(to) }]);
			expect(await outboxRows(to)).toEqual([]);
		});

		it('sends a message once however often its job runs', async () => {
			const to = recipient();
			const services = {
				db: database.db,
				queue: createTestQueue(),
				now: () => new Date(),
				mailer: createMailer({ db: database.db, config: smtp() }),
				origin: 'http://test'
			};
			const run = { jobId: crypto.randomUUID(), attempt: 1 };
			await sendEmail.handler(message(to), services, run);
			await sendEmail.handler(message(to), services, { ...run, attempt: 2 });
			expect(relay.received.filter((address) => address === to)).toHaveLength(1);
			expect(await outboxRows(to)).toEqual([
				{ id: expect.any(Number), status: 'sent', job_id: run.jobId }
			]);
		});

		it('sends on the retry after the relay refused, in the same outbox row', async () => {
			const to = recipient();
			const services = {
				db: database.db,
				queue: createTestQueue(),
				now: () => new Date(),
				mailer: createMailer({ db: database.db, config: smtp() }),
				origin: 'http://test'
			};
			const run = { jobId: crypto.randomUUID(), attempt: 1 };
			relay.refusing = true;
			try {
				await expect(sendEmail.handler(message(to), services, run)).rejects.toBeInstanceOf(
					MailDeliveryError
				);
			} finally {
				relay.refusing = false;
			}
			const [failed] = await outboxRows(to);
			expect(failed).toMatchObject({ status: 'failed', job_id: run.jobId });

			await sendEmail.handler(message(to), services, { ...run, attempt: 2 });
			expect(await outboxRows(to)).toEqual([{ id: failed!.id, status: 'sent', job_id: run.jobId }]);
			expect(relay.received.filter((address) => address === to)).toHaveLength(1);
		});

		it('keeps one outbox row per job without SMTP', async () => {
			const to = recipient();
			const services = {
				db: database.db,
				queue: createTestQueue(),
				now: () => new Date(),
				mailer: createMailer({ db: database.db, config: { smtpUrl: null, from: FROM } }),
				origin: 'http://test'
			};
			const run = { jobId: crypto.randomUUID(), attempt: 1 };
			await sendEmail.handler(message(to), services, run);
			await sendEmail.handler(message(to), services, { ...run, attempt: 2 });
			expect(await outboxRows(to)).toEqual([
				{ id: expect.any(Number), status: 'stored', job_id: run.jobId }
			]);
		});

		it('delivers what use-cases send through the worker of the real queue', async () => {
			const queue = createJobQueue(database, {
				services: {
					now: () => new Date(),
					mailer: createMailer({ db: database.db, config: smtp() }),
					origin: 'http://test'
				},
				pollIntervalMs: 200
			});
			try {
				await queue.start([sendEmail]);
				const to = recipient();
				await queuedMailer(queue, database.db).send(message(to));
				const deadline = Date.now() + 10_000;
				const sent = async () => (await outboxRows(to)).some((row) => row.status === 'sent');
				while (!(await sent()) && Date.now() < deadline) {
					await new Promise((resolve) => setTimeout(resolve, 50));
				}
				expect(relay.received.filter((address) => address === to)).toHaveLength(1);
				expect(await outboxRows(to)).toEqual([
					{ id: expect.any(Number), status: 'sent', job_id: expect.any(String) }
				]);
			} finally {
				await queue.stop();
			}
		});
	});
}
