import { z } from 'zod';
import type { ReadContext } from '../context.ts';
import { parseQuery } from '../http/query.ts';
import { matchIndexFor } from '../matching/match-index-cache.ts';
import { suggestTags } from '../matching/suggest-tags.ts';
import { taxonomyNames } from '../search/reference-values.ts';
import { BROKERING_LANGUAGES } from './brokering-terms.ts';
import type { NeedFormValues } from './needs.schema.ts';

/**
 * Sector themes and SDGs suggested from what a requester writes, for the need form: as a hint
 * after "Suggest themes from my text" (no JavaScript), on the edit page from the saved text, and
 * as they type (`GET /needs/tag-suggestions`, static/js/need-tag-suggestions.js).
 */

/** The most text read: the title and the start of the description say what the need is about. */
export const SUGGESTION_TEXT_MAX = 2_000;
/** Shorter texts name too few concepts for a suggestion worth showing. */
const SUGGESTION_TEXT_MIN = 12;

export const tagSuggestionQuerySchema = z.object({
	lang: z.enum(BROKERING_LANGUAGES, { error: 'must be one of en, fr, es, ar, ru, zh, pt' }),
	text: z
		.string()
		.max(SUGGESTION_TEXT_MAX, `must be ${SUGGESTION_TEXT_MAX} characters or fewer`)
		.default(''),
	/** The interface language the names are wanted in (`lang` is the text's). */
	ui: z.enum(BROKERING_LANGUAGES, { error: 'must be one of en, fr, es, ar, ru, zh, pt' }).optional()
});

export interface NeedTagSuggestions {
	/** Best first; `score` in (0, 1], the strongest 1. */
	sectors: { slug: string; name: string; score: number }[];
	sdgs: { number: number; name: string; score: number }[];
}

const round = (score: number) => Math.round(score * 100) / 100;

/**
 * Suggestions for a text in a language; concepts rare among the published solutions weigh more.
 * Public: it reads only reference data and the match index.
 * @example await suggestNeedTags(context, { text: 'Déchets du marché et compostage', language: 'fr' })
 *   // { sectors: [{ slug: 'waste-management', name: 'Waste management', score: 1 }], sdgs: [...] }
 */
export async function suggestNeedTags(
	context: ReadContext,
	{ text, language }: { text: string; language: string }
): Promise<NeedTagSuggestions> {
	const trimmed = text.slice(0, SUGGESTION_TEXT_MAX).trim();
	if (trimmed.length < SUGGESTION_TEXT_MIN) return { sectors: [], sdgs: [] };
	const [index, names] = await Promise.all([
		matchIndexFor(context.db),
		taxonomyNames(context.db, context.locale)
	]);
	const suggested = suggestTags(trimmed, language, { index });
	return {
		sectors: suggested.sectors.flatMap(({ sector, score }) => {
			const name = names.sectors.get(sector)?.name;
			return name ? [{ slug: sector, name, score: round(score) }] : [];
		}),
		sdgs: suggested.sdgs.flatMap(({ goal, score }) => {
			const name = names.goals.get(goal)?.shortName;
			return name ? [{ number: goal, name, score: round(score) }] : [];
		})
	};
}

/** `GET /needs/tag-suggestions?lang=&text=&ui=`: bad input → 400 naming the parameter. */
export async function suggestNeedTagsForQuery(
	context: ReadContext,
	params: URLSearchParams
): Promise<NeedTagSuggestions> {
	const { lang, text, ui } = parseQuery(tagSuggestionQuerySchema, params);
	return suggestNeedTags({ ...context, locale: ui ?? context.locale }, { text, language: lang });
}

/** Suggestions for the need form's own title and description, in the language it names. */
export async function suggestTagsForNeedForm(
	context: ReadContext,
	values: Pick<NeedFormValues, 'title' | 'description' | 'language'>
): Promise<NeedTagSuggestions> {
	const languages: readonly string[] = BROKERING_LANGUAGES;
	const language = languages.includes(values.language) ? values.language : context.locale;
	const text = `${values.title.trim()}\n${values.description.trim()}`;
	return suggestNeedTags(context, { text, language });
}

/**
 * The form after "Suggest themes from my text": a group the requester left empty gets the
 * suggestions ticked; a group they ticked themselves is left as they chose.
 */
export function tickSuggestions(
	values: NeedFormValues,
	suggestions: NeedTagSuggestions
): { values: NeedFormValues; ticked: boolean } {
	const tickSectors = values.sectors.length === 0 && suggestions.sectors.length > 0;
	const tickSdgs = values.sdgs.length === 0 && suggestions.sdgs.length > 0;
	return {
		values: {
			...values,
			sectors: tickSectors ? suggestions.sectors.map((sector) => sector.slug) : values.sectors,
			sdgs: tickSdgs ? suggestions.sdgs.map((goal) => String(goal.number)) : values.sdgs
		},
		ticked: tickSectors || tickSdgs
	};
}
