import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/config.ts';
import { readMailConfig } from './mail.config.ts';

describe('readMailConfig', () => {
	it('stores mail in the outbox when nothing is set', () => {
		expect(readMailConfig({})).toEqual({
			smtpUrl: null,
			from: 'South-South Galaxy <no-reply@localhost>'
		});
		expect(readMailConfig({ SMTP_URL: '', MAIL_FROM: '' }).smtpUrl).toBeNull();
	});

	it('accepts smtp:// and smtps:// URLs and a sender with or without a name', () => {
		const config = readMailConfig({
			SMTP_URL: 'smtps://galaxy:s%40cret@mail.example.org:465',
			MAIL_FROM: 'Galaxy <galaxy@example.org>'
		});
		expect(config).toEqual({
			smtpUrl: 'smtps://galaxy:s%40cret@mail.example.org:465',
			from: 'Galaxy <galaxy@example.org>'
		});
		expect(readMailConfig({ MAIL_FROM: 'no-reply@localhost' }).from).toBe('no-reply@localhost');
		const requireTls = 'smtp://galaxy:secret@mail.example.org:587?requireTLS=true';
		expect(readMailConfig({ SMTP_URL: requireTls }).smtpUrl).toBe(requireTls);
	});

	it('names every bad variable without repeating the password', () => {
		const read = () =>
			readMailConfig({ SMTP_URL: 'https://user:hunter2@mail.example.org', MAIL_FROM: 'Galaxy' });
		expect(read).toThrow(ConfigError);
		expect(read).toThrow(/SMTP_URL[\s\S]*MAIL_FROM/);
		expect(read).not.toThrow(/hunter2/);
		expect(() => readMailConfig({ SMTP_URL: 'not a url' })).toThrow(/SMTP_URL/);
		expect(() => readMailConfig({ MAIL_FROM: 'a@b.org\r\nBcc: c@d.org' })).toThrow(/MAIL_FROM/);
	});
});
