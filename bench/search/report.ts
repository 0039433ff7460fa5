import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import type { LatencySummary } from './statistics.ts';

export interface LatencyRow {
	dialect: string;
	size: number;
	/** `service`, `http` (sequential) or `http ×8` (concurrent). */
	layer: string;
	group: string;
	summary: LatencySummary;
}

export interface LoadRow {
	dialect: string;
	size: number;
	generateMs: number;
	insertMs: number;
	indexMs: number;
	documents: number;
}

export interface Machine {
	cpus: string;
	memory: string;
	cpuModel: string;
	node: string;
	databases: string[];
}

/** The 1-minute load average: other work on the machine skews every figure. */
export function currentLoad(): string {
	return loadavg()[0]!.toFixed(2);
}

const integer = new Intl.NumberFormat('en');

export function milliseconds(value: number): string {
	if (!Number.isFinite(value)) return '–';
	return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

export function seconds(valueMs: number): string {
	return `${(valueMs / 1000).toFixed(1)} s`;
}

/** `nproc`, total memory and CPU model from /proc/cpuinfo, and the Node version. */
export function describeMachine(databases: string[]): Machine {
	let cpus = String(availableParallelism());
	try {
		cpus = execFileSync('nproc', { encoding: 'utf8' }).trim();
	} catch {
		// not on Linux: the count Node sees is the same thing
	}
	let cpuModel = 'unknown CPU';
	try {
		const line = readFileSync('/proc/cpuinfo', 'utf8')
			.split('\n')
			.find((entry) => entry.startsWith('model name'));
		if (line) cpuModel = line.split(':')[1]?.trim() ?? cpuModel;
	} catch {
		// no /proc: keep "unknown"
	}
	return {
		cpus,
		memory: `${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
		cpuModel,
		node: process.version,
		databases
	};
}

/** A plain-text table, columns aligned, for the terminal. */
export function table(header: string[], rows: string[][], rightAligned: Set<number>): string {
	const widths = header.map((title, column) =>
		Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length))
	);
	const line = (cells: string[]) =>
		cells
			.map((cell, column) =>
				rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)
			)
			.join('  ')
			.trimEnd();
	return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join(
		'\n'
	);
}

/** The same rows as a Markdown table. */
export function markdownTable(
	header: string[],
	rows: string[][],
	rightAligned: Set<number>
): string {
	const separator = header.map((_, column) => (rightAligned.has(column) ? '---:' : '---'));
	return [header, separator, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

const LATENCY_HEADER = [
	'dialect',
	'solutions',
	'layer',
	'queries',
	'n',
	'p50 ms',
	'p95 ms',
	'max ms',
	'QPS'
];
const LATENCY_NUMBERS = new Set([1, 4, 5, 6, 7, 8]);
const LOAD_HEADER = ['dialect', 'solutions', 'generate', 'insert', 'index', 'documents'];
const LOAD_NUMBERS = new Set([1, 2, 3, 4, 5]);

function latencyCells(row: LatencyRow): string[] {
	const { summary } = row;
	return [
		row.dialect,
		integer.format(row.size),
		row.layer,
		row.group,
		String(summary.count),
		milliseconds(summary.p50),
		milliseconds(summary.p95),
		milliseconds(summary.max),
		Number.isFinite(summary.qps) ? integer.format(Math.round(summary.qps)) : '–'
	];
}

function loadCells(row: LoadRow): string[] {
	return [
		row.dialect,
		integer.format(row.size),
		seconds(row.generateMs),
		seconds(row.insertMs),
		seconds(row.indexMs),
		integer.format(row.documents)
	];
}

export function latencyTable(rows: LatencyRow[]): string {
	return table(LATENCY_HEADER, rows.map(latencyCells), LATENCY_NUMBERS);
}

export function loadTable(rows: LoadRow[]): string {
	return table(LOAD_HEADER, rows.map(loadCells), LOAD_NUMBERS);
}

/** The section to paste into BENCHMARKS.md. */
export function markdownReport(input: {
	machine: Machine;
	command: string;
	date: string;
	rounds: number;
	concurrency: number;
	queryCount: number;
	/** 1-minute load average when the run started and when it ended. */
	load: { start: string; end: string };
	loading: LoadRow[];
	latency: LatencyRow[];
}): string {
	const { machine } = input;
	return [
		`### Search (${input.date})`,
		'',
		`Command: \`${input.command}\`  `,
		`Machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memory} RAM; Node ${machine.node}; ${machine.databases.join('; ')}; ` +
			`load average ${input.load.start} at the start, ${input.load.end} at the end  `,
		`Queries: ${input.queryCount} fixed queries (bench/search/queries.ts), warm-up pass, then ${input.rounds} rounds; ` +
			`"text" = free text only, "facets" = with facet filters (or none and no text); ` +
			`http ×${input.concurrency} = ${input.concurrency} requests in flight.`,
		'',
		markdownTable(LATENCY_HEADER, input.latency.map(latencyCells), LATENCY_NUMBERS),
		'',
		markdownTable(LOAD_HEADER, input.loading.map(loadCells), LOAD_NUMBERS)
	].join('\n');
}
