import { BASELINE_RANKER, type MatchEvalReport } from './match-eval.ts';
import { meanScores, type RankingScores } from './metrics.ts';

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const fixed = (value: number) => value.toFixed(3);

function scores(scores: RankingScores) {
	return {
		ndcg10: round(scores.ndcg10),
		mrr10: round(scores.mrr10),
		recall10: round(scores.recall10)
	};
}

/**
 * How `galaxy match-eval` prints a report: scores per need, the means of the ranker and the
 * baseline, the means over each half of the needs (1st, 3rd, … and 2nd, 4th, …: tune on one,
 * check on the other), and last one JSON object for scripts.
 */
export function formatMatchEval(report: MatchEvalReport): string[] {
	const lines = [
		`match-eval: ${report.solutions} solutions, ${report.needs.length} needs, ranker "${report.ranker}"` +
			`${report.ignoreTags ? ', needs without their tags' : ''}; baseline "${BASELINE_RANKER}"`,
		'',
		`${'need'.padEnd(12)} lang  nDCG@10  RR@10  R@10   ${BASELINE_RANKER} nDCG@10`
	];
	for (const need of report.needs) {
		lines.push(
			`${need.needId.padEnd(12)} ${need.language.padEnd(4)}  ${fixed(need.ranker.ndcg10)}    ` +
				`${fixed(need.ranker.mrr10)}  ${fixed(need.ranker.recall10)}  ${fixed(need.baseline.ndcg10)}`
		);
	}
	const half = (parity: number) =>
		meanScores(report.needs.filter((_, index) => index % 2 === parity).map((need) => need.ranker));
	const { skipped } = report;
	const notes = [
		skipped.sectors > 0 ? `${skipped.sectors} unknown sector tags` : '',
		skipped.countries > 0 ? `${skipped.countries} unknown countries` : '',
		skipped.judgments > 0 ? `${skipped.judgments} judgments of unknown solutions` : '',
		skipped.needs > 0 ? `${skipped.needs} needs without judgments (not scored)` : ''
	].filter(Boolean);
	lines.push(
		'',
		`${report.ranker.padEnd(12)}      ${fixed(report.mean.ndcg10)}    ${fixed(report.mean.mrr10)}  ${fixed(report.mean.recall10)}`,
		`${BASELINE_RANKER.padEnd(12)}      ${fixed(report.baseline.ndcg10)}    ${fixed(report.baseline.mrr10)}  ${fixed(report.baseline.recall10)}`,
		`halves: needs 1, 3, 5… ${fixed(half(0).ndcg10)}; needs 2, 4, 6… ${fixed(half(1).ndcg10)} (nDCG@10)`,
		...(notes.length > 0 ? [`left out: ${notes.join(', ')}`] : []),
		`load and index ${(report.timings.load / 1000).toFixed(1)} s; ranking ${report.needs.length} needs twice ${Math.round(report.timings.rank)} ms`,
		JSON.stringify({
			ranker: report.ranker,
			...scores(report.mean),
			baseline: scores(report.baseline)
		})
	);
	return lines;
}
