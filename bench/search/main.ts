import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import type { Database } from '#lib/server/db/database.ts';
import type { DialectName } from '#lib/server/db/dialects/index.ts';
import { rebuildSearchIndex } from '#lib/server/search/index-writer.ts';
import { createBenchDatabase, readCorpusReference } from './bench-database.ts';
import { Cleanup } from './cleanup.ts';
import { generateCorpus } from './corpus.ts';
import { ensureBuild, startBenchServer } from './http-server.ts';
import { loadCorpus } from './load-corpus.ts';
import { BENCH_QUERIES } from './queries.ts';
import {
	runSeries,
	type ExecuteQuery,
	type QueryFailure,
	type SeriesResult
} from './query-runner.ts';
import {
	currentLoad,
	describeMachine,
	latencyTable,
	loadTable,
	markdownReport,
	milliseconds,
	seconds,
	type LatencyRow,
	type LoadRow
} from './report.ts';
import { httpTarget, serviceTarget, type HttpTargetNotes } from './search-targets.ts';

const USAGE = `Usage: npm run bench:search -- [options]

  --sizes 10000,100000        corpus sizes (solutions)
  --dialects sqlite,postgres  databases to measure
  --rounds 5                  timed passes over the query set (after one warm-up pass)
  --concurrency 8             requests in flight for the concurrent HTTP run
  --seed 42                   seed of the corpus generator
  --skip-http                 measure the service layer only
  --help`;

const ROOT = resolve(import.meta.dirname, '../..');
const GOAL_P95_MS = 20;

interface Options {
	sizes: number[];
	dialects: DialectName[];
	rounds: number;
	concurrency: number;
	seed: number;
	http: boolean;
}

function positiveInteger(name: string, value: string): number {
	const number = Number(value.replaceAll('_', ''));
	if (!Number.isInteger(number) || number < 1)
		throw new UsageError(`--${name}: "${value}" is not a positive whole number`);
	return number;
}

class UsageError extends Error {}
class Interrupted extends Error {}

/** Set by Ctrl-C: the run stops at the next step boundary and cleans up. */
let stopSignal: NodeJS.Signals | null = null;

function checkpoint() {
	if (stopSignal) throw new Interrupted(stopSignal);
}

function parseOptions(argv: string[]): Options | null {
	const { values } = parseArgs({
		args: argv,
		options: {
			sizes: { type: 'string', default: '10000,100000' },
			dialects: { type: 'string', default: 'sqlite,postgres' },
			rounds: { type: 'string', default: '5' },
			concurrency: { type: 'string', default: '8' },
			seed: { type: 'string', default: '42' },
			'skip-http': { type: 'boolean', default: false },
			help: { type: 'boolean', default: false }
		}
	});
	if (values.help) return null;
	const dialects = values.dialects.split(',').map((value) => value.trim());
	for (const dialect of dialects) {
		if (dialect !== 'sqlite' && dialect !== 'postgres') {
			throw new UsageError(`--dialects: "${dialect}" is not sqlite or postgres`);
		}
	}
	return {
		sizes: values.sizes.split(',').map((value) => positiveInteger('sizes', value.trim())),
		dialects: dialects as DialectName[],
		rounds: positiveInteger('rounds', values.rounds),
		concurrency: positiveInteger('concurrency', values.concurrency),
		seed: positiveInteger('seed', values.seed),
		http: !values['skip-http']
	};
}

async function databaseVersion(db: Kysely<Database>, dialect: DialectName): Promise<string> {
	const query =
		dialect === 'sqlite'
			? sql<{ version: string }>`select sqlite_version() as version`
			: sql<{ version: string }>`show server_version`;
	const row = (await query.execute(db)).rows[0] as Record<string, string> | undefined;
	const version = row ? Object.values(row)[0] : 'unknown';
	return `${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${version}`;
}

async function timed<T>(
	label: string,
	work: () => Promise<T> | T
): Promise<{ value: T; ms: number }> {
	checkpoint();
	process.stdout.write(`  ${label}… `);
	const started = performance.now();
	const value = await work();
	const ms = performance.now() - started;
	console.log(seconds(ms));
	checkpoint();
	return { value, ms };
}

function logSeries(label: string, result: SeriesResult) {
	const { text, facets, all } = result.summaries;
	console.log(
		`  ${label.padEnd(9)} p50 ${milliseconds(all.p50)} ms, p95 ${milliseconds(all.p95)} ms ` +
			`(text ${milliseconds(text.p95)}, facets ${milliseconds(facets.p95)}), max ${milliseconds(all.max)} ms, ` +
			`${Math.round(all.qps)} QPS`
	);
}

function slowestQueries(result: SeriesResult, count: number): string[] {
	const median = (values: number[]) =>
		[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
	return result.perQuery
		.filter((timing) => timing.milliseconds.length > 0)
		.map((timing) => ({ timing, median: median(timing.milliseconds) }))
		.sort((a, b) => b.median - a.median)
		.slice(0, count)
		.map(
			({ timing, median: value }) =>
				`${milliseconds(value).padStart(7)} ms  ${String(timing.total).padStart(6)} hits  ` +
				`[${timing.query.locale}] ${timing.query.text || '(no parameters)'}`
		);
}

/**
 * Generates the corpus, inserts it and indexes it. The corpus is generated again for each
 * dialect (the same seed gives the same data) rather than kept: hundreds of megabytes of text
 * left on the heap would slow the service-layer measurements with garbage collection.
 */
async function fill(
	db: Kysely<Database>,
	size: number,
	seed: number
): Promise<Omit<LoadRow, 'dialect' | 'size'>> {
	const reference = await readCorpusReference(db);
	const generated = await timed(`generating ${size.toLocaleString('en')} solutions`, () =>
		generateCorpus(size, reference, seed)
	);
	const corpus = generated.value;
	const inserted = await timed(
		`inserting ${corpus.solutions.length.toLocaleString('en')} solutions and ${corpus.organizations.length.toLocaleString('en')} organizations`,
		() => loadCorpus(db, corpus)
	);
	const indexed = await timed('rebuilding the search index', () => rebuildSearchIndex(db));
	if (indexed.value.documents === 0) {
		console.log('  ! the index has no documents: rebuildSearchIndex did nothing');
	}
	return {
		generateMs: generated.ms,
		insertMs: inserted.ms,
		indexMs: indexed.ms,
		documents: indexed.value.documents
	};
}

async function main(argv: string[]): Promise<number> {
	const options = parseOptions(argv);
	if (!options) {
		console.log(USAGE);
		return 0;
	}
	const command = ['npm run bench:search', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
	const dataDirectory = resolve(ROOT, 'data');
	const cleanup = new Cleanup();
	// The first Ctrl-C lets the current step finish (closing a pool under a running query only
	// adds errors); a second one cleans up at once.
	const interrupt = (signal: NodeJS.Signals) => {
		if (stopSignal) {
			console.error(`\n${signal} again: cleaning up now…`);
			void cleanup.runAll().finally(() => process.exit(130));
			return;
		}
		stopSignal = signal;
		console.error(`\n${signal}: stopping after this step, then cleaning up (again to stop now)…`);
	};
	process.on('SIGINT', interrupt);
	process.on('SIGTERM', interrupt);

	const loadAtStart = currentLoad();
	const load: LoadRow[] = [];
	const latency: LatencyRow[] = [];
	const failures: { where: string; failure: QueryFailure }[] = [];
	const slowReports: string[] = [];
	const versions = new Map<DialectName, string>();
	let apiWithoutFacets = false;
	try {
		console.log(
			`Search benchmark: ${BENCH_QUERIES.length} queries, ${options.rounds} rounds, sizes ${options.sizes.join(', ')}, ${options.dialects.join(', ')}`
		);
		if (options.http) await ensureBuild(ROOT);
		for (const size of options.sizes) {
			for (const dialect of options.dialects) {
				const where = `${dialect} · ${size.toLocaleString('en')}`;
				console.log(`\n[${where}]`);
				const database = (
					await timed('creating the database (migrate, reference data)', () =>
						createBenchDatabase(dialect, dataDirectory)
					)
				).value;
				const destroyDatabase = cleanup.add(`database ${database.url}`, database.destroy);
				if (!versions.has(dialect))
					versions.set(dialect, await databaseVersion(database.db, dialect));
				load.push({ dialect, size, ...(await fill(database.db, size, options.seed)) });

				const measure = async (layer: string, execute: ExecuteQuery, concurrency: number) => {
					const result = await runSeries(BENCH_QUERIES, execute, {
						rounds: options.rounds,
						concurrency,
						shouldStop: () => stopSignal !== null
					});
					checkpoint();
					logSeries(layer, result);
					for (const group of ['text', 'facets', 'all'] as const) {
						latency.push({ dialect, size, layer, group, summary: result.summaries[group] });
					}
					for (const failure of result.failures)
						failures.push({ where: `${where} ${layer}`, failure });
					return result;
				};
				console.log('  measuring…');
				const service = await measure('service', serviceTarget(database.db), 1);
				slowReports.push(
					`[${where}] service layer, median of ${options.rounds} rounds:`,
					...slowestQueries(service, 5)
				);

				if (options.http) {
					const server = (await timed('starting the server', () => startBenchServer(database.url)))
						.value;
					const stopServer = cleanup.add('server', server.stop);
					const notes: HttpTargetNotes = { answeredWithoutFacets: false };
					const http = await measure('http', httpTarget(server.origin, notes), 1);
					await measure(
						`http ×${options.concurrency}`,
						httpTarget(server.origin, notes),
						options.concurrency
					);
					slowReports.push(
						`[${where}] HTTP, median of ${options.rounds} rounds:`,
						...slowestQueries(http, 5)
					);
					apiWithoutFacets ||= notes.answeredWithoutFacets;
					await stopServer();
				}
				await destroyDatabase();
			}
		}
	} catch (error) {
		if (error instanceof Interrupted) console.error(`\nInterrupted (${error.message}).`);
		else console.error('\nThe benchmark failed:', error);
		await cleanup.runAll();
		return error instanceof Interrupted ? 130 : 1;
	}
	const cleanedUp = await cleanup.runAll();

	console.log('\nLoading\n');
	console.log(loadTable(load));
	console.log('\nLatency (p95 goal at 100,000 solutions on SQLite: ≤ 20 ms)\n');
	console.log(latencyTable(latency));
	console.log('\nSlowest queries\n');
	console.log(slowReports.join('\n'));
	const overGoal = latency.filter(
		(row) => row.layer === 'service' && row.group === 'all' && row.summary.p95 > GOAL_P95_MS
	);
	for (const row of overGoal) {
		console.log(
			`\n! ${row.dialect} at ${row.size.toLocaleString('en')}: service p95 ${milliseconds(row.summary.p95)} ms is over the ${GOAL_P95_MS} ms goal`
		);
	}
	if (apiWithoutFacets) {
		console.log(
			'\n! GET /api/v1/solutions answered without facets: the route does not call searchSolutions (yet), so the HTTP figures measure another code path.'
		);
	}

	console.log('\n--- BENCHMARKS.md ---\n');
	console.log(
		markdownReport({
			machine: describeMachine([...versions.values()]),
			command,
			date: new Date().toISOString().slice(0, 10),
			rounds: options.rounds,
			concurrency: options.concurrency,
			queryCount: BENCH_QUERIES.length,
			load: { start: loadAtStart, end: currentLoad() },
			loading: load,
			latency
		})
	);

	if (failures.length > 0) {
		console.error(`\n${failures.length} failed quer${failures.length === 1 ? 'y' : 'ies'}:`);
		for (const { where, failure } of failures) {
			console.error(
				`  [${where}] [${failure.query.locale}] ${failure.query.text || '(no parameters)'}: ${failure.message}`
			);
		}
		return 1;
	}
	return cleanedUp ? 0 : 1;
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	// parseArgs reports unknown or malformed options with ERR_PARSE_ARGS_* codes.
	const usage =
		error instanceof UsageError ||
		String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS');
	console.error(usage ? `${(error as Error).message}\n\n${USAGE}` : error);
	process.exitCode = usage ? 2 : 1;
}
