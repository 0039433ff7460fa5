import { conceptLexicon } from '../matching/concept-lexicon.ts';
import { LEXICON_LANGUAGES, type LexiconLanguage } from '../matching/lexicon/concept.ts';

/**
 * A lexicon concept as a reader sees it in an explanation: its first surface form in the reader's
 * language ("compostage" for `compost` in French), English where the lexicon has no forms in that
 * language (Russian), the id as a last resort.
 */
export function conceptLabel(conceptId: string, locale: string): string {
	const spec = conceptLexicon().concepts.get(conceptId);
	if (!spec) return conceptId.replace(/-/g, ' ');
	const language: LexiconLanguage = (LEXICON_LANGUAGES as readonly string[]).includes(locale)
		? (locale as LexiconLanguage)
		: 'en';
	const form = spec.terms[language][0] ?? spec.terms.en[0];
	return form ? form.replace(/^=/, '') : conceptId.replace(/-/g, ' ');
}
