import { IntlMessageFormat } from 'intl-messageformat';

export type Messages = Record<string, string>;
export type MessageValues = Record<string, string | number | Date | boolean>;
export type Translate = (key: string, values?: MessageValues) => string;

/**
 * Returns `t(key, values)` for one locale. Messages are ICU MessageFormat; a key missing in the
 * locale falls back to English, and a key missing everywhere shows the key itself (and a test
 * keeps that from reaching users: see messages.test.ts).
 */
export function createTranslator(
	locale: string,
	messages: Messages,
	fallback: Messages
): Translate {
	const compiled = new Map<string, IntlMessageFormat>();
	return (key, values) => {
		let format = compiled.get(key);
		if (!format) {
			const own = messages[key];
			const source = own ?? fallback[key];
			if (source === undefined) return key;
			format = new IntlMessageFormat(source, own === undefined ? 'en' : locale);
			compiled.set(key, format);
		}
		const result = format.format(values);
		return Array.isArray(result) ? result.join('') : String(result);
	};
}
