import type { z } from 'zod';
import { invalidInput, type DomainError, type FieldProblem } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';

/**
 * Cluster forms and API bodies are checked with schemas whose error messages are message keys
 * (`clusterForm.error.*`); problems reach the person in their language, one per field. Limits
 * reach the message as `{min}` and `{max}`.
 */

export type CheckedInput<Output> =
	{ ok: true; data: Output } | { ok: false; problems: FieldProblem[] };

export function checkClusterInput<Schema extends z.ZodType>(
	schema: Schema,
	input: unknown,
	locale: string
): CheckedInput<z.output<Schema>> {
	const result = schema.safeParse(input);
	if (result.success) return { ok: true, data: result.data };
	const t = translatorFor(locale);
	const problems = result.error.issues.map((issue) => ({
		field: issue.path.length > 0 ? issue.path.join('.') : '(input)',
		reason: t(issue.message, {
			min: 'minimum' in issue ? Number(issue.minimum) : 0,
			max: 'maximum' in issue ? Number(issue.maximum) : 0
		})
	}));
	return { ok: false, problems };
}

/** The `invalid_input` error of a cluster form, its summary in the reader's language. */
export function invalidClusterInput(locale: string, problems: FieldProblem[]): DomainError {
	return invalidInput(
		problems,
		translatorFor(locale)('clusterForm.error.summary', { count: problems.length })
	);
}

/** Checks input, or throws `invalid_input` naming each field. */
export function parseClusterInput<Schema extends z.ZodType>(
	schema: Schema,
	input: unknown,
	locale: string
): z.output<Schema> {
	const checked = checkClusterInput(schema, input, locale);
	if (!checked.ok) throw invalidClusterInput(locale, checked.problems);
	return checked.data;
}
