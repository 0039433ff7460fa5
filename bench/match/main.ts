import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { rankNeedMatches } from '#lib/server/brokering/need-ranking.ts';
import { openDatabase } from '#lib/server/db/connection.ts';
import type { Database } from '#lib/server/db/database.ts';
import type { DialectName } from '#lib/server/db/dialects/index.ts';
import { conceptLexicon } from '#lib/server/matching/concept-lexicon.ts';
import { matchIndexFor } from '#lib/server/matching/match-index-cache.ts';
import { matchSolutions } from '#lib/server/matching/matching.service.ts';
import { createBenchDatabase } from '../search/bench-database.ts';
import { Cleanup } from '../search/cleanup.ts';
import { currentLoad, describeMachine, milliseconds, seconds } from '../search/report.ts';
import { summarize } from '../search/statistics.ts';
import {
	cachedCorpusFile,
	fillMatchCorpus,
	saveCachedCorpus,
	type CorpusFill
} from './corpus-database.ts';
import { collectGarbage, megabytes, sampleMemory } from './memory.ts';
import { readBenchNeeds, type BenchNeedCase } from './needs.ts';
import {
	buildTable,
	jsonLine,
	latencyTable,
	markdownReport,
	type MatchBuildRow,
	type MatchLatencyRow
} from './report.ts';

const USAGE = `Usage: npm run bench:match -- [options]

  --sizes 10000,100000   corpus sizes (published solutions; organizations N/10, offers N/50)
  --dialects sqlite      databases to measure (sqlite, postgres)
  --rounds 5             timed passes over the needs (after one warm-up pass)
  --seed 42              seed of the corpus generator
  --cache                keep the SQLite corpus in a temporary folder and reuse it next time
  --profile DIR          write a CPU profile of the timed passes per corpus to DIR (slows them)
  --help`;

const ROOT = resolve(import.meta.dirname, '../..');
const GOAL_P95_MS = 100;
const GOAL_SIZE = 100_000;

interface Options {
	sizes: number[];
	dialects: DialectName[];
	rounds: number;
	seed: number;
	cache: boolean;
	profile: string | null;
}

class UsageError extends Error {}

function positiveInteger(name: string, value: string): number {
	const number = Number(value.replaceAll('_', ''));
	if (!Number.isInteger(number) || number < 1)
		throw new UsageError(`--${name}: "${value}" is not a positive whole number`);
	return number;
}

function parseOptions(argv: string[]): Options | null {
	const { values } = parseArgs({
		args: argv,
		options: {
			sizes: { type: 'string', default: '10000,100000' },
			dialects: { type: 'string', default: 'sqlite' },
			rounds: { type: 'string', default: '5' },
			seed: { type: 'string', default: '42' },
			cache: { type: 'boolean', default: false },
			profile: { type: 'string' },
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
		seed: positiveInteger('seed', values.seed),
		cache: values.cache,
		profile: values.profile ? resolve(values.profile) : null
	};
}

async function databaseVersion(db: Kysely<Database>, dialect: DialectName): Promise<string> {
	const query =
		dialect === 'sqlite'
			? sql<{ version: string }>`select sqlite_version() as version`
			: sql<{ version: string }>`show server_version`;
	const row = (await query.execute(db)).rows[0] as Record<string, string> | undefined;
	return `${dialect === 'sqlite' ? 'SQLite' : 'PostgreSQL'} ${row ? Object.values(row)[0] : 'unknown'}`;
}

async function timed<T>(
	label: string,
	work: () => Promise<T> | T
): Promise<{ value: T; ms: number }> {
	process.stdout.write(`  ${label}… `);
	const started = performance.now();
	const value = await work();
	const ms = performance.now() - started;
	console.log(ms < 1000 ? `${milliseconds(ms)} ms` : seconds(ms));
	return { value, ms };
}

type Operation = (db: Kysely<Database>, entry: BenchNeedCase) => Promise<unknown>;

/** The two things measured: what a need's page ranks, and the solution ranking inside it. */
const OPERATIONS: { name: string; run: Operation }[] = [
	{
		name: 'rankNeedMatches',
		run: (db, { need, excludeOrganizationId, excludeCityId }) =>
			rankNeedMatches(db, need, { excludeOrganizationId, excludeCityId })
	},
	{ name: 'matchSolutions', run: (db, { need }) => matchSolutions(db, need) }
];

/**
 * Runs every need `rounds` times, one at a time, round after round; answers the latency of each
 * call with its need's group.
 */
async function series(
	db: Kysely<Database>,
	needs: BenchNeedCase[],
	rounds: number,
	run: Operation
): Promise<{ group: BenchNeedCase['group']; ms: number; id: string }[]> {
	const samples: { group: BenchNeedCase['group']; ms: number; id: string }[] = [];
	for (let round = 0; round < rounds; round += 1) {
		for (const entry of needs) {
			const started = performance.now();
			await run(db, entry);
			samples.push({ group: entry.group, ms: performance.now() - started, id: entry.id });
		}
	}
	return samples;
}

/** What the ranked lists hold on average: a corpus without providers or cities measures little. */
async function describeResults(db: Kysely<Database>, needs: BenchNeedCase[]): Promise<string> {
	const totals = { solutions: 0, providers: 0, withOffer: 0, peerCities: 0 };
	for (const { need, excludeOrganizationId, excludeCityId } of needs) {
		const ranked = await rankNeedMatches(db, need, { excludeOrganizationId, excludeCityId });
		totals.solutions += ranked.solutions.length;
		totals.providers += ranked.providers.length;
		totals.withOffer += ranked.providers.filter((target) => target.basis.offerId !== null).length;
		totals.peerCities += ranked.peerCities.length;
	}
	const mean = (value: number) => (value / needs.length).toFixed(1);
	return (
		`${mean(totals.solutions)} solutions, ${mean(totals.providers)} providers ` +
		`(${mean(totals.withOffer)} with an offer), ${mean(totals.peerCities)} peer cities`
	);
}

function slowestNeeds(samples: { ms: number; id: string }[], count: number): string[] {
	const byNeed = new Map<string, number[]>();
	for (const sample of samples) {
		const list = byNeed.get(sample.id);
		if (list) list.push(sample.ms);
		else byNeed.set(sample.id, [sample.ms]);
	}
	return [...byNeed]
		.map(([id, values]) => ({
			id,
			median: [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
		}))
		.sort((a, b) => b.median - a.median)
		.slice(0, count)
		.map(({ id, median }) => `${milliseconds(median).padStart(7)} ms  ${id}`);
}

/**
 * A filled database for one corpus: from the cache, or created, filled (and cached); `release`
 * deletes it unless it is cached.
 */
async function corpusDatabase(
	dialect: DialectName,
	size: number,
	options: Options,
	cleanup: Cleanup
): Promise<{ url: string; fill: CorpusFill | null; release: () => Promise<void> }> {
	const keep = async () => undefined;
	const cacheFile =
		options.cache && dialect === 'sqlite' ? cachedCorpusFile(size, options.seed) : null;
	if (cacheFile && existsSync(cacheFile)) {
		console.log(`  reusing ${cacheFile}`);
		return { url: `sqlite:${cacheFile}`, fill: null, release: keep };
	}
	const database = (
		await timed('creating the database (migrate, reference data)', () =>
			createBenchDatabase(dialect, resolve(ROOT, 'data'))
		)
	).value;
	const destroy = cleanup.add(`database ${database.url}`, database.destroy);
	const fill = await fillMatchCorpus(database.db, {
		size,
		seed: options.seed,
		dataDirectory: resolve(ROOT, 'data'),
		step: timed
	});
	if (!cacheFile) return { url: database.url, fill, release: destroy };
	await timed(`saving it to ${cacheFile}`, () =>
		saveCachedCorpus(database.db, cacheFile, size, options.seed)
	);
	await destroy();
	return { url: `sqlite:${cacheFile}`, fill, release: keep };
}

async function counts(db: Kysely<Database>) {
	const count = async (table: 'organizations' | 'cities') =>
		Number(
			(
				await db
					.selectFrom(table)
					.select((eb) => eb.fn.countAll().as('count'))
					.executeTakeFirstOrThrow()
			).count
		);
	const offers = await db
		.selectFrom('offers')
		.select((eb) => eb.fn.countAll().as('count'))
		.where('status', '=', 'active')
		.executeTakeFirstOrThrow();
	return {
		organizations: await count('organizations'),
		cities: await count('cities'),
		offers: Number(offers.count)
	};
}

async function measureCorpus(
	dialect: DialectName,
	size: number,
	options: Options,
	cleanup: Cleanup,
	versions: Map<DialectName, string>
): Promise<{ build: MatchBuildRow; latency: MatchLatencyRow[]; slowest: string[] }> {
	const { url, fill, release } = await corpusDatabase(dialect, size, options, cleanup);
	// A handle of its own, as a server starting on this database has: nothing cached yet.
	const handle = openDatabase(url);
	const close = cleanup.add('connection', handle.close);
	const { db } = handle;
	if (!versions.has(dialect)) versions.set(dialect, await databaseVersion(db, dialect));
	const needs = await readBenchNeeds(db);
	const sizes = await counts(db);

	const before = sampleMemory();
	const lexicon = await timed('compiling the concept lexicon', () => conceptLexicon());
	const index = await timed('building the match index (first matchIndexFor)', () =>
		matchIndexFor(db)
	);
	const first = needs[0]!;
	const firstNeed = await timed('ranking the first need (builds the offer index)', () =>
		OPERATIONS[0]!.run(db, first)
	);
	const after = sampleMemory();
	console.log(
		`  ${index.value.size.toLocaleString('en')} solutions indexed; memory after the build: RSS ${megabytes(after.rss)} ` +
			`(${megabytes(after.rss - before.rss)} more), heap ${megabytes(after.heapUsed)} ` +
			`(${megabytes(after.heapUsed - before.heapUsed)} more), array buffers ${megabytes(after.arrayBuffers)}`
	);
	await timed(`warm-up pass (${needs.length} needs, both operations)`, async () => {
		for (const operation of OPERATIONS) for (const entry of needs) await operation.run(db, entry);
	});
	console.log(`  per need: ${await describeResults(db, needs)}`);

	const latency: MatchLatencyRow[] = [];
	const slowest: string[] = [];
	let session: Session | null = null;
	if (options.profile) {
		session = new Session();
		session.connect();
		await session.post('Profiler.enable');
		await session.post('Profiler.start');
	}
	for (const operation of OPERATIONS) {
		collectGarbage();
		const samples = await series(db, needs, options.rounds, operation.run);
		for (const group of ['tags', 'text', 'all'] as const) {
			const chosen = samples.filter((sample) => group === 'all' || sample.group === group);
			const wall = chosen.reduce((sum, sample) => sum + sample.ms, 0);
			latency.push({
				dialect,
				size,
				offers: sizes.offers,
				operation: operation.name,
				group,
				summary: summarize(
					chosen.map((sample) => sample.ms),
					wall
				)
			});
		}
		const all = latency.at(-1)!.summary;
		console.log(
			`  ${operation.name.padEnd(15)} p50 ${milliseconds(all.p50)} ms, p95 ${milliseconds(all.p95)} ms, max ${milliseconds(all.max)} ms (${all.count} calls)`
		);
		slowest.push(
			`[${dialect} · ${size.toLocaleString('en')}] ${operation.name}, median of ${options.rounds} rounds:`,
			...slowestNeeds(samples, 5)
		);
	}
	if (session && options.profile) {
		const { profile } = await session.post('Profiler.stop');
		session.disconnect();
		mkdirSync(options.profile, { recursive: true });
		const file = join(options.profile, `match-${dialect}-${size}.cpuprofile`);
		writeFileSync(file, JSON.stringify(profile));
		console.log(`  CPU profile of the timed passes: ${file}`);
	}
	await close();
	await release();
	return {
		build: {
			dialect,
			size,
			...sizes,
			fill,
			lexiconMs: lexicon.ms,
			indexMs: index.ms,
			firstNeedMs: firstNeed.ms,
			before,
			after
		},
		latency,
		slowest
	};
}

async function main(argv: string[]): Promise<number> {
	const options = parseOptions(argv);
	if (!options) {
		console.log(USAGE);
		return 0;
	}
	const command = ['npm run bench:match', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' ');
	const cleanup = new Cleanup();
	const interrupt = (signal: NodeJS.Signals) => {
		console.error(`\n${signal}: cleaning up…`);
		void cleanup.runAll().finally(() => process.exit(130));
	};
	process.on('SIGINT', interrupt);
	process.on('SIGTERM', interrupt);

	const loadAtStart = currentLoad();
	const latency: MatchLatencyRow[] = [];
	const builds: MatchBuildRow[] = [];
	const slowest: string[] = [];
	const versions = new Map<DialectName, string>();
	let needCount = 0;
	try {
		console.log(
			`Matchmaking benchmark: ${options.rounds} rounds, sizes ${options.sizes.join(', ')}, ${options.dialects.join(', ')}` +
				(options.profile ? ' (profiling: slower than without)' : '')
		);
		for (const size of options.sizes) {
			for (const dialect of options.dialects) {
				console.log(`\n[${dialect} · ${size.toLocaleString('en')}]`);
				const result = await measureCorpus(dialect, size, options, cleanup, versions);
				builds.push(result.build);
				latency.push(...result.latency);
				slowest.push(...result.slowest);
				needCount =
					result.latency.find((row) => row.group === 'all')!.summary.count / options.rounds;
			}
		}
	} catch (error) {
		console.error('\nThe benchmark failed:', error);
		await cleanup.runAll();
		return 1;
	}
	const cleanedUp = await cleanup.runAll();
	const load = { start: loadAtStart, end: currentLoad() };
	const machine = describeMachine([...versions.values()]);
	const date = new Date().toISOString().slice(0, 10);

	console.log('\nFirst ranking and memory\n');
	console.log(buildTable(builds));
	console.log(
		`\nLatency (p95 goal at ${GOAL_SIZE.toLocaleString('en')} solutions on SQLite: ≤ ${GOAL_P95_MS} ms)\n`
	);
	console.log(latencyTable(latency));
	console.log('\nSlowest needs\n');
	console.log(slowest.join('\n'));
	for (const row of latency) {
		if (
			row.operation === OPERATIONS[0]!.name &&
			row.group === 'all' &&
			row.size >= GOAL_SIZE &&
			row.summary.p95 > GOAL_P95_MS
		) {
			console.log(
				`\n! ${row.dialect} at ${row.size.toLocaleString('en')}: p95 ${milliseconds(row.summary.p95)} ms is over the ${GOAL_P95_MS} ms goal`
			);
		}
	}
	console.log(`\nLoad average ${load.start} at the start, ${load.end} at the end.`);
	console.log('\n--- BENCHMARKS.md ---\n');
	console.log(
		markdownReport({
			machine,
			command,
			date,
			rounds: options.rounds,
			needCount,
			load,
			latency,
			builds
		})
	);
	console.log('');
	console.log(jsonLine({ command, date, machine, load, latency, builds }));
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
