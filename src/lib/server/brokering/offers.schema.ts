import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';
import { regionCodeSchema, sectorSlugSchema, slugSchema } from '../solutions/solutions.schema.ts';
import {
	BROKERING_LANGUAGES,
	SUPPORT_TYPES,
	isSupportType,
	type SupportType
} from './brokering-terms.ts';

export const OFFER_STATUSES = ['active', 'withdrawn'] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];

export const OFFER_LIMITS = {
	title: 200,
	description: 5_000,
	sectors: 10,
	regions: 30
} as const;

/** `/offers/12`, `/api/v1/offers/12`: a positive whole number. */
export const offerIdSchema = z.coerce
	.number({ error: 'must be the number of an offer' })
	.int('must be the number of an offer')
	.min(1, 'must be the number of an offer')
	.max(2_147_483_647, 'must be the number of an offer');

/** `GET /offers` and `GET /api/v1/offers` query parameters; each filter takes one value. */
export const offerListQuerySchema = z.object({
	q: z.string().trim().max(200, 'must be 200 characters or fewer').optional(),
	sector: sectorSlugSchema.optional(),
	support: z.enum(SUPPORT_TYPES, { error: 'is not a known kind of support' }).optional(),
	language: z
		.enum(BROKERING_LANGUAGES, { error: 'is not a language offers are written in' })
		.optional(),
	/** A UN M49 region or sub-region: offers for it, for the region around it, or for anywhere. */
	region: regionCodeSchema.optional(),
	/** The offering organization's address (slug). */
	organization: slugSchema.optional(),
	/** Withdrawn offers are listed only for their organization's people and for curators. */
	status: z.enum(OFFER_STATUSES, { error: 'must be active or withdrawn' }).default('active'),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type OfferListQuery = z.output<typeof offerListQuerySchema>;

/** A JSON client may send region codes as numbers; the form sends every choice as a string. */
const choice = z.union([z.string().max(100), z.number()]).transform(String);
const choices = z.array(choice).max(100);
const text = z.string().max(40_000);

/**
 * The offer, as typed: every field a string or a list of strings, so a form that fails
 * validation is shown again exactly as it was. The bounds only refuse absurd input;
 * `checkOfferForm` gives the friendly per-field messages. Unknown fields are refused, so a typo
 * in an API client's body is not silently ignored.
 */
export const offerFormSchema = z.strictObject({
	/** Slug of the offering organization. */
	organization: text.default(''),
	title: text.default(''),
	description: text.default(''),
	/** The language the offer is written in. */
	language: text.default(''),
	supportTypes: choices.default([]),
	sectors: choices.default([]),
	/** Languages the organization can work in (the offer's own counts without being ticked). */
	languages: choices.default([]),
	/** UN M49 region and sub-region codes; none means anywhere. */
	regions: choices.default([])
});

export type OfferFormValues = z.output<typeof offerFormSchema>;

/** A change to an offer (`PATCH`): only the fields given change; `status` withdraws or restores. */
export const offerChangesSchema = z.strictObject({
	organization: text.optional(),
	title: text.optional(),
	description: text.optional(),
	language: text.optional(),
	supportTypes: choices.optional(),
	sectors: choices.optional(),
	languages: choices.optional(),
	regions: choices.optional(),
	status: text.optional()
});

export type OfferChanges = z.output<typeof offerChangesSchema>;

export function emptyOfferForm(): OfferFormValues {
	return offerFormSchema.parse({});
}

/** Reads a form post into form values; checkbox groups arrive as repeated fields. */
export function readOfferForm(form: FormData): Record<string, unknown> {
	const one = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value : '';
	};
	const all = (name: string) =>
		form.getAll(name).filter((value): value is string => typeof value === 'string');
	return {
		organization: one('organization'),
		title: one('title'),
		description: one('description'),
		language: one('language'),
		supportTypes: all('supportTypes'),
		sectors: all('sectors'),
		languages: all('languages'),
		regions: all('regions')
	};
}

/** What a failed post shows again: the input as typed, or an empty form if it was not a form. */
export function keptOfferForm(input: unknown): OfferFormValues {
	const result = offerFormSchema.safeParse(input);
	return result.success ? result.data : emptyOfferForm();
}

/** A problem with one field, as a message key and its values, translated by the service. */
export interface OfferProblem {
	field: string;
	key: string;
	values?: Record<string, string | number>;
}

/** What the form says once checked, before the organization is looked up. */
export interface CheckedOffer {
	organization: string;
	title: string;
	description: string;
	language: string;
	supportTypes: SupportType[];
	sectors: string[];
	languages: string[];
	regions: number[];
}

/** The sectors and regions that exist, to check the choices against. */
export interface KnownOfferTerms {
	sectors: ReadonlySet<string>;
	regions: ReadonlySet<number>;
}

const isLanguage = (value: string) => (BROKERING_LANGUAGES as readonly string[]).includes(value);
const distinct = (values: string[]) => [...new Set(values.map((value) => value.trim()))];

/**
 * Checks an offer: a title, a description, its language, an organization and at least one kind
 * of support are needed; every chosen sector, language and region must exist. Problems are
 * message keys, so the service can say them in the reader's language.
 */
export function checkOfferForm(
	values: OfferFormValues,
	known: KnownOfferTerms
): { offer: CheckedOffer; problems: OfferProblem[] } {
	const problems: OfferProblem[] = [];
	const problem = (field: string, key: string, problemValues?: OfferProblem['values']) =>
		problems.push({ field, key, values: problemValues });

	const title = values.title.replace(/\s+/g, ' ').trim();
	if (title === '') problem('title', 'offers.error.titleRequired');
	if (title.length > OFFER_LIMITS.title) {
		problem('title', 'offers.error.tooLong', { max: OFFER_LIMITS.title });
	}
	const description = values.description.replace(/\r\n?/g, '\n').trim();
	if (description === '') problem('description', 'offers.error.descriptionRequired');
	if (description.length > OFFER_LIMITS.description) {
		problem('description', 'offers.error.tooLong', { max: OFFER_LIMITS.description });
	}
	const language = values.language.trim();
	if (!isLanguage(language)) problem('language', 'offers.error.language');
	const organization = values.organization.trim();
	if (organization === '') problem('organization', 'offers.error.organizationRequired');

	const supportTypes = distinct(values.supportTypes);
	if (supportTypes.length === 0) problem('supportTypes', 'offers.error.supportRequired');
	for (const value of supportTypes.filter((value) => !isSupportType(value))) {
		problem('supportTypes', 'offers.error.unknownChoice', { value });
	}
	const sectors = distinct(values.sectors).filter(Boolean);
	for (const value of sectors.filter((value) => !known.sectors.has(value))) {
		problem('sectors', 'offers.error.unknownChoice', { value });
	}
	if (sectors.length > OFFER_LIMITS.sectors) {
		problem('sectors', 'offers.error.tooMany', { max: OFFER_LIMITS.sectors });
	}
	const languages = distinct(values.languages).filter(Boolean);
	for (const value of languages.filter((value) => !isLanguage(value))) {
		problem('languages', 'offers.error.unknownChoice', { value });
	}
	const regionValues = distinct(values.regions).filter(Boolean);
	const regions: number[] = [];
	for (const value of regionValues) {
		const code = /^\d{1,3}$/.test(value) ? Number(value) : NaN;
		if (known.regions.has(code)) {
			if (!regions.includes(code)) regions.push(code);
		} else problem('regions', 'offers.error.unknownChoice', { value });
	}
	if (regions.length > OFFER_LIMITS.regions) {
		problem('regions', 'offers.error.tooMany', { max: OFFER_LIMITS.regions });
	}

	return {
		offer: {
			organization,
			title,
			description,
			language,
			supportTypes: supportTypes.filter(isSupportType),
			sectors,
			languages: languages.filter(isLanguage),
			regions: regions.sort((a, b) => a - b)
		},
		problems
	};
}
