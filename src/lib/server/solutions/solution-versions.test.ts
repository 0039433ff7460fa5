import { describe, expect, it } from 'vitest';
import {
	changedFields,
	condenseDiff,
	diffWords,
	type DiffSegment,
	type SolutionSnapshot
} from './solution-versions.ts';

const snapshot = (overrides: Partial<SolutionSnapshot> = {}): SolutionSnapshot => ({
	title: 'Composting markets',
	summary: 'Markets compost their waste.',
	challenge: 'Waste piles up.',
	solution: 'Compost it.',
	results: '40 tonnes a month.',
	replicability: null,
	enablingFactors: null,
	constraints: null,
	resourcesMobilized: null,
	contactName: 'Ana',
	contactEmail: 'ana@koidu.example',
	language: 'en',
	modality: 'south-south',
	startYear: 2019,
	endYear: null,
	organization: { slug: 'koidu', name: 'Koidu' },
	partners: [{ slug: 'koidu', name: 'Koidu', role: 'provider' }],
	countries: [{ code: 'SL', name: 'Sierra Leone' }],
	cities: [],
	sdgs: [11],
	targets: [],
	sectors: ['waste-management'],
	...overrides
});

const before = (segments: DiffSegment[]) =>
	segments
		.filter((s) => s.kind !== 'added')
		.map((s) => s.text)
		.join('');
const after = (segments: DiffSegment[]) =>
	segments
		.filter((s) => s.kind !== 'removed')
		.map((s) => s.text)
		.join('');

describe('changedFields', () => {
	it('lists every field with a value for a first publication, in form order', () => {
		expect(changedFields(null, snapshot())).toEqual([
			'title',
			'summary',
			'language',
			'organization',
			'challenge',
			'solution',
			'results',
			'partners',
			'countries',
			'sdgs',
			'sectors',
			'modality',
			'startYear',
			'contactName',
			'contactEmail'
		]);
	});

	it('lists what differs from the previous version, relations included', () => {
		const next = snapshot({
			results: '45 tonnes a month.',
			sdgs: [11, 12],
			partners: [
				{ slug: 'koidu', name: 'Koidu', role: 'provider' },
				{ slug: 'undp', name: 'UNDP', role: 'funder' }
			],
			endYear: 2024
		});
		expect(changedFields(snapshot(), next)).toEqual(['results', 'partners', 'sdgs', 'endYear']);
		expect(changedFields(snapshot(), snapshot())).toEqual([]);
	});

	it('does not count a renamed partner or country as a change', () => {
		const renamed = snapshot({
			partners: [{ slug: 'koidu', name: 'Koidu City', role: 'provider' }],
			countries: [{ code: 'SL', name: 'Sierra Leone (Republic of)' }]
		});
		expect(changedFields(snapshot(), renamed)).toEqual([]);
		const newRole = snapshot({ partners: [{ slug: 'koidu', name: 'Koidu', role: 'implementer' }] });
		expect(changedFields(snapshot(), newRole)).toEqual(['partners']);
	});
});

describe('diffWords', () => {
	it('marks a replaced word, keeping the rest', () => {
		const segments = diffWords('We compost market waste.', 'We composted market waste.');
		expect(segments).toEqual([
			{ kind: 'same', text: 'We ' },
			{ kind: 'removed', text: 'compost' },
			{ kind: 'added', text: 'composted' },
			{ kind: 'same', text: ' market waste.' }
		]);
	});

	it('always gives both texts back', () => {
		const pairs: [string, string][] = [
			['', 'New text'],
			['Old text', ''],
			['a b c d e f', 'a x c y e z'],
			['The same', 'The same'],
			['40 tonnes a month in 2020', 'Over 45 tonnes a month since 2021, with 12 jobs'],
			['社区垃圾分类试点', '社区垃圾分类和堆肥试点']
		];
		for (const [old, next] of pairs) {
			const segments = diffWords(old, next);
			expect(before(segments)).toBe(old);
			expect(after(segments)).toBe(next);
		}
	});

	it('joins changes separated only by spaces', () => {
		const segments = diffWords('one two three four', 'one 2 3 four');
		expect(segments).toEqual([
			{ kind: 'same', text: 'one ' },
			{ kind: 'removed', text: 'two three' },
			{ kind: 'added', text: '2 3' },
			{ kind: 'same', text: ' four' }
		]);
	});

	it('compares Chinese word by word', () => {
		const segments = diffWords('社区垃圾分类试点', '社区垃圾分类和堆肥试点');
		expect(segments.filter((s) => s.kind === 'removed')).toEqual([]);
		expect(segments.find((s) => s.kind === 'added')?.text).toContain('堆肥');
	});

	it('shows very long rewrites as a replacement rather than spending seconds comparing', () => {
		const old = Array.from({ length: 3000 }, (_, i) => `old${i}`).join(' ');
		const next = Array.from({ length: 3000 }, (_, i) => `new${i}`).join(' ');
		const started = performance.now();
		const segments = diffWords(old, next);
		expect(performance.now() - started).toBeLessThan(1000);
		expect(before(segments)).toBe(old);
		expect(after(segments)).toBe(next);
	});
});

describe('condenseDiff', () => {
	it('shortens long unchanged runs around a change', () => {
		const long = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
		const segments = condenseDiff(diffWords(`${long} old ${long}`, `${long} new ${long}`), 3);
		expect(segments[0]).toEqual({ kind: 'same', text: '… w97 w98 w99 ' });
		expect(segments.at(-1)).toEqual({ kind: 'same', text: ' w0 w1 w2 …' });
		expect(segments.filter((s) => s.kind !== 'same').map((s) => s.text)).toEqual(['old', 'new']);
	});

	it('keeps short texts whole', () => {
		const segments = diffWords('We compost market waste.', 'We composted market waste.');
		expect(condenseDiff(segments)).toEqual(segments);
	});
});
