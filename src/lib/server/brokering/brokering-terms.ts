/**
 * The words of brokering that needs, offers and the pipeline share: the kinds of support a city
 * asks for or a provider gives, and who may see a need.
 */

/** The kinds of support (the development set's `support` values; a need or offer lists several). */
export const SUPPORT_TYPES = [
	'technical-assistance',
	'peer-exchange',
	'training',
	'technology-transfer',
	'financing',
	'policy-advice'
] as const;
export type SupportType = (typeof SUPPORT_TYPES)[number];

export function isSupportType(value: string): value is SupportType {
	return (SUPPORT_TYPES as readonly string[]).includes(value);
}

/**
 * Who may see a need: everyone, signed-in members, or only curators (and the need's own people).
 * The requester and curators always see it, and only they see its matches.
 */
export const NEED_VISIBILITIES = ['public', 'members', 'curators'] as const;
export type NeedVisibility = (typeof NEED_VISIBILITIES)[number];

/** Languages a need or offer may be written in: those of the solutions and the interface. */
export { PLANNED_LOCALES as BROKERING_LANGUAGES } from '../../i18n/locales.ts';
