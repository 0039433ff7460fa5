/** Latency statistics of one series of timed queries. */
export interface LatencySummary {
	count: number;
	p50: number;
	p95: number;
	max: number;
	/** Queries per second over the wall-clock time of the series. */
	qps: number;
}

/**
 * The nearest-rank percentile: the smallest sample that at least `percent` % of the samples do
 * not exceed. No interpolation, so the answer is always a latency that was measured.
 */
export function percentile(sorted: readonly number[], percent: number): number {
	if (sorted.length === 0) return Number.NaN;
	const rank = Math.max(1, Math.ceil((percent / 100) * sorted.length));
	return sorted[rank - 1] as number;
}

export function summarize(latencies: readonly number[], wallMilliseconds: number): LatencySummary {
	const sorted = [...latencies].sort((a, b) => a - b);
	return {
		count: sorted.length,
		p50: percentile(sorted, 50),
		p95: percentile(sorted, 95),
		max: sorted.at(-1) ?? Number.NaN,
		qps: wallMilliseconds > 0 ? (sorted.length * 1000) / wallMilliseconds : Number.NaN
	};
}
