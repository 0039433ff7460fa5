import { describe, expect, it } from 'vitest';
import { checkedNeedInput, keptNeedForm, needIdOf, needNotice } from './brokering-form.http.ts';

const invalid = (run: () => unknown) => {
	try {
		run();
	} catch (error) {
		expect(error).toMatchObject({ code: 'invalid_input' });
		return (error as { details: { field: string }[] }).details.map((detail) => detail.field);
	}
	throw new Error('expected invalid_input');
};

describe('the edge of the need pages and API', () => {
	it('reads a need’s id from its address, or answers 400', () => {
		expect(needIdOf({ id: '12' })).toBe(12);
		expect(invalid(() => needIdOf({ id: 'abc' }))).toEqual(['id']);
		expect(invalid(() => needIdOf({ id: '0' }))).toEqual(['id']);
		expect(invalid(() => needIdOf({ id: '99999999999' }))).toEqual(['id']);
	});

	it('refuses absurd need input with a 400 naming the field, never a crash', () => {
		expect(invalid(() => checkedNeedInput([1, 2]))).toEqual(['(body)']);
		expect(invalid(() => checkedNeedInput(null))).toEqual(['(body)']);
		expect(
			invalid(() => checkedNeedInput({ title: 'x'.repeat(50_000), sdgs: Array(200).fill('1') }))
		).toEqual(['title', 'sdgs']);
		expect(invalid(() => checkedNeedInput({ title: { nested: true } }))).toEqual(['title']);
		// A partial update keeps only the fields it was sent.
		expect(checkedNeedInput({ timeframe: 'Soon' })).toEqual({ timeframe: 'Soon' });
	});

	it('reads target codes typed in one field as a list', () => {
		expect(checkedNeedInput({ targets: '11.6, 6.a;12.5' })).toEqual({
			targets: ['11.6', '6.a', '12.5']
		});
		expect(checkedNeedInput({ targets: ['11.6'] })).toEqual({ targets: ['11.6'] });
	});

	it('keeps what was typed, cut to sane sizes, to show the form again', () => {
		const kept = keptNeedForm({
			title: 'T'.repeat(20_000),
			description: 'The problem',
			sdgs: Array.from({ length: 100 }, (_, index) => String(index)),
			sectors: ['waste-management'],
			targets: '11.6, 6.a',
			visibility: 'members'
		});
		expect(kept.title).toHaveLength(12_000);
		expect(kept.sdgs).toHaveLength(80);
		expect(kept).toMatchObject({
			description: 'The problem',
			sectors: ['waste-management'],
			targets: ['11.6', '6.a'],
			visibility: 'members',
			languages: [],
			country: ''
		});
	});

	it('reads the notice of the last action from the address', () => {
		const notice = (search: string) => needNotice(new URL(`https://galaxy.test/needs/1${search}`));
		expect(notice('?saved=1')).toEqual({ kind: 'saved' });
		expect(notice('?requested=solution:12')).toEqual({ kind: 'requested', target: 'solution:12' });
		expect(notice('?dismissed=peer-city:3')).toEqual({ kind: 'dismissed', target: 'peer-city:3' });
		expect(notice('?requested=<script>')).toBeNull();
		expect(notice('?saved=yes')).toBeNull();
		expect(notice('')).toBeNull();
	});
});
