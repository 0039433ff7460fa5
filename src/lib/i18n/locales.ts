/**
 * The languages the interface can speak. The six UN languages and Portuguese are planned;
 * a locale is offered only once its `messages/<locale>.json` exists (see `messages.ts`).
 */
export const PLANNED_LOCALES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt'] as const;
export type Locale = (typeof PLANNED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

const RIGHT_TO_LEFT = new Set<string>(['ar']);

export function textDirection(locale: string): 'ltr' | 'rtl' {
	return RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr';
}

export function isPlannedLocale(value: string): value is Locale {
	return (PLANNED_LOCALES as readonly string[]).includes(value);
}

/** Language tags from an Accept-Language header, best first (`fr-CA;q=0.8` → `fr-ca`). */
export function parseAcceptLanguage(header: string | null): string[] {
	if (!header) return [];
	return header
		.split(',')
		.map((part, index) => {
			const [tag = '', ...params] = part.trim().split(';');
			const quality = params
				.map((param) => /^\s*q=(.*)$/.exec(param)?.[1]?.trim())
				.find((value) => value !== undefined);
			// A malformed weight (q=abc) makes the whole entry unusable, as RFC 9110 intends.
			const q =
				quality === undefined ? 1 : /^[01](\.\d{0,3})?$/.test(quality) ? Number(quality) : 0;
			return { tag: tag.trim().toLowerCase(), q, index };
		})
		.filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.q > 0)
		.sort((a, b) => b.q - a.q || a.index - b.index)
		.map((entry) => entry.tag);
}

/**
 * Picks the interface language: an explicit choice in the URL (`?lang=fr`) wins, then the
 * remembered cookie, then the browser's Accept-Language, then English.
 */
export function resolveLocale(
	available: readonly string[],
	choice: { query?: string | null; cookie?: string | null; acceptLanguage?: string | null }
): string {
	for (const candidate of [choice.query, choice.cookie]) {
		if (candidate && available.includes(candidate)) return candidate;
	}
	for (const tag of parseAcceptLanguage(choice.acceptLanguage ?? null)) {
		const base = tag.split('-')[0] ?? '';
		if (available.includes(tag)) return tag;
		if (available.includes(base)) return base;
	}
	return available.includes(DEFAULT_LOCALE) ? DEFAULT_LOCALE : (available[0] ?? DEFAULT_LOCALE);
}
