import { describe, expect, it } from 'vitest';
import { parseInput } from '../http/query.ts';
import { outgoingMailSchema } from './mail.schema.ts';

const valid = { to: ' ana@city.gov.br ', subject: 'Hello', text: 'Body' };

function problems(input: unknown): string[] {
	try {
		parseInput(outgoingMailSchema, input);
		return [];
	} catch (error) {
		return (error as { details: { field: string }[] }).details.map((detail) => detail.field);
	}
}

describe('outgoingMailSchema', () => {
	it('accepts a message with List-Unsubscribe headers and trims the recipient', () => {
		const headers = {
			'List-Unsubscribe': '<https://galaxy.example.org/unsubscribe?t=1>',
			'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click'
		};
		expect(parseInput(outgoingMailSchema, { ...valid, html: '<p>Body</p>', headers })).toEqual({
			to: 'ana@city.gov.br',
			subject: 'Hello',
			text: 'Body',
			html: '<p>Body</p>',
			headers
		});
	});

	it('names each bad field', () => {
		expect(problems({ ...valid, to: 'not-an-email' })).toEqual(['to']);
		expect(problems({ ...valid, subject: ' ' })).toEqual(['subject']);
		expect(problems({ ...valid, text: '' })).toEqual(['text']);
		expect(problems({ ...valid, html: '' })).toEqual(['html']);
	});

	it('keeps anything from being smuggled into the header', () => {
		expect(problems({ ...valid, subject: 'Hi\r\nBcc: x@evil.example' })).toEqual(['subject']);
		expect(problems({ ...valid, headers: { 'X-Note': 'a\nBcc: x@evil.example' } })).toEqual([
			'headers.X-Note'
		]);
		expect(problems({ ...valid, headers: { 'Bad Name': 'x' } })).not.toEqual([]);
		expect(problems({ ...valid, headers: { bcc: 'x@evil.example' } })).not.toEqual([]);
		expect(problems({ ...valid, headers: { From: 'boss@example.org' } })).not.toEqual([]);
	});
});
