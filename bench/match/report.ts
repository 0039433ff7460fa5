import { markdownTable, milliseconds, seconds, table, type Machine } from '../search/report.ts';
import type { LatencySummary } from '../search/statistics.ts';
import { megabytes, type MemorySample } from './memory.ts';

/** One timed series: an operation over a group of needs, on one corpus. */
export interface MatchLatencyRow {
	dialect: string;
	size: number;
	offers: number;
	/** `rankNeedMatches` (the need's page) or `matchSolutions` (solutions only). */
	operation: string;
	/** `tags`, `text` or `all`. */
	group: string;
	summary: LatencySummary;
}

/** How one corpus was made and what the first ranking cost. */
export interface MatchBuildRow {
	dialect: string;
	size: number;
	organizations: number;
	cities: number;
	offers: number;
	/** Null when the corpus came from the `--cache`. */
	fill: { generateMs: number; insertMs: number; indexMs: number } | null;
	/** Compiling the concept lexicon (once per process: 0 after the first corpus). */
	lexiconMs: number;
	/** The first `matchIndexFor`: every published solution read and analyzed. */
	indexMs: number;
	/** The first `rankNeedMatches` after it (builds the offer index). */
	firstNeedMs: number;
	before: MemorySample;
	after: MemorySample;
}

const integer = new Intl.NumberFormat('en');

const LATENCY_HEADER = [
	'dialect',
	'solutions',
	'offers',
	'operation',
	'needs',
	'n',
	'p50 ms',
	'p95 ms',
	'max ms'
];
const LATENCY_NUMBERS = new Set([1, 2, 5, 6, 7, 8]);

const BUILD_HEADER = [
	'dialect',
	'solutions',
	'organizations',
	'cities',
	'offers',
	'corpus (generate + insert + search index)',
	'match index build',
	'first need',
	'RSS after',
	'heap after',
	'array buffers after'
];
const BUILD_NUMBERS = new Set([1, 2, 3, 4, 6, 7, 8, 9, 10]);

function latencyCells(row: MatchLatencyRow): string[] {
	return [
		row.dialect,
		integer.format(row.size),
		integer.format(row.offers),
		row.operation,
		row.group,
		String(row.summary.count),
		milliseconds(row.summary.p50),
		milliseconds(row.summary.p95),
		milliseconds(row.summary.max)
	];
}

function buildCells(row: MatchBuildRow): string[] {
	const fill = row.fill
		? `${seconds(row.fill.generateMs)} + ${seconds(row.fill.insertMs)} + ${seconds(row.fill.indexMs)}`
		: 'cached';
	const lexicon = row.lexiconMs >= 50 ? ` (+ ${seconds(row.lexiconMs)} lexicon)` : '';
	return [
		row.dialect,
		integer.format(row.size),
		integer.format(row.organizations),
		integer.format(row.cities),
		integer.format(row.offers),
		fill,
		`${seconds(row.indexMs)}${lexicon}`,
		`${milliseconds(row.firstNeedMs)} ms`,
		megabytes(row.after.rss),
		megabytes(row.after.heapUsed),
		megabytes(row.after.arrayBuffers)
	];
}

export function latencyTable(rows: MatchLatencyRow[]): string {
	return table(LATENCY_HEADER, rows.map(latencyCells), LATENCY_NUMBERS);
}

export function buildTable(rows: MatchBuildRow[]): string {
	return table(BUILD_HEADER, rows.map(buildCells), BUILD_NUMBERS);
}

/** The subsection to paste into BENCHMARKS.md. */
export function markdownReport(input: {
	machine: Machine;
	command: string;
	date: string;
	rounds: number;
	needCount: number;
	load: { start: string; end: string };
	latency: MatchLatencyRow[];
	builds: MatchBuildRow[];
}): string {
	const { machine } = input;
	return [
		`#### Run of ${input.date}`,
		'',
		`Command: \`${input.command}\`  `,
		`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memory} RAM; Node ${machine.node}; ${machine.databases.join('; ')}; ` +
			`load average ${input.load.start} at the start, ${input.load.end} at the end  `,
		`Needs: ${input.needCount} (bench/match/needs.ts: with their tags, and as text only), a warm-up pass, then ${input.rounds} rounds.`,
		'',
		markdownTable(LATENCY_HEADER, input.latency.map(latencyCells), LATENCY_NUMBERS),
		'',
		markdownTable(BUILD_HEADER, input.builds.map(buildCells), BUILD_NUMBERS)
	].join('\n');
}

/** The last line of the output: everything measured, for scripts. */
export function jsonLine(input: {
	command: string;
	date: string;
	machine: Machine;
	load: { start: string; end: string };
	latency: MatchLatencyRow[];
	builds: MatchBuildRow[];
}): string {
	const round = (value: number) => Math.round(value * 100) / 100;
	return JSON.stringify({
		benchmark: 'match',
		date: input.date,
		command: input.command,
		machine: input.machine,
		load: input.load,
		latency: input.latency.map((row) => ({
			dialect: row.dialect,
			solutions: row.size,
			offers: row.offers,
			operation: row.operation,
			needs: row.group,
			n: row.summary.count,
			p50: round(row.summary.p50),
			p95: round(row.summary.p95),
			max: round(row.summary.max)
		})),
		builds: input.builds.map((row) => ({
			dialect: row.dialect,
			solutions: row.size,
			organizations: row.organizations,
			cities: row.cities,
			offers: row.offers,
			fill: row.fill && {
				generateMs: Math.round(row.fill.generateMs),
				insertMs: Math.round(row.fill.insertMs),
				indexMs: Math.round(row.fill.indexMs)
			},
			lexiconMs: Math.round(row.lexiconMs),
			indexMs: Math.round(row.indexMs),
			firstNeedMs: round(row.firstNeedMs),
			memoryBefore: row.before,
			memoryAfter: row.after
		}))
	});
}
