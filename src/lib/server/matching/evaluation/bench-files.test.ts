import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { benchNeedSchema, readJsonLines, readQrels } from './bench-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'bench-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, text: string) => {
	const path = join(folder, name);
	writeFileSync(path, text);
	return path;
};

describe('benchmark files', () => {
	it('reads needs, with tags and places optional', () => {
		const path = file(
			'needs.jsonl',
			'{"id":"n1","title":"T","description":"D","language":"fr"}\n\n' +
				'{"id":"n2","title":"T","description":"D","language":"en","sdgs":[6],"sectors":["water-sanitation"],"country":"GH","city":"Tamale"}\n'
		);
		const needs = readJsonLines(path, benchNeedSchema);
		expect(needs.map((need) => [need.id, need.sectors, need.country])).toEqual([
			['n1', [], null],
			['n2', ['water-sanitation'], 'GH']
		]);
	});

	it('names the file, line and field of a bad record', () => {
		const path = file(
			'bad.jsonl',
			'{"id":"n1","title":"T","description":"D","language":"fr"}\n{"id":"n2"}\n'
		);
		expect(() => readJsonLines(path, benchNeedSchema)).toThrow(/bad\.jsonl:2: title/);
	});

	it('reads TREC qrels', () => {
		const qrels = readQrels(file('qrels.tsv', 'n1\t0\ts1\t2\nn1\t0\ts2\t1\nn2 0 s3 1\n'));
		expect(qrels.get('n1')).toEqual(
			new Map([
				['s1', 2],
				['s2', 1]
			])
		);
		expect(qrels.get('n2')?.get('s3')).toBe(1);
		expect(() => readQrels(file('bad.tsv', 'n1 0 s1 high\n'))).toThrow(/bad\.tsv:1/);
	});
});
