/**
 * Versions of a published solution: the snapshot kept for each one, which fields changed between
 * two versions, and a readable word-by-word difference of their texts. Pure functions.
 */

/** The whole solution as published, relations included (stored as JSON in solution_versions). */
export interface SolutionSnapshot {
	title: string;
	summary: string;
	challenge: string;
	solution: string;
	results: string;
	replicability: string | null;
	enablingFactors: string | null;
	constraints: string | null;
	resourcesMobilized: string | null;
	contactName: string | null;
	contactEmail: string | null;
	language: string;
	modality: string;
	startYear: number | null;
	endYear: number | null;
	organization: { slug: string; name: string } | null;
	partners: { slug: string; name: string; role: string }[];
	countries: { code: string; name: string }[];
	cities: { name: string; countryCode: string }[];
	sdgs: number[];
	targets: string[];
	sectors: string[];
}

export type SnapshotField = keyof SolutionSnapshot;

/** Every field, in the order of the form. */
export const SNAPSHOT_FIELDS = [
	'title',
	'summary',
	'language',
	'organization',
	'challenge',
	'solution',
	'results',
	'replicability',
	'enablingFactors',
	'constraints',
	'partners',
	'countries',
	'cities',
	'sdgs',
	'targets',
	'sectors',
	'modality',
	'startYear',
	'endYear',
	'resourcesMobilized',
	'contactName',
	'contactEmail'
] as const satisfies readonly SnapshotField[];

/** Fields whose text changes are shown word by word in the history. */
export const PROSE_FIELDS = [
	'title',
	'summary',
	'challenge',
	'solution',
	'results',
	'replicability',
	'enablingFactors',
	'constraints',
	'resourcesMobilized'
] as const satisfies readonly SnapshotField[];

export type ProseField = (typeof PROSE_FIELDS)[number];

export function isProseField(field: string): field is ProseField {
	return (PROSE_FIELDS as readonly string[]).includes(field);
}

/** What counts as a change: identities, not display names (a partner renamed is not an edit). */
function comparable(snapshot: SolutionSnapshot, field: SnapshotField): string {
	switch (field) {
		case 'organization':
			return snapshot.organization?.slug ?? '';
		case 'partners':
			return snapshot.partners.map((partner) => `${partner.slug}:${partner.role}`).join(',');
		case 'countries':
			return snapshot.countries.map((country) => country.code).join(',');
		case 'cities':
			return snapshot.cities.map((city) => `${city.name}:${city.countryCode}`).join(',');
		default:
			return JSON.stringify(snapshot[field] ?? null);
	}
}

function isEmpty(snapshot: SolutionSnapshot, field: SnapshotField): boolean {
	const value = snapshot[field];
	return value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * The fields that differ between two versions, in form order. Against no previous version (the
 * first publication), every field that has a value counts as changed.
 * @example changedFields(v1, v2) // ['results', 'sdgs']
 */
export function changedFields(
	previous: SolutionSnapshot | null,
	next: SolutionSnapshot
): SnapshotField[] {
	return SNAPSHOT_FIELDS.filter((field) =>
		previous === null
			? !isEmpty(next, field)
			: comparable(previous, field) !== comparable(next, field)
	);
}

export interface DiffSegment {
	kind: 'same' | 'added' | 'removed';
	text: string;
}

const segmenter = new Intl.Segmenter('und', { granularity: 'word' });

/** Words, spaces and punctuation, so that joining them gives the text back (works for Chinese). */
function tokens(text: string): string[] {
	return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/** Beyond this many cells the texts are shown as replaced wholesale rather than compared. */
const MAX_CELLS = 4_000_000;

function pushSegment(segments: DiffSegment[], kind: DiffSegment['kind'], text: string): void {
	if (text === '') return;
	const last = segments.at(-1);
	if (last?.kind === kind) last.text += text;
	else segments.push({ kind, text });
}

/**
 * A word-level difference of two texts (longest common subsequence), as runs of kept, removed
 * and added text. Removed runs come before the added run that replaces them.
 * @example diffWords('we compost waste', 'we composted waste') // same 'we ', removed 'compost', added 'composted', same ' waste'
 */
export function diffWords(before: string, after: string): DiffSegment[] {
	const a = tokens(before);
	const b = tokens(after);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA -= 1;
		endB -= 1;
	}
	const segments: DiffSegment[] = [];
	pushSegment(segments, 'same', a.slice(0, start).join(''));
	const middleA = a.slice(start, endA);
	const middleB = b.slice(start, endB);
	const n = middleA.length;
	const m = middleB.length;
	if (n * m > MAX_CELLS) {
		pushSegment(segments, 'removed', middleA.join(''));
		pushSegment(segments, 'added', middleB.join(''));
	} else {
		// lengths[i][j]: the longest common subsequence of middleA[i..] and middleB[j..].
		const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
		for (let i = n - 1; i >= 0; i -= 1) {
			for (let j = m - 1; j >= 0; j -= 1) {
				lengths[i]![j] =
					middleA[i] === middleB[j]
						? lengths[i + 1]![j + 1]! + 1
						: Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
			}
		}
		let i = 0;
		let j = 0;
		let removed = '';
		let added = '';
		const flush = () => {
			pushSegment(segments, 'removed', removed);
			pushSegment(segments, 'added', added);
			removed = '';
			added = '';
		};
		while (i < n || j < m) {
			if (i < n && j < m && middleA[i] === middleB[j]) {
				flush();
				pushSegment(segments, 'same', middleA[i]!);
				i += 1;
				j += 1;
			} else if (j >= m || (i < n && lengths[i + 1]![j]! >= lengths[i]![j + 1]!)) {
				removed += middleA[i];
				i += 1;
			} else {
				added += middleB[j];
				j += 1;
			}
		}
		flush();
	}
	pushSegment(segments, 'same', a.slice(endA).join(''));
	return mergeWhitespace(segments);
}

/**
 * Changes separated only by spaces read better as one change ("~~a c~~ b d" rather than
 * "~~a~~ b ~~c~~ d"): the spaces join both sides of it.
 */
function mergeWhitespace(segments: DiffSegment[]): DiffSegment[] {
	const result: DiffSegment[] = [];
	let removed = '';
	let added = '';
	const flush = () => {
		// A side made only of the joining spaces is no change at all.
		pushSegment(result, 'removed', removed.trim() === '' && added.trim() !== '' ? '' : removed);
		pushSegment(result, 'added', added.trim() === '' && removed.trim() !== '' ? '' : added);
		removed = '';
		added = '';
	};
	segments.forEach((segment, index) => {
		const next = segments[index + 1];
		const inChange = removed !== '' || added !== '';
		if (segment.kind === 'removed') removed += segment.text;
		else if (segment.kind === 'added') added += segment.text;
		else if (inChange && /^\s+$/.test(segment.text) && next && next.kind !== 'same') {
			removed += segment.text;
			added += segment.text;
		} else {
			flush();
			pushSegment(result, 'same', segment.text);
		}
	});
	flush();
	return result;
}

/**
 * Shortens long unchanged runs to their first and last words, so a change in a long text is easy
 * to find. Changed runs are kept whole.
 */
export function condenseDiff(segments: DiffSegment[], contextWords = 12): DiffSegment[] {
	return segments.map((segment, index) => {
		if (segment.kind !== 'same') return segment;
		const first = index === 0;
		const last = index === segments.length - 1;
		const words = segment.text.trim().split(/\s+/);
		const shown = first || last ? contextWords : contextWords * 2;
		if (words.length <= shown + 4) return segment;
		const leading = /^\s*/.exec(segment.text)![0];
		const trailing = /\s*$/.exec(segment.text)![0];
		const head = first ? '' : `${leading}${words.slice(0, contextWords).join(' ')} `;
		const tail = last ? '' : ` ${words.slice(-contextWords).join(' ')}${trailing}`;
		return { kind: 'same', text: `${head}…${tail}` };
	});
}
