import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Judgments } from './metrics.ts';

/**
 * The matchmaking benchmark's files (format in bench/matchmaking/README.md): solutions and needs
 * as JSON lines, judgments as TREC qrels. Validated on load, so a malformed held-out file fails
 * with the file, line and field rather than with a skewed score.
 */

const LANGUAGE = z.string().regex(/^[a-z]{2,3}$/);

export const benchSolutionSchema = z.object({
	id: z.string().min(1),
	title: z.string().min(1),
	summary: z.string(),
	challenge: z.string(),
	solution: z.string(),
	results: z.string(),
	language: LANGUAGE,
	sdgs: z.array(z.number().int().min(1).max(17)),
	sectors: z.array(z.string().min(1)),
	countries: z.array(z.string().length(2)),
	cities: z.array(z.string().min(1)).default([]),
	providers: z.array(z.string().min(1)).default([]),
	modality: z.enum(['south-south', 'triangular']).default('south-south'),
	year: z.number().int().nullable().default(null)
});
export type BenchSolution = z.infer<typeof benchSolutionSchema>;

export const benchNeedSchema = z.object({
	id: z.string().min(1),
	title: z.string().min(1),
	description: z.string(),
	language: LANGUAGE,
	sdgs: z.array(z.number().int().min(1).max(17)).default([]),
	sectors: z.array(z.string().min(1)).default([]),
	country: z.string().length(2).nullable().default(null),
	city: z.string().nullable().default(null),
	support: z.array(z.string()).default([])
});
export type BenchNeed = z.infer<typeof benchNeedSchema>;

/** Reads a JSON-lines file, validating every line. */
export function readJsonLines<Schema extends z.ZodType>(
	path: string,
	schema: Schema
): z.infer<Schema>[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.flatMap((line, index) => {
			if (line.trim() === '') return [];
			const parsed = schema.safeParse(JSON.parse(line));
			if (!parsed.success) {
				const issue = parsed.error.issues[0];
				throw new Error(`${path}:${index + 1}: ${issue?.path.join('.')}: ${issue?.message}`);
			}
			return [parsed.data];
		});
}

/** Reads TREC qrels (`need <TAB> 0 <TAB> solution <TAB> grade`): need id → judgments. */
export function readQrels(path: string): Map<string, Judgments> {
	const qrels = new Map<string, Map<string, number>>();
	readFileSync(path, 'utf8')
		.split('\n')
		.forEach((line, index) => {
			if (line.trim() === '') return;
			const [need, , solution, grade] = line.trim().split(/\s+/);
			const value = Number(grade);
			if (!need || !solution || !Number.isInteger(value)) {
				throw new Error(`${path}:${index + 1}: expected "need 0 solution grade"`);
			}
			let judgments = qrels.get(need);
			if (!judgments) qrels.set(need, (judgments = new Map()));
			judgments.set(solution, value);
		});
	return qrels;
}
