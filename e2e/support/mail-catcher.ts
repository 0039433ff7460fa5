import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server in the test process: the platform sends its emails here (SMTP_URL), and
 * each message is written to a folder that the tests, running in other workers, read.
 */
export async function startMailCatcher(
	folder: string,
	options: {
		/** Answers each MAIL FROM this late, as a slow relay does, so sending takes a while. */
		mailFromDelayMs?: number;
	} = {}
): Promise<{ url: string; stop(): Promise<void> }> {
	mkdirSync(folder, { recursive: true });
	let count = 0;
	const delay = options.mailFromDelayMs ?? 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS', 'AUTH'],
		logger: false,
		onMailFrom(_address, _session, callback) {
			if (delay > 0) setTimeout(() => callback(), delay);
			else callback();
		},
		onData(stream, _session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				count += 1;
				writeFileSync(
					join(folder, `${Date.now()}-${String(count).padStart(4, '0')}.eml`),
					Buffer.concat(chunks)
				);
				callback();
			});
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `smtp://127.0.0.1:${port}`,
		stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
	};
}

/** Waits for the newest email to an address and answers its subject and text. */
export async function waitForMail(
	folder: string,
	to: string,
	timeoutMs = 15_000
): Promise<{ subject: string; text: string }> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		for (const file of readdirSync(folder).sort().reverse()) {
			const mail = await simpleParser(readFileSync(join(folder, file)));
			const recipients = [mail.to].flat().flatMap((address) => address?.value ?? []);
			if (recipients.some((recipient) => recipient.address === to)) {
				return { subject: mail.subject ?? '', text: mail.text ?? '' };
			}
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`No email to ${to} within ${timeoutMs} ms`);
}

/**
 * Waits for the newest email to an address whose subject contains some words: other journeys
 * running at the same time may write to the same person.
 */
export async function waitForMailAbout(
	folder: string,
	to: string,
	subject: string,
	timeoutMs = 15_000
): Promise<{ subject: string; text: string }> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		for (const file of readdirSync(folder).sort().reverse()) {
			const mail = await simpleParser(readFileSync(join(folder, file)));
			const recipients = [mail.to].flat().flatMap((address) => address?.value ?? []);
			if (
				recipients.some((recipient) => recipient.address === to) &&
				(mail.subject ?? '').includes(subject)
			) {
				return { subject: mail.subject ?? '', text: mail.text ?? '' };
			}
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`No email to ${to} about “${subject}” within ${timeoutMs} ms`);
}
