import { z } from 'zod';
import { invalidInput } from './errors.ts';

/**
 * Parses URL query parameters with a zod schema. Repeated parameters (`?sdg=6&sdg=11`) arrive as
 * arrays, single ones as strings. Bad input becomes an `invalid_input` error naming each field.
 */
export function parseQuery<Schema extends z.ZodType>(
	schema: Schema,
	params: URLSearchParams
): z.output<Schema> {
	const raw: Record<string, string | string[]> = {};
	for (const key of new Set(params.keys())) {
		const values = params.getAll(key).filter((value) => value !== '');
		if (values.length === 0) continue;
		raw[key] = values.length === 1 ? (values[0] as string) : values;
	}
	return parseInput(schema, raw);
}

/** Validates any input with a zod schema, throwing `invalid_input` with one problem per field. */
export function parseInput<Schema extends z.ZodType>(
	schema: Schema,
	input: unknown
): z.output<Schema> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	throw invalidInput(
		result.error.issues.map((issue) => ({
			field: issue.path.length > 0 ? issue.path.join('.') : '(input)',
			reason: issue.message
		}))
	);
}

/** A query parameter that may be given once or repeated, always returned as an array. */
export function repeated<Item extends z.ZodType>(item: Item) {
	return z.preprocess(
		(value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]),
		z.array(item).max(20)
	);
}

export const pageSchema = z.coerce
	.number({ error: 'must be a whole number' })
	.int('must be a whole number')
	.min(1, 'must be 1 or more')
	.max(100_000, 'is too large')
	.default(1);

export const pageSizeSchema = z.coerce
	.number({ error: 'must be a whole number' })
	.int('must be a whole number')
	.min(1, 'must be 1 or more')
	.max(100, 'must be 100 or less')
	.default(20);

export interface Page<Item> {
	data: Item[];
	page: number;
	pageSize: number;
	total: number;
}
