import { getContext, setContext } from 'svelte';
import type { Translate } from './translator.ts';

export interface I18n {
	locale: string;
	dir: 'ltr' | 'rtl';
	t: Translate;
}

const KEY = Symbol('i18n');

export function setI18n(i18n: I18n): void {
	setContext(KEY, i18n);
}

/** The reader's language and translator, set once by the root layout. */
export function useI18n(): I18n {
	const i18n = getContext<I18n | undefined>(KEY);
	if (!i18n) throw new Error('useI18n() called outside the root layout');
	return i18n;
}
