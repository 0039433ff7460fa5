import slugify from '@sindresorhus/slugify';
import MarkdownIt, { type Token } from 'markdown-it';
import { markdownToPlainText } from '../content/markdown.ts';

/**
 * What a post's Markdown says beyond its words: whom it mentions, whether it carries links, and
 * its start as plain text. Read from markdown-it's tokens (the renderer's parser, same options),
 * so code spans, code blocks and link targets are told apart exactly as the page shows them.
 */

const parser = new MarkdownIt({ html: false, linkify: true, typographer: false });

/** The longest excerpt a notification carries. */
export const EXCERPT_LENGTH = 280;

/**
 * The handle by which a person is mentioned: their display name, slugified.
 * @example mentionHandle('Amara Kamara') === 'amara-kamara'
 */
export function mentionHandle(displayName: string): string {
	return slugify(displayName);
}

// `@` not glued to a word, an address or another handle: `ana@example.org` is no mention.
const MENTION = /(?<![\p{L}\p{N}_.+@-])@([a-z0-9]+(?:-[a-z0-9]+)*)/giu;

/** The text a reader sees as words: inline text outside code and outside link labels. */
function* plainTextPieces(tokens: Token[]): Generator<string> {
	for (const token of tokens) {
		if (token.type !== 'inline') continue;
		let insideLink = 0;
		for (const child of token.children ?? []) {
			if (child.type === 'link_open') insideLink += 1;
			else if (child.type === 'link_close') insideLink -= 1;
			else if (child.type === 'text' && insideLink === 0) yield child.content;
		}
	}
}

/**
 * The handles written as `@handle` in a post, lower-cased, each once, in order. Handles inside
 * code spans and code blocks, inside links and in email addresses do not count.
 * @example findMentions('Thanks @Amara-Kamara! `@not-this` — mail ana@example.org') // ['amara-kamara']
 */
export function findMentions(markdown: string): string[] {
	const handles = new Set<string>();
	for (const text of plainTextPieces(parser.parse(markdown, {}))) {
		for (const match of text.matchAll(MENTION)) handles.add(match[1]!.toLowerCase());
	}
	return [...handles];
}

/**
 * Whether a post carries a link: a Markdown link, an autolink or a bare `http(s)://` address —
 * what the page would make clickable. Email addresses are not links here.
 */
export function containsLinks(markdown: string): boolean {
	for (const token of parser.parse(markdown, {})) {
		for (const child of token.children ?? []) {
			if (
				child.type === 'link_open' &&
				!String(child.attrGet('href') ?? '').startsWith('mailto:')
			) {
				return true;
			}
		}
	}
	return false;
}

/**
 * The start of a post as plain text, for notifications and the moderation queue.
 * @example postExcerpt('**Solar** pumps in [Dakar](https://example.org)') === 'Solar pumps in Dakar'
 */
export function postExcerpt(markdown: string, maxLength = EXCERPT_LENGTH): string {
	return markdownToPlainText(markdown, maxLength).replace(/\s+/g, ' ');
}
