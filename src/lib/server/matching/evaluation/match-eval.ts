import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { loadReferenceData } from '../../reference/reference.service.ts';
import { rebuildSearchIndex } from '../../search/index-writer.ts';
import { matchIndexFor } from '../match-index-cache.ts';
import { matchSolutions, rankerSettings } from '../matching.service.ts';
import { cityKey, loadBenchSolutions } from './bench-database.ts';
import {
	benchNeedSchema,
	benchSolutionSchema,
	readJsonLines,
	readQrels,
	type BenchNeed
} from './bench-files.ts';
import { meanScores, scoreRanking, type RankingScores } from './metrics.ts';

/**
 * `galaxy match-eval`: loads a benchmark into a fresh temporary SQLite database (schema, reference
 * data, the solutions as published records, the search index), ranks the solutions for every need
 * through the same service the platform uses, and scores the first ten against the judgments —
 * for the chosen ranker and for plain BM25.
 */

export interface MatchEvalOptions {
	solutionsFile: string;
	needsFile: string;
	qrelsFile: string;
	ranker: string;
	/** Drop the needs' SDGs and sectors first (text-only needs). */
	ignoreTags: boolean;
	dataDirectory: string;
}

export interface NeedResult {
	needId: string;
	language: string;
	ranker: RankingScores;
	baseline: RankingScores;
	/** The first ten solutions (benchmark ids) of the ranker. */
	top: string[];
}

export interface MatchEvalReport {
	ranker: string;
	ignoreTags: boolean;
	needs: NeedResult[];
	mean: RankingScores;
	baseline: RankingScores;
	solutions: number;
	/** Left out: unknown tags and countries, judgments of unknown solutions, needs without judgments. */
	skipped: { sectors: number; countries: number; judgments: number; needs: number };
	/** Milliseconds: loading and indexing (search and match index), then ranking (both rankers, all needs). */
	timings: { load: number; rank: number };
}

export const BASELINE_RANKER = 'bm25';
const CUTOFF = 10;

export async function runMatchEval(options: MatchEvalOptions): Promise<MatchEvalReport> {
	const settings = rankerSettings(options.ranker);
	const solutions = readJsonLines(options.solutionsFile, benchSolutionSchema);
	const needs = readJsonLines(options.needsFile, benchNeedSchema).map((need) =>
		options.ignoreTags ? { ...need, sdgs: [], sectors: [] } : need
	);
	const qrels = readQrels(options.qrelsFile);
	const folder = mkdtempSync(join(tmpdir(), 'galaxy-match-eval-'));
	const { db, close } = openDatabase(`sqlite:${join(folder, 'eval.db')}`);
	try {
		const started = performance.now();
		await migrateToLatest(db);
		await loadReferenceData(db, options.dataDirectory);
		const load = await loadBenchSolutions(db, solutions, {
			dataDirectory: options.dataDirectory,
			needPlaces: needs.flatMap((need) =>
				need.country && need.city ? [{ country: need.country, city: need.city }] : []
			)
		});
		await rebuildSearchIndex(db);
		await matchIndexFor(db); // built here, so the ranking time is the ranking's
		const loaded = performance.now();

		const rank = async (need: BenchNeed, ranker: typeof settings | string) => {
			const { matches } = await matchSolutions(
				db,
				{
					title: need.title,
					description: need.description,
					language: need.language,
					sectors: need.sectors,
					sdgs: need.sdgs,
					countryCode: need.country,
					cityId:
						need.country && need.city ? load.cityIds.get(cityKey(need.country, need.city)) : null
				},
				{ ranker, limit: CUTOFF }
			);
			return matches.map((match) => load.referenceOf.get(match.solutionId)!);
		};
		const results: NeedResult[] = [];
		const judged = needs.filter((need) => qrels.has(need.id));
		for (const need of judged) {
			const judgments = qrels.get(need.id)!;
			const top = await rank(need, settings);
			const baseline = await rank(need, BASELINE_RANKER);
			results.push({
				needId: need.id,
				language: need.language,
				ranker: scoreRanking(top, judgments),
				baseline: scoreRanking(baseline, judgments),
				top
			});
		}
		const known = new Set(solutions.map((solution) => solution.id));
		const judgments = [...qrels.values()].flatMap((needJudgments) => [...needJudgments.keys()]);
		return {
			ranker: options.ranker,
			ignoreTags: options.ignoreTags,
			needs: results,
			mean: meanScores(results.map((result) => result.ranker)),
			baseline: meanScores(results.map((result) => result.baseline)),
			solutions: solutions.length,
			skipped: {
				...load.skipped,
				judgments: judgments.filter((id) => !known.has(id)).length,
				needs: needs.length - judged.length
			},
			timings: { load: loaded - started, rank: performance.now() - loaded }
		};
	} finally {
		await close();
		rmSync(folder, { recursive: true, force: true });
	}
}
