/**
 * Ranking quality measures over graded judgments (TREC qrels): grade 2 directly relevant, 1
 * related, unlisted 0.
 */

/** Judged solutions of one need: id → grade. */
export type Judgments = ReadonlyMap<string, number>;

/**
 * nDCG at k with graded gains (the grade itself: 2, 1, 0) and the standard log2 discount; the
 * ideal ranking is the judged solutions sorted by grade.
 * @example ndcgAt(['a', 'x'], new Map([['a', 2]]), 10) === 1
 */
export function ndcgAt(ranking: readonly string[], judgments: Judgments, k: number): number {
	const dcg = ranking
		.slice(0, k)
		.reduce((sum, id, index) => sum + (judgments.get(id) ?? 0) / Math.log2(index + 2), 0);
	const ideal = [...judgments.values()]
		.filter((grade) => grade > 0)
		.sort((a, b) => b - a)
		.slice(0, k)
		.reduce((sum, grade, index) => sum + grade / Math.log2(index + 2), 0);
	return ideal === 0 ? 0 : dcg / ideal;
}

/** Reciprocal rank of the first result graded 1 or more within the first k (0 if none). */
export function reciprocalRankAt(
	ranking: readonly string[],
	judgments: Judgments,
	k: number
): number {
	const index = ranking.slice(0, k).findIndex((id) => (judgments.get(id) ?? 0) >= 1);
	return index === -1 ? 0 : 1 / (index + 1);
}

/** Share of the solutions graded 1 or more that appear within the first k. */
export function recallAt(ranking: readonly string[], judgments: Judgments, k: number): number {
	const relevant = [...judgments].filter(([, grade]) => grade >= 1).map(([id]) => id);
	if (relevant.length === 0) return 0;
	const top = new Set(ranking.slice(0, k));
	return relevant.filter((id) => top.has(id)).length / relevant.length;
}

export interface RankingScores {
	ndcg10: number;
	mrr10: number;
	recall10: number;
}

/** The three measures at 10 for one need. */
export function scoreRanking(ranking: readonly string[], judgments: Judgments): RankingScores {
	return {
		ndcg10: ndcgAt(ranking, judgments, 10),
		mrr10: reciprocalRankAt(ranking, judgments, 10),
		recall10: recallAt(ranking, judgments, 10)
	};
}

/** The mean of each measure over needs (0 for none). */
export function meanScores(scores: readonly RankingScores[]): RankingScores {
	const mean = (pick: (score: RankingScores) => number) =>
		scores.length === 0 ? 0 : scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
	return {
		ndcg10: mean((score) => score.ndcg10),
		mrr10: mean((score) => score.mrr10),
		recall10: mean((score) => score.recall10)
	};
}
