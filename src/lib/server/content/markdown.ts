import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * User-written text (need and solution descriptions, comments, messages) is Markdown, rendered
 * here on the server. Two independent layers keep it inert:
 *
 * 1. markdown-it with `html: false`, so raw HTML in the source is escaped, never passed through;
 *    its own link check already refuses `javascript:`, `vbscript:`, `file:` and most `data:` URLs.
 * 2. sanitize-html with an explicit allowlist over markdown-it's output, so a bug or a future
 *    option in the Markdown layer still cannot produce a script, an event handler or a dangerous
 *    URL. `xss-corpus.ts` is run through both layers by `markdown.test.ts`.
 */

/**
 * The longest source accepted, in UTF-16 code units (`string.length`), about 8,000 words.
 *
 * Rendering is synchronous and runs on the one event loop that serves every user, and some
 * Markdown constructs (deeply nested brackets and emphasis, thousands of reference definitions)
 * cost more than linear time; a cap keeps one submission from stalling the server. Input schemas
 * should use this constant too, so users get a field error long before `renderMarkdown` throws.
 */
export const MAX_MARKDOWN_LENGTH = 50_000;

/** Thrown for a source longer than {@link MAX_MARKDOWN_LENGTH}; nothing is rendered. */
export class MarkdownTooLongError extends Error {
	readonly length: number;
	readonly maxLength: number;

	constructor(length: number) {
		super(
			`Markdown source is ${length} characters long; the most accepted is ${MAX_MARKDOWN_LENGTH}.`
		);
		this.name = 'MarkdownTooLongError';
		this.length = length;
		this.maxLength = MAX_MARKDOWN_LENGTH;
	}
}

/** Every link in user text: search engines get no endorsement, the target page no `opener`. */
export const USER_LINK_REL = 'nofollow ugc noopener';

const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

// No images for now: they arrive with uploads, when we can serve them from our own origin
// (third-party image URLs would leak readers' addresses and break the CSP `img-src 'self'`).
// Until then an image renders as its description, so the writer's words are not lost.
markdown.renderer.rules.image = (tokens, index, options, env, renderer) =>
	markdown.utils.escapeHtml(
		renderer.renderInlineAsText(tokens[index]?.children ?? [], options, env)
	);

const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
	allowedTags: [
		'p',
		'br',
		'strong',
		'em',
		'code',
		'pre',
		'blockquote',
		'ul',
		'ol',
		'li',
		'a',
		'h2',
		'h3',
		'h4',
		'hr',
		'table',
		'thead',
		'tbody',
		'tr',
		'th',
		'td'
	],
	// No style, class or id anywhere: table alignment (an inline style) and the fence language
	// (a class) are dropped on purpose. `start` keeps "3. 4. 5." numbered as the writer wrote it.
	allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'] },
	allowedClasses: {},
	allowedStyles: {},
	allowedSchemes: ['http', 'https', 'mailto'],
	allowedSchemesByTag: {},
	allowedSchemesAppliedToAttributes: ['href'],
	// `//host/path` is an external link that looks relative; writers use full URLs.
	allowProtocolRelative: false,
	disallowedTagsMode: 'discard',
	transformTags: {
		// The page owns its single h1; a writer's "# Title" becomes a section heading.
		h1: 'h2',
		h5: 'h4',
		h6: 'h4',
		// Rebuilt from scratch so rel is always ours and target (e.g. _blank) never survives.
		a: (_tagName, attribs) => ({
			tagName: 'a',
			attribs: {
				...(attribs.href === undefined ? {} : { href: attribs.href }),
				...(attribs.title === undefined ? {} : { title: attribs.title }),
				rel: USER_LINK_REL
			}
		})
	}
};

function assertWithinLimit(source: string): void {
	if (source.length > MAX_MARKDOWN_LENGTH) throw new MarkdownTooLongError(source.length);
}

/**
 * Renders user-written Markdown to HTML that is safe to insert with `{@html}`.
 *
 * @example renderMarkdown('# Water kiosks\n\nSee <https://example.org>.')
 * // '<h2>Water kiosks</h2>\n<p>See <a href="https://example.org" rel="nofollow ugc noopener">…'
 * @throws MarkdownTooLongError when `source` is longer than {@link MAX_MARKDOWN_LENGTH}.
 */
export function renderMarkdown(source: string): string {
	assertWithinLimit(source);
	return sanitizeContentHtml(markdown.render(source));
}

/**
 * The allowlist `renderMarkdown` applies to markdown-it's output. Exported so the tests can aim
 * the XSS corpus at this layer directly, as if raw HTML had slipped through the Markdown layer.
 */
export function sanitizeContentHtml(html: string): string {
	return sanitizeHtml(html, SANITIZE_OPTIONS);
}

type Separator = '' | ' ' | '\n' | '\n\n';
const SEPARATOR_STRENGTH: Record<Separator, number> = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 };

/** The separator a block token asks for before the next text. */
const BLOCK_BREAKS: Partial<Record<string, Separator>> = {
	paragraph_close: '\n\n',
	heading_close: '\n\n',
	blockquote_close: '\n\n',
	table_close: '\n\n',
	hr: '\n\n',
	list_item_open: '\n',
	list_item_close: '\n',
	tr_close: '\n',
	th_close: ' ',
	td_close: ' '
};

// C0 controls other than tab and line feed, and DEL: they have no place in a summary or e-mail.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

function inlineText(children: Token[]): string {
	let text = '';
	for (const child of children) {
		if (child.type === 'text' || child.type === 'code_inline') text += child.content;
		else if (child.type === 'softbreak') text += ' ';
		else if (child.type === 'hardbreak') text += '\n';
		else if (child.type === 'image') text += inlineText(child.children ?? []);
	}
	return text.replace(/[ \t]+/g, ' ');
}

/**
 * Plain text of user-written Markdown, for summaries, previews and the text part of e-mails:
 * blocks are separated by a blank line, list items and table rows by a line break, and markup,
 * link targets and images (their description stays) are dropped.
 *
 * The result is text, not HTML: escape it wherever it goes into HTML (Svelte's `{text}` does).
 * With `maxLength`, the text is cut at a word boundary where possible and ends with "…", the
 * whole being at most `maxLength` characters.
 *
 * @example markdownToPlainText('**Solar** pumps in [Dakar](https://example.org)', 12) // 'Solar pumps…'
 * @throws MarkdownTooLongError when `source` is longer than {@link MAX_MARKDOWN_LENGTH}.
 * @throws RangeError when `maxLength` is not a positive whole number.
 */
export function markdownToPlainText(source: string, maxLength?: number): string {
	assertWithinLimit(source);
	if (maxLength !== undefined && (!Number.isInteger(maxLength) || maxLength < 1)) {
		throw new RangeError(`maxLength must be a positive whole number, not ${maxLength}.`);
	}

	let text = '';
	let pending: Separator = '';
	let listItemPrefix = '';
	// The next item number of each open list, innermost last; NaN for a bullet list.
	const listNumbers: number[] = [];

	const emit = (piece: string) => {
		if (piece.trim() === '') return;
		text += (text === '' ? '' : pending) + listItemPrefix + piece;
		pending = '';
		listItemPrefix = '';
	};

	const breakBeforeNextText = (separator: Separator) => {
		if (SEPARATOR_STRENGTH[separator] > SEPARATOR_STRENGTH[pending]) pending = separator;
	};

	for (const token of markdown.parse(source, {})) {
		const breakAfter = BLOCK_BREAKS[token.type];
		// A tight list hides its paragraphs; their end is only the end of the list item.
		if (breakAfter !== undefined && !token.hidden) breakBeforeNextText(breakAfter);
		switch (token.type) {
			case 'ordered_list_open':
				listNumbers.push(Number(token.attrGet('start') ?? 1));
				break;
			case 'bullet_list_open':
				listNumbers.push(Number.NaN);
				break;
			case 'ordered_list_close':
			case 'bullet_list_close':
				listNumbers.pop();
				// A nested list ends with its parent's item; only a whole list ends a block.
				breakBeforeNextText(listNumbers.length === 0 ? '\n\n' : '\n');
				break;
			case 'list_item_open': {
				const next = listNumbers.at(-1) ?? Number.NaN;
				listItemPrefix = Number.isNaN(next) ? '- ' : `${next}. `;
				if (!Number.isNaN(next)) listNumbers[listNumbers.length - 1] = next + 1;
				break;
			}
			case 'inline':
				emit(inlineText(token.children ?? []).trim());
				break;
			case 'fence':
			case 'code_block':
				emit(token.content.replace(/\s+$/, ''));
				breakBeforeNextText('\n\n');
				break;
		}
	}

	const plain = text.replace(CONTROL_CHARACTERS, '').trim();
	return maxLength === undefined ? plain : truncate(plain, maxLength);
}

function truncate(text: string, maxLength: number): string {
	if (text.length <= maxLength) return text;
	let cut = text.slice(0, maxLength - 1);
	// Never leave half of a surrogate pair (an emoji, a rare CJK character) at the end.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	const lastSpace = cut.search(/\s\S*$/);
	if (lastSpace > maxLength * 0.6) cut = cut.slice(0, lastSpace);
	return `${cut.trimEnd()}…`;
}
