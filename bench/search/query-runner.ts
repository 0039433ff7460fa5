import { queryGroup, type BenchQuery, type QueryGroup } from './queries.ts';
import { summarize, type LatencySummary } from './statistics.ts';

/** Runs one query and answers how many results it found. Throws when it fails. */
export type ExecuteQuery = (query: BenchQuery) => Promise<number>;

export interface QueryFailure {
	query: BenchQuery;
	message: string;
}

/** Latencies of one query over the rounds, and what it found. */
export interface QueryTiming {
	query: BenchQuery;
	total: number;
	milliseconds: number[];
}

export interface SeriesResult {
	/** Per group, and `all` for both groups run one after the other. */
	summaries: Record<QueryGroup | 'all', LatencySummary>;
	perQuery: QueryTiming[];
	failures: QueryFailure[];
}

export interface SeriesOptions {
	rounds: number;
	/** Queries in flight at once; 1 runs them one after another. */
	concurrency: number;
	/** Asked before every query: true ends the series early (e.g. after Ctrl-C). */
	shouldStop?: () => boolean;
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * Times every query `rounds` times after one untimed warm-up pass (which fills caches and lets
 * the JIT settle). A query that fails in the warm-up is reported and left out of the timing.
 * Each group (text only, with facets) is timed as its own series, so each has a true
 * queries-per-second figure; `all` is both series together.
 */
export async function runSeries(
	queries: readonly BenchQuery[],
	execute: ExecuteQuery,
	options: SeriesOptions
): Promise<SeriesResult> {
	const failures: QueryFailure[] = [];
	const timings = new Map<BenchQuery, QueryTiming>();
	for (const query of queries) {
		if (options.shouldStop?.()) break;
		try {
			timings.set(query, { query, total: await execute(query), milliseconds: [] });
		} catch (error) {
			failures.push({ query, message: messageOf(error) });
		}
	}

	const groups: QueryGroup[] = ['text', 'facets'];
	const summaries = {} as Record<QueryGroup | 'all', LatencySummary>;
	const allLatencies: number[] = [];
	let allWall = 0;
	for (const group of groups) {
		const members = [...timings.values()].filter((timing) => queryGroup(timing.query) === group);
		const jobs: QueryTiming[] = [];
		for (let round = 0; round < options.rounds; round += 1) jobs.push(...members);
		const latencies: number[] = [];
		let next = 0;
		const worker = async () => {
			while (next < jobs.length && !options.shouldStop?.()) {
				const timing = jobs[next++]!;
				const started = performance.now();
				try {
					await execute(timing.query);
				} catch (error) {
					failures.push({ query: timing.query, message: messageOf(error) });
					continue;
				}
				const elapsed = performance.now() - started;
				timing.milliseconds.push(elapsed);
				latencies.push(elapsed);
			}
		};
		const started = performance.now();
		await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
		const wall = performance.now() - started;
		summaries[group] = summarize(latencies, wall);
		allLatencies.push(...latencies);
		allWall += wall;
	}
	summaries.all = summarize(allLatencies, allWall);
	return { summaries, perQuery: [...timings.values()], failures };
}
