import { createServer, type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import type { MailConfig } from './mail.config.ts';
import { createMailer, listOutbox, MailDeliveryError } from './mail.service.ts';

const admin: Actor = { kind: 'user', userId: 1, role: 'admin' };
const member: Actor = { kind: 'user', userId: 2, role: 'member' };
const curator: Actor = { kind: 'user', userId: 3, role: 'curator' };

const outboxOnly: MailConfig = { smtpUrl: null, from: 'South-South Galaxy <no-reply@localhost>' };

/** A recipient no other test uses, so each test finds its own rows. */
const recipient = () => `person-${crypto.randomUUID().slice(0, 8)}@city.example.org`;

interface Delivery {
	from: string;
	to: string[];
	raw: string;
	user: string | undefined;
}

/** A real SMTP server in this process, on a free port of 127.0.0.1. */
async function startSmtpServer(options: { rejectRecipients?: boolean } = {}) {
	const deliveries: Delivery[] = [];
	const server = new SMTPServer({
		authOptional: true,
		allowInsecureAuth: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onAuth(auth, _session, callback) {
			if (auth.username === 'galaxy' && auth.password === 'p@ss word') {
				callback(null, { user: auth.username });
			} else {
				callback(new Error('Invalid username or password'));
			}
		},
		onRcptTo(address, _session, callback) {
			if (!options.rejectRecipients) return callback();
			const error = Object.assign(new Error(`No mailbox here for ${address.address}`), {
				responseCode: 550
			});
			callback(error);
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const from = session.envelope.mailFrom;
				deliveries.push({
					from: from ? from.address : '',
					to: session.envelope.rcptTo.map((address) => address.address),
					raw: Buffer.concat(chunks).toString('utf8'),
					user: typeof session.user === 'string' ? session.user : undefined
				});
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.server.address() as AddressInfo;
	return {
		port,
		deliveries,
		close: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
	const probe = createServer();
	await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
	const { port } = probe.address() as AddressInfo;
	await new Promise<void>((resolve) => probe.close(() => resolve()));
	return port;
}

describeOnDialects('mail', 'empty', (db) => {
	describe('without SMTP_URL', () => {
		it('stores the message in the outbox, headers included', async () => {
			const to = recipient();
			await createMailer({ db: db(), config: outboxOnly }).send({
				to,
				subject: 'Confirm your email address',
				text: 'Open https://galaxy.example.org/confirm?token=1',
				html: '<p>Open the link</p>',
				headers: { 'List-Unsubscribe': '<https://galaxy.example.org/unsubscribe>' }
			});
			const { data } = await listOutbox({ db: db(), actor: admin, pageSize: 100 });
			expect(data.find((entry) => entry.to === to)).toMatchObject({
				to,
				subject: 'Confirm your email address',
				text: 'Open https://galaxy.example.org/confirm?token=1',
				html: '<p>Open the link</p>',
				headers: { 'List-Unsubscribe': '<https://galaxy.example.org/unsubscribe>' },
				status: 'stored',
				sentAt: null,
				error: null
			});
		});

		it('refuses an invalid message and stores nothing', async () => {
			const mailer = createMailer({ db: db(), config: outboxOnly });
			const before = (await listOutbox({ db: db(), actor: admin })).total;
			await expect(
				mailer.send({ to: 'nobody', subject: 'Hi\nBcc: x@evil.example', text: 'x' })
			).rejects.toMatchObject({
				code: 'invalid_input',
				details: [
					{ field: 'to', reason: expect.any(String) },
					{ field: 'subject', reason: expect.any(String) }
				]
			});
			expect((await listOutbox({ db: db(), actor: admin })).total).toBe(before);
		});
	});

	describe('listOutbox', () => {
		it('pages the outbox newest first', async () => {
			// Far in the future, so these three are the newest rows whatever else the file stored.
			const at = [
				'2100-01-01T00:00:00.000Z',
				'2100-01-03T00:00:00.000Z',
				'2100-01-02T00:00:00.000Z'
			];
			const before = (await listOutbox({ db: db(), actor: admin })).total;
			for (const [index, instant] of at.entries()) {
				await createMailer({ db: db(), config: outboxOnly, now: () => new Date(instant) }).send({
					to: recipient(),
					subject: `Message ${index}`,
					text: 'x'
				});
			}
			const first = await listOutbox({ db: db(), actor: admin, page: 1, pageSize: 2 });
			expect(first).toMatchObject({ page: 1, pageSize: 2, total: before + 3 });
			expect(first.data.map((entry) => entry.subject)).toEqual(['Message 1', 'Message 2']);
			expect(first.data[0]!.createdAt).toBe('2100-01-03T00:00:00.000Z');
			const second = await listOutbox({ db: db(), actor: system, page: 2, pageSize: 2 });
			expect(second.data[0]!.subject).toBe('Message 0');
		});

		it('shows the outbox to admins only', async () => {
			for (const actor of [visitor, member, curator]) {
				await expect(listOutbox({ db: db(), actor })).rejects.toMatchObject({ code: 'forbidden' });
			}
		});

		it('rejects a bad page', async () => {
			await expect(listOutbox({ db: db(), actor: admin, page: 0 })).rejects.toMatchObject({
				code: 'invalid_input',
				details: [{ field: 'page', reason: 'must be 1 or more' }]
			});
		});
	});

	describe('with SMTP_URL', () => {
		let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
		beforeAll(async () => {
			smtp = await startSmtpServer();
		});
		afterAll(async () => {
			await smtp.close();
		});

		it('delivers through the SMTP server, signed in, and records the message as sent', async () => {
			const to = recipient();
			const sentAt = new Date('2030-05-06T07:08:09.000Z');
			const mailer = createMailer({
				db: db(),
				config: {
					smtpUrl: `smtp://galaxy:p%40ss%20word@127.0.0.1:${smtp.port}`,
					from: 'Galaxy Test <galaxy@example.org>'
				},
				now: () => sentAt
			});
			await mailer.send({
				to,
				subject: 'Welcome to the cluster',
				text: 'Your request was approved.',
				html: '<p>Your request was <strong>approved</strong>.</p>',
				headers: {
					'List-Unsubscribe': '<https://galaxy.example.org/unsubscribe?t=abc>',
					'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
				}
			});

			const delivery = smtp.deliveries.find((entry) => entry.to.includes(to));
			expect(delivery).toBeDefined();
			expect(delivery!.from).toBe('galaxy@example.org');
			expect(delivery!.user).toBe('galaxy');
			const raw = delivery!.raw;
			expect(raw).toMatch(/^Subject: Welcome to the cluster\r$/m);
			expect(raw).toMatch(new RegExp(`^To: ${to}\\r$`, 'm'));
			expect(raw).toMatch(/^From: Galaxy Test <galaxy@example\.org>\r$/m);
			expect(raw).toMatch(
				/^List-Unsubscribe: <https:\/\/galaxy\.example\.org\/unsubscribe\?t=abc>\r$/m
			);
			expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r$/m);
			expect(raw).toContain('Your request was approved.');
			expect(raw).toContain('<strong>approved</strong>');

			const { data } = await listOutbox({ db: db(), actor: admin, pageSize: 100 });
			expect(data.find((entry) => entry.to === to)).toMatchObject({
				status: 'sent',
				sentAt: sentAt.toISOString(),
				error: null
			});
		});

		it('attaches a calendar invitation as a text/calendar part and keeps it in the outbox', async () => {
			const to = recipient();
			const mailer = createMailer({
				db: db(),
				config: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'galaxy@example.org' }
			});
			const content = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
			await mailer.send({
				to,
				subject: 'You are registered',
				text: 'See you there.',
				attachments: [
					{ filename: 'invitation.ics', contentType: 'text/calendar; charset=utf-8', content }
				]
			});
			const raw = smtp.deliveries.find((entry) => entry.to.includes(to))!.raw;
			expect(raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; name=invitation\.ics\r$/m);
			expect(raw).toMatch(/filename=invitation\.ics/);
			const stored = await db()
				.selectFrom('mail_outbox')
				.select('attachments')
				.where('to_address', '=', to)
				.executeTakeFirstOrThrow();
			expect(JSON.parse(stored.attachments!)).toEqual([
				{ filename: 'invitation.ics', contentType: 'text/calendar; charset=utf-8', content }
			]);
		});

		it('refuses an attachment whose file name could escape the header', async () => {
			const mailer = createMailer({
				db: db(),
				config: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'galaxy@example.org' }
			});
			await expect(
				mailer.send({
					to: recipient(),
					subject: 'Bad',
					text: 'x',
					attachments: [{ filename: 'a"\r\nBcc: x@y.z', contentType: 'text/plain', content: 'x' }]
				})
			).rejects.toMatchObject({ code: 'invalid_input' });
		});
	});

	describe('when SMTP fails', () => {
		it('records a refused recipient as failed and says why', async () => {
			const smtp = await startSmtpServer({ rejectRecipients: true });
			try {
				const to = recipient();
				const mailer = createMailer({
					db: db(),
					config: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'galaxy@example.org' }
				});
				const sending = mailer.send({ to, subject: 'Reset your password', text: 'x' });
				await expect(sending).rejects.toBeInstanceOf(MailDeliveryError);
				await expect(sending).rejects.toThrow(
					new RegExp(
						`Could not send the email "Reset your password" to ${to}: .*550.*No mailbox here`
					)
				);
				expect(smtp.deliveries).toEqual([]);
				const { data } = await listOutbox({ db: db(), actor: admin, pageSize: 100 });
				const entry = data.find((row) => row.to === to);
				expect(entry).toMatchObject({ status: 'failed', sentAt: null });
				expect(entry!.error).toMatch(/550.*No mailbox here/);
			} finally {
				await smtp.close();
			}
		});

		it('records an unreachable server as failed and says why', async () => {
			const to = recipient();
			const mailer = createMailer({
				db: db(),
				config: { smtpUrl: `smtp://127.0.0.1:${await closedPort()}`, from: 'galaxy@example.org' }
			});
			await expect(mailer.send({ to, subject: 'Hello', text: 'x' })).rejects.toThrow(
				/Could not send the email "Hello" to .*ECONNREFUSED/
			);
			const { data } = await listOutbox({ db: db(), actor: admin, pageSize: 100 });
			expect(data.find((row) => row.to === to)).toMatchObject({
				status: 'failed',
				error: expect.stringMatching(/ECONNREFUSED/)
			});
		});
	});
});
