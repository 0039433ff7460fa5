import { z } from 'zod';
import { parseInput } from '../http/query.ts';
import type { FormProblem } from '../solutions/solution-editor.schema.ts';
import {
	BROKERING_LANGUAGES,
	isSupportType,
	NEED_VISIBILITIES,
	type NeedVisibility,
	type SupportType
} from './brokering-terms.ts';

export const NEED_LIMITS = {
	title: { min: 5, max: 200 },
	description: { min: 30, max: 10_000 },
	tried: 5_000,
	line: 200,
	targets: 40
} as const;

const text = z
	.union([z.string(), z.number()])
	.transform(String)
	.pipe(z.string().max(40_000))
	.default('');
/** A list given as repeated form fields, a JSON array, or one value. */
const list = z.preprocess(
	(value) => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]),
	z.array(z.union([z.string(), z.number()]).transform(String).pipe(z.string().max(100))).max(80)
);

/**
 * A need as typed on the form or sent to the API: every field a string or a list of strings, so a
 * form that fails validation is shown again exactly as it was. `checkNeedForm` turns it into a
 * checked need or per-field problems; the bounds here only refuse absurd input.
 */
export const needFormSchema = z.object({
	title: text,
	/** The problem, in the requester's own words. */
	description: text,
	/** What the city has already tried. */
	tried: text,
	/** The language the texts are written in. */
	language: text,
	/** Slug of the organization the need is posted for. */
	organization: text,
	supportTypes: list,
	sdgs: list,
	/** SDG target codes: a list, or "11.6, 6.a" in one field. */
	targets: z.union([list, text]).default([]),
	sectors: list,
	/** ISO 3166-1 alpha-2 code. */
	country: text,
	/** A city name in that country. */
	city: text,
	timeframe: text,
	/** Languages the requester can work in. */
	languages: list,
	visibility: text
});

export type NeedFormValues = z.output<typeof needFormSchema> & { targets: string[] };

export function emptyNeedForm(): NeedFormValues {
	return { ...needFormSchema.parse({}), targets: [], visibility: 'public', language: '' };
}

/** Reads a form post into raw input (repeated checkboxes become lists). */
export function readNeedForm(form: FormData): Record<string, unknown> {
	const raw: Record<string, unknown> = {};
	for (const key of Object.keys(needFormSchema.shape)) {
		const values = form.getAll(key).filter((value): value is string => typeof value === 'string');
		raw[key] = ['supportTypes', 'sdgs', 'sectors', 'languages'].includes(key)
			? values
			: (values[0] ?? '');
	}
	return raw;
}

/**
 * Parses raw input into form values (bad shapes → 400 naming the field); target codes written in
 * one field ("11.6, 6.a") become a list.
 */
export function toNeedFormValues(input: unknown): NeedFormValues {
	const parsed = parseInput(needFormSchema, input);
	const written = Array.isArray(parsed.targets) ? parsed.targets : [parsed.targets];
	const targets = written.flatMap((value) => value.split(/[,;\s]+/)).filter(Boolean);
	return { ...parsed, targets };
}

/** A need that passed the form's own checks (references are resolved by the service). */
export interface CheckedNeed {
	title: string;
	description: string;
	tried: string | null;
	language: string;
	organization: string;
	supportTypes: SupportType[];
	sdgs: number[];
	targets: string[];
	sectors: string[];
	country: string | null;
	city: string | null;
	timeframe: string | null;
	languages: string[];
	visibility: NeedVisibility;
}

const TARGET_CODE = /^(1[0-7]|[1-9])\.([1-9][0-9]?|[a-z])$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;

const clean = (value: string) => value.replace(/\r\n?/g, '\n').trim();
const unique = <T>(values: T[]) => [...new Set(values)];

/**
 * The form's own rules, every problem at once: title and problem description are required, at
 * least one kind of support, and each choice from its list. Whether sectors, targets, the country
 * and the city exist is checked against the database by the service.
 */
export function checkNeedForm(values: NeedFormValues): {
	need: CheckedNeed;
	problems: FormProblem[];
} {
	const problems: FormProblem[] = [];
	const title = clean(values.title);
	const description = clean(values.description);
	const tried = clean(values.tried);
	const timeframe = clean(values.timeframe);
	if (title.length < NEED_LIMITS.title.min) {
		problems.push({
			field: 'title',
			key: 'needForm.error.titleRequired',
			values: { min: NEED_LIMITS.title.min }
		});
	} else if (title.length > NEED_LIMITS.title.max) {
		problems.push({
			field: 'title',
			key: 'solutionForm.error.tooLong',
			values: { max: NEED_LIMITS.title.max }
		});
	}
	if (description.length < NEED_LIMITS.description.min) {
		problems.push({
			field: 'description',
			key: 'needForm.error.descriptionRequired',
			values: { min: NEED_LIMITS.description.min }
		});
	} else if (description.length > NEED_LIMITS.description.max) {
		problems.push({
			field: 'description',
			key: 'solutionForm.error.tooLong',
			values: { max: NEED_LIMITS.description.max }
		});
	}
	if (tried.length > NEED_LIMITS.tried) {
		problems.push({
			field: 'tried',
			key: 'solutionForm.error.tooLong',
			values: { max: NEED_LIMITS.tried }
		});
	}
	if (timeframe.length > NEED_LIMITS.line) {
		problems.push({
			field: 'timeframe',
			key: 'solutionForm.error.tooLong',
			values: { max: NEED_LIMITS.line }
		});
	}
	const languageChoices: readonly string[] = BROKERING_LANGUAGES;
	const language = values.language.trim();
	if (!languageChoices.includes(language)) {
		problems.push({ field: 'language', key: 'solutionForm.error.language' });
	}
	const supportTypes = unique(values.supportTypes.map((value) => value.trim()));
	if (supportTypes.length === 0) {
		problems.push({ field: 'supportTypes', key: 'needForm.error.supportRequired' });
	} else if (!supportTypes.every(isSupportType)) {
		problems.push({ field: 'supportTypes', key: 'needForm.error.support' });
	}
	const sdgs = unique(values.sdgs.map((value) => Number(value.trim())));
	if (!sdgs.every((goal) => Number.isInteger(goal) && goal >= 1 && goal <= 17)) {
		problems.push({ field: 'sdgs', key: 'solutionForm.error.unknownGoal' });
	}
	const targets = unique(values.targets.map((code) => code.trim().toLowerCase()).filter(Boolean));
	const badTarget = targets.find((code) => !TARGET_CODE.test(code));
	if (badTarget !== undefined) {
		problems.push({
			field: 'targets',
			key: 'solutionForm.error.targetFormat',
			values: { code: badTarget }
		});
	} else if (targets.length > NEED_LIMITS.targets) {
		problems.push({
			field: 'targets',
			key: 'solutionForm.error.tooMany',
			values: { max: NEED_LIMITS.targets }
		});
	}
	const languages = unique(values.languages.map((value) => value.trim()));
	if (!languages.every((value) => languageChoices.includes(value))) {
		problems.push({ field: 'languages', key: 'solutionForm.error.language' });
	}
	const visibility = values.visibility.trim();
	const visibilities: readonly string[] = NEED_VISIBILITIES;
	if (!visibilities.includes(visibility)) {
		problems.push({ field: 'visibility', key: 'needForm.error.visibility' });
	}
	const country = values.country.trim().toUpperCase();
	if (country !== '' && !COUNTRY_CODE.test(country)) {
		problems.push({
			field: 'country',
			key: 'solutionForm.error.unknownCountry',
			values: { name: country }
		});
	}
	const city = clean(values.city);
	if (city !== '' && country === '') {
		problems.push({ field: 'country', key: 'needForm.error.countryForCity' });
	}
	if (city.length > NEED_LIMITS.line) {
		problems.push({
			field: 'city',
			key: 'solutionForm.error.tooLong',
			values: { max: NEED_LIMITS.line }
		});
	}
	return {
		need: {
			title,
			description,
			tried: tried || null,
			language,
			organization: values.organization.trim(),
			supportTypes: supportTypes.filter(isSupportType),
			sdgs: sdgs.filter((goal) => Number.isInteger(goal)),
			targets,
			sectors: unique(values.sectors.map((value) => value.trim()).filter(Boolean)),
			country: country || null,
			city: city || null,
			timeframe: timeframe || null,
			languages: unique([language, ...languages]).filter((value) =>
				languageChoices.includes(value)
			),
			visibility: visibility as NeedVisibility
		},
		problems
	};
}
