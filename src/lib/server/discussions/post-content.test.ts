import { describe, expect, it } from 'vitest';
import { containsLinks, findMentions, mentionHandle, postExcerpt } from './post-content.ts';

describe('findMentions', () => {
	it('finds handles in the text, lower-cased, each once, in order', () => {
		expect(findMentions('Thanks @Amara-Kamara and @li-wei! @amara-kamara again.')).toEqual([
			'amara-kamara',
			'li-wei'
		]);
	});

	it('stops a handle at punctuation and never ends it with a hyphen', () => {
		expect(findMentions('(@ana), @ben. @cleo- and @dan—')).toEqual(['ana', 'ben', 'cleo', 'dan']);
	});

	it('ignores code spans, code blocks, link labels and email addresses', () => {
		const markdown = [
			'Ask `@in-code` or write to ana@example.org and <ben@example.org>.',
			'',
			'```',
			'@in-fence',
			'```',
			'',
			'    @indented-code',
			'',
			'[@in-label](https://example.org) but @real-one'
		].join('\n');
		expect(findMentions(markdown)).toEqual(['real-one']);
	});

	it('finds mentions in lists, quotes and headings', () => {
		expect(findMentions('# For @ana\n\n> @ben said\n\n- @cleo')).toEqual(['ana', 'ben', 'cleo']);
	});

	it('finds nothing in a post without mentions', () => {
		expect(findMentions('Plain text, an @ alone, and 2@3.')).toEqual([]);
	});
});

describe('mentionHandle', () => {
	it('is the slugified display name', () => {
		expect(mentionHandle('Amara Kamara')).toBe('amara-kamara');
		expect(mentionHandle('José  Peña')).toBe('jose-pena');
	});

	it('finds the handle it makes', () => {
		expect(findMentions(`hello @${mentionHandle('Nguyễn Văn An')}`)).toEqual(['nguyen-van-an']);
	});
});

describe('containsLinks', () => {
	it('sees Markdown links, autolinks and bare web addresses', () => {
		expect(containsLinks('See [our site](https://spam.example).')).toBe(true);
		expect(containsLinks('See <https://spam.example>.')).toBe(true);
		expect(containsLinks('See https://spam.example today')).toBe(true);
	});

	it('does not count email addresses, code or plain words', () => {
		expect(containsLinks('Write to ana@example.org')).toBe(false);
		expect(containsLinks('Run `curl https://example.org`')).toBe(false);
		expect(containsLinks('We composted 3.5 tonnes.')).toBe(false);
		// Not clickable on the page either.
		expect(containsLinks('See www.spam.org today')).toBe(false);
	});
});

describe('postExcerpt', () => {
	it('is the plain text, on one line', () => {
		expect(postExcerpt('**Solar** pumps in [Dakar](https://example.org)\n\n- one\n- two')).toBe(
			'Solar pumps in Dakar - one - two'
		);
	});

	it('is cut at 280 characters with an ellipsis', () => {
		const excerpt = postExcerpt('word '.repeat(200));
		expect(excerpt.length).toBeLessThanOrEqual(280);
		expect(excerpt.endsWith('…')).toBe(true);
	});
});
