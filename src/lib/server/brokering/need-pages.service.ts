import type { ReadContext } from '../context.ts';
import { isDomainError } from '../http/errors.ts';
import { isStaff } from '../identity/actor.ts';
import { countryNames } from '../search/reference-values.ts';
import { listSdgGoals, listSectors } from '../taxonomy/taxonomy.repository.ts';
import { BROKERING_LANGUAGES, SUPPORT_TYPES, type SupportType } from './brokering-terms.ts';
import { canRunPipeline } from './brokering.policy.ts';
import { listNeedConnections, type NeedConnectionItem } from './need-connections.service.ts';
import { getNeedMatches, type NeedMatches } from './need-matches.service.ts';
import { suggestTagsForNeedForm, type NeedTagSuggestions } from './need-tag-suggestions.service.ts';
import type { NeedDetail } from './needs.presenter.ts';
import { NEED_LIMITS } from './needs.schema.ts';
import { getNeed, getNeedEditor, type NeedEditor } from './needs.service.ts';

/** The use-cases behind the need pages, each composing what one page shows. */

export interface NeedChoices {
	goals: { number: number; shortName: string }[];
	sectors: { slug: string; name: string }[];
	/** Every country, by its name in the reader's language. */
	countries: { code: string; name: string }[];
	supportTypes: readonly SupportType[];
	languages: readonly string[];
}

/** The lists the need form and the list's filters choose from (public reference data). */
export async function getNeedChoices(context: ReadContext): Promise<NeedChoices> {
	const { db, locale } = context;
	const [goals, sectors, countries] = await Promise.all([
		listSdgGoals(db, locale),
		listSectors(db),
		countryNames(db, locale)
	]);
	const collator = new Intl.Collator(locale);
	return {
		goals: goals.map(({ number, shortName }) => ({ number, shortName })),
		sectors: sectors.map(({ slug, name }) => ({ slug, name })),
		countries: [...countries]
			.map(([code, name]) => ({ code, name }))
			.sort((a, b) => collator.compare(a.name, b.name)),
		supportTypes: SUPPORT_TYPES,
		languages: BROKERING_LANGUAGES
	};
}

export interface NeedFormPage {
	/** Null when a signed-in person without an organization opens the form for a new need. */
	editor: NeedEditor | null;
	choices: NeedChoices;
	/** Curators and admins may post for any organization: they type its address. */
	anyOrganization: boolean;
	/** On the edit page, what the saved title and description suggest. */
	suggestions: NeedTagSuggestions | null;
	limits: typeof NEED_LIMITS;
}

/**
 * The need form: empty for a new need (id null), the saved need for its people and curators.
 * Visitors → unauthenticated; someone who may not edit the need → forbidden (404 if they may not
 * even read it).
 */
export async function getNeedFormPage(
	context: ReadContext,
	id: number | null
): Promise<NeedFormPage> {
	const [editor, choices] = await Promise.all([
		getNeedEditor(context, id).catch((error: unknown) => {
			// Without an organization one cannot post: the page says why and how to join one.
			if (id === null && isDomainError(error) && error.code === 'forbidden') return null;
			throw error;
		}),
		getNeedChoices(context)
	]);
	const suggestions =
		editor && editor.id !== null ? await suggestTagsForNeedForm(context, editor.values) : null;
	return {
		editor,
		choices,
		anyOrganization: isStaff(context.actor),
		suggestions,
		limits: NEED_LIMITS
	};
}

export interface NeedPage {
	need: NeedDetail;
	/** For the need's people and curators only. */
	matches: NeedMatches | null;
	connections: NeedConnectionItem[];
	/** Curators and admins: they may also suggest a match and open the pipeline. */
	broker: boolean;
}

/**
 * A need's page: the need for anyone who may read it, and for its people and curators the
 * ranked matches and the connections already made.
 */
export async function getNeedPage(context: ReadContext, id: number): Promise<NeedPage> {
	const need = await getNeed(context, id);
	const [matches, connections] = need.can.seeMatches
		? await Promise.all([getNeedMatches(context, id), listNeedConnections(context, id)])
		: [null, []];
	return { need, matches, connections, broker: canRunPipeline(context.actor) };
}
