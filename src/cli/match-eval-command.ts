import { dataDirectory } from '../lib/server/config/paths.ts';
import {
	runMatchEval,
	type MatchEvalOptions
} from '../lib/server/matching/evaluation/match-eval.ts';
import { formatMatchEval } from '../lib/server/matching/evaluation/match-eval-report.ts';

/**
 * `galaxy match-eval`: scores the matchmaking ranker on a benchmark in a fresh temporary database
 * and prints the scores per need, the means, and last a JSON line for scripts.
 */
export async function runMatchEvalCommand(
	options: Omit<MatchEvalOptions, 'dataDirectory'>
): Promise<void> {
	const report = await runMatchEval({ ...options, dataDirectory: dataDirectory() });
	for (const line of formatMatchEval(report)) console.log(line);
}
