import type { Messages } from './translator.ts';
import { PLANNED_LOCALES } from './locales.ts';

/** Every `messages/<locale>.json`, bundled at build time (server side only: pages ship no JS). */
const files = import.meta.glob<Messages>('../../../messages/*.json', {
	eager: true,
	import: 'default'
});

export const MESSAGES: Record<string, Messages> = Object.fromEntries(
	Object.entries(files).map(([path, messages]) => [
		path.slice(path.lastIndexOf('/') + 1, -'.json'.length),
		messages
	])
);

/** Locales with a messages file, in the planned order. */
export const AVAILABLE_LOCALES: string[] = PLANNED_LOCALES.filter((locale) => locale in MESSAGES);

export const ENGLISH: Messages = MESSAGES.en ?? {};
