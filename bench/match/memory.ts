import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Process memory in bytes, after a full garbage collection when one can be forced. */
export interface MemorySample {
	rss: number;
	heapUsed: number;
	/** Typed arrays and buffers (the match index's postings live here). */
	arrayBuffers: number;
}

// `npm run bench:match` runs `node bench/match/main.ts` without --expose-gc; the flag can still be
// set at run time, and a new context then sees `gc`.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (() => void) | undefined;

export function sampleMemory(): MemorySample {
	gc?.();
	const { rss, heapUsed, arrayBuffers } = process.memoryUsage();
	return { rss, heapUsed, arrayBuffers };
}

/** Between timed series: garbage left by the previous one is not collected during the next. */
export function collectGarbage(): void {
	gc?.();
}

export const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
