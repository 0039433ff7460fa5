import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { createTranslator, type Translate } from '../../i18n/translator.ts';
import { invalidInput, type DomainError, type FieldProblem } from '../http/errors.ts';
import type { FormProblem } from './solution-editor.schema.ts';

/**
 * The solution workflow answers in the reader's language: its field problems and refusals are
 * shown as they are, next to the fields of the form.
 */
export function translatorFor(locale: string): Translate {
	return createTranslator(locale, MESSAGES[locale] ?? ENGLISH, ENGLISH);
}

/** Field problems in the reader's language; several about one field read as one message. */
export function localizeProblems(locale: string, problems: FormProblem[]): FieldProblem[] {
	const t = translatorFor(locale);
	const byField = new Map<string, string[]>();
	for (const problem of problems) {
		const reasons = byField.get(problem.field) ?? [];
		const reason = t(problem.key, problem.values);
		if (!reasons.includes(reason)) reasons.push(reason);
		byField.set(problem.field, reasons);
	}
	return [...byField].map(([field, reasons]) => ({ field, reason: reasons.join(' ') }));
}

/** The `invalid_input` error of a form with problems, its summary in the reader's language. */
export function invalidSolutionForm(locale: string, problems: FormProblem[]): DomainError {
	const details = localizeProblems(locale, problems);
	return invalidInput(
		details,
		translatorFor(locale)('solutionForm.error.summary', { count: details.length })
	);
}
