/** The languages the analyzer stems and removes stop words for. */
export const ANALYZED_LANGUAGES = ['en', 'es', 'fr', 'pt', 'ar', 'ru'] as const;
export type AnalyzedLanguage = (typeof ANALYZED_LANGUAGES)[number];

const primaryLanguages = new Map<string, string>();

/**
 * The primary language subtag of a BCP 47 tag, lower-cased (`'pt-BR'` → `'pt'`), or `'und'`
 * when the tag is missing or not well formed. Records and readers may carry regional tags.
 */
export function primaryLanguage(tag: string | null | undefined): string {
	if (!tag) return 'und';
	let primary = primaryLanguages.get(tag);
	if (primary === undefined) {
		primary = canonicalPrimary(tag);
		// Tags come from records and readers: a handful of distinct values in practice.
		if (primaryLanguages.size < 1000) primaryLanguages.set(tag, primary);
	}
	return primary;
}

function canonicalPrimary(tag: string): string {
	try {
		const [canonical] = Intl.getCanonicalLocales(tag);
		return canonical?.split('-')[0]?.toLowerCase() ?? 'und';
	} catch {
		return 'und';
	}
}

export function isAnalyzedLanguage(language: string): language is AnalyzedLanguage {
	return (ANALYZED_LANGUAGES as readonly string[]).includes(language);
}
