import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
	MAX_MARKDOWN_LENGTH,
	MarkdownTooLongError,
	markdownToPlainText,
	renderMarkdown,
	sanitizeContentHtml
} from './markdown.ts';
import { XSS_CORPUS } from './xss-corpus.ts';

const REL = 'rel="nofollow ugc noopener"';

describe('renderMarkdown', () => {
	it('renders emphasis and inline code', () => {
		expect(renderMarkdown('**Solar** pumps, *not* `<diesel>`')).toBe(
			'<p><strong>Solar</strong> pumps, <em>not</em> <code>&lt;diesel&gt;</code></p>\n'
		);
	});

	it('renders bullet and numbered lists, keeping where the numbering starts', () => {
		expect(renderMarkdown('- Freetown\n- Accra')).toBe(
			'<ul>\n<li>Freetown</li>\n<li>Accra</li>\n</ul>\n'
		);
		expect(renderMarkdown('3. survey\n4. pilot')).toBe(
			'<ol start="3">\n<li>survey</li>\n<li>pilot</li>\n</ol>\n'
		);
	});

	it('gives every link rel="nofollow ugc noopener" and keeps its title', () => {
		expect(renderMarkdown('[Dakar](https://example.org/dakar "The pilot")')).toBe(
			`<p><a href="https://example.org/dakar" title="The pilot" ${REL}>Dakar</a></p>\n`
		);
		expect(renderMarkdown('[write](mailto:team@example.org)')).toBe(
			`<p><a href="mailto:team@example.org" ${REL}>write</a></p>\n`
		);
	});

	it('turns autolinks, bare URLs and e-mail addresses into links', () => {
		expect(renderMarkdown('<https://example.org>')).toBe(
			`<p><a href="https://example.org" ${REL}>https://example.org</a></p>\n`
		);
		expect(renderMarkdown('see https://example.org/water')).toBe(
			`<p>see <a href="https://example.org/water" ${REL}>https://example.org/water</a></p>\n`
		);
		expect(renderMarkdown('ask team@example.org')).toBe(
			`<p>ask <a href="mailto:team@example.org" ${REL}>team@example.org</a></p>\n`
		);
	});

	it('leaves a URL without a scheme as text, as linkify-it 6 does by default', () => {
		expect(renderMarkdown('www.example.org')).toBe('<p>www.example.org</p>\n');
	});

	it('keeps links within the site but drops protocol-relative ones', () => {
		expect(renderMarkdown('[next](/solutions/water-kiosks)')).toBe(
			`<p><a href="/solutions/water-kiosks" ${REL}>next</a></p>\n`
		);
		expect(renderMarkdown('[x](//evil.example/path)')).toBe(`<p><a ${REL}>x</a></p>\n`);
	});

	it('never lets a target or a writer-chosen rel through', () => {
		expect(
			sanitizeContentHtml('<a href="https://example.org" target="_blank" rel="opener">x</a>')
		).toBe(`<a href="https://example.org" ${REL}>x</a>`);
	});

	it('escapes HTML in code blocks and drops the language class', () => {
		expect(renderMarkdown('```html\n<script>alert(1)</script>\n```')).toBe(
			'<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;\n</code></pre>\n'
		);
		expect(renderMarkdown('    <b>indented</b>')).toBe(
			'<pre><code>&lt;b&gt;indented&lt;/b&gt;\n</code></pre>\n'
		);
	});

	it('escapes raw HTML instead of passing it through', () => {
		expect(renderMarkdown('<b>bold?</b>')).toBe('<p>&lt;b&gt;bold?&lt;/b&gt;</p>\n');
	});

	it('turns h1 into h2, keeps h2 to h4 and caps deeper headings at h4', () => {
		expect(renderMarkdown('# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six')).toBe(
			'<h2>One</h2>\n<h2>Two</h2>\n<h3>Three</h3>\n<h4>Four</h4>\n<h4>Five</h4>\n<h4>Six</h4>\n'
		);
	});

	it('renders block quotes, rules and tables without style attributes', () => {
		expect(renderMarkdown('> quoted\n\n---')).toBe(
			'<blockquote>\n<p>quoted</p>\n</blockquote>\n<hr />\n'
		);
		expect(renderMarkdown('| city | year |\n|:--|--:|\n| Lima | 2024 |')).toBe(
			'<table>\n<thead>\n<tr>\n<th>city</th>\n<th>year</th>\n</tr>\n</thead>\n' +
				'<tbody>\n<tr>\n<td>Lima</td>\n<td>2024</td>\n</tr>\n</tbody>\n</table>\n'
		);
	});

	it('renders an image as its description, since images come with uploads', () => {
		expect(renderMarkdown('![A *kiosk* in Kigali](https://example.org/k.png)')).toBe(
			'<p>A kiosk in Kigali</p>\n'
		);
	});

	it('refuses input longer than MAX_MARKDOWN_LENGTH', () => {
		expect(renderMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH))).toContain('<p>a');
		expect(() => renderMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH + 1))).toThrowError(
			MarkdownTooLongError
		);
		expect(() => renderMarkdown('a'.repeat(MAX_MARKDOWN_LENGTH + 1))).toThrowError(
			`Markdown source is ${MAX_MARKDOWN_LENGTH + 1} characters long; the most accepted is ${MAX_MARKDOWN_LENGTH}.`
		);
	});
});

describe('markdownToPlainText', () => {
	it('drops markup and link targets, decodes character references', () => {
		expect(
			markdownToPlainText('# Water &amp; sanitation\n\n**Solar** pumps in [Dakar](https://x.org).')
		).toBe('Water & sanitation\n\nSolar pumps in Dakar.');
	});

	it('puts list items and table rows on their own lines', () => {
		expect(markdownToPlainText('Steps:\n\n1. survey\n2. pilot\n   - two wards\n\nDone.')).toBe(
			'Steps:\n\n1. survey\n2. pilot\n- two wards\n\nDone.'
		);
		expect(markdownToPlainText('- water\n  - kiosks\n- energy\n\nEnd.')).toBe(
			'- water\n- kiosks\n- energy\n\nEnd.'
		);
		expect(markdownToPlainText('| city | year |\n|--|--|\n| Lima | 2024 |')).toBe(
			'city year\nLima 2024'
		);
	});

	it('keeps code and image descriptions as text, and raw HTML as written', () => {
		expect(markdownToPlainText('Run `make`:\n\n```\nmake all\n```\n\n![a kiosk](k.png) <b>')).toBe(
			'Run make:\n\nmake all\n\na kiosk <b>'
		);
	});

	it('cuts at a word boundary and marks the cut', () => {
		const text = markdownToPlainText('Solar pumps for informal settlements', 20);
		expect(text).toBe('Solar pumps for…');
		expect(text.length).toBeLessThanOrEqual(20);
		expect(markdownToPlainText('short', 20)).toBe('short');
	});

	it('never splits a character made of two code units', () => {
		expect(markdownToPlainText('abcdefgh🌍🌍', 10)).toBe('abcdefgh…');
	});

	it('refuses a maxLength that is not a positive whole number, and over-long input', () => {
		expect(() => markdownToPlainText('x', 0)).toThrowError(RangeError);
		expect(() => markdownToPlainText('x', 2.5)).toThrowError(RangeError);
		expect(() => markdownToPlainText('a'.repeat(MAX_MARKDOWN_LENGTH + 1))).toThrowError(
			MarkdownTooLongError
		);
	});
});

// What the rendered HTML may contain. Written out here rather than imported, so the test checks
// the module's policy instead of repeating it.
const ALLOWED_ATTRIBUTES: Record<string, readonly string[]> = {
	p: [],
	br: [],
	strong: [],
	em: [],
	code: [],
	pre: [],
	blockquote: [],
	ul: [],
	ol: ['start'],
	li: [],
	a: ['href', 'title', 'rel'],
	h2: [],
	h3: [],
	h4: [],
	hr: [],
	table: [],
	thead: [],
	tbody: [],
	tr: [],
	th: [],
	td: []
};
const FORBIDDEN_ELEMENTS = new Set([
	'script',
	'iframe',
	'object',
	'embed',
	'style',
	'base',
	'meta',
	'form',
	'svg',
	'math',
	'link',
	'frame',
	'frameset',
	'applet',
	'template',
	'noscript',
	'img'
]);
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'xlink:href',
	'action',
	'formaction',
	'data',
	'poster',
	'background',
	'cite',
	'srcset'
]);
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const TAG_START = new RegExp(`^</?(?:${Object.keys(ALLOWED_ATTRIBUTES).join('|')})[\\s/>]`);

/**
 * The scheme a browser would see: its URL parser trims leading and trailing C0 controls and
 * spaces and drops tabs and line breaks anywhere, so "\u0001jav\tascript:" is javascript:.
 * The HTML parser has already decoded character references.
 */
function schemeOf(url: string): string | undefined {
	const cleaned = url
		// eslint-disable-next-line no-control-regex
		.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
		.replace(/[\t\n\r]/g, '')
		.toLowerCase();
	return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** Everything in `html` that could run script or navigate somewhere unsafe, described. */
function executableContent(html: string): string[] {
	const problems: string[] = [];

	// Independent of any parser: every "<" must open or close an allowed element, so a browser
	// whose parser disagrees with htmlparser2 (the mutation-XSS family) has nothing to mutate.
	for (const match of html.matchAll(/</g)) {
		const rest = html.slice(match.index);
		if (!TAG_START.test(rest)) problems.push(`stray markup: ${rest.slice(0, 40)}`);
	}

	const document = parseDocument(html);
	for (const element of DomUtils.findAll(() => true, document.children)) {
		const name = element.name.toLowerCase();
		if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`<${name}> element`);
		const allowed = ALLOWED_ATTRIBUTES[name];
		if (allowed === undefined) problems.push(`<${name}> is not on the allowlist`);
		for (const [rawAttribute, value] of Object.entries(element.attribs)) {
			const attribute = rawAttribute.toLowerCase();
			if (attribute.startsWith('on')) problems.push(`${attribute} on <${name}>`);
			if (attribute === 'style') problems.push(`style on <${name}>`);
			if (allowed !== undefined && !allowed.includes(attribute)) {
				problems.push(`${attribute} is not allowed on <${name}>`);
			}
			if (URL_ATTRIBUTES.has(attribute)) {
				const scheme = schemeOf(value);
				if (scheme !== undefined && !SAFE_SCHEMES.has(scheme)) {
					problems.push(`${attribute}="${value}" has scheme ${scheme}`);
				}
				const protocol = URL.parse(value, 'https://galaxy.test/')?.protocol;
				if (protocol !== undefined && !SAFE_SCHEMES.has(protocol.slice(0, -1))) {
					problems.push(`${attribute}="${value}" resolves to ${protocol}`);
				}
			}
		}
		if (name === 'a' && element.attribs.rel !== 'nofollow ugc noopener') {
			problems.push(`<a> with rel=${element.attribs.rel}`);
		}
	}
	return problems;
}

const label = (index: number, payload: string) =>
	`#${index} ${JSON.stringify(payload).slice(1, -1).slice(0, 70)}`;

describe('the XSS check itself', () => {
	it.each([
		'<script>alert(1)</script>',
		'<p onclick="alert(1)">x</p>',
		'<a href="jav&#x09;ascript:alert(1)" rel="nofollow ugc noopener">x</a>',
		'<a href=" &#1;JavaScript:alert(1)" rel="nofollow ugc noopener">x</a>',
		'<a href="data:text/html,x" rel="nofollow ugc noopener">x</a>',
		'<p style="color:red">x</p>',
		'<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
		'<!--<img src=x onerror=alert(1)>-->',
		'<a href="https://ok.example" target="_blank">x</a>'
	])('flags %s', (html) => {
		expect(executableContent(html)).not.toEqual([]);
	});

	it('passes ordinary rendered Markdown', () => {
		expect(executableContent(renderMarkdown('# Hi\n\n[a](https://x.org) & <b>'))).toEqual([]);
	});
});

describe('XSS corpus', () => {
	it('holds at least 60 distinct payloads', () => {
		expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(60);
		expect(new Set(XSS_CORPUS).size).toBe(XSS_CORPUS.length);
	});

	describe('rendered as Markdown, nothing executable survives', () => {
		for (const [index, payload] of XSS_CORPUS.entries()) {
			it(label(index, payload), () => {
				expect(executableContent(renderMarkdown(payload))).toEqual([]);
			});
		}
	});

	describe('given straight to the sanitizer, as if raw HTML got through, nothing survives', () => {
		for (const [index, payload] of XSS_CORPUS.entries()) {
			it(label(index, payload), () => {
				expect(executableContent(sanitizeContentHtml(payload))).toEqual([]);
			});
		}
	});

	it('turns every payload into plain text without throwing', () => {
		for (const payload of XSS_CORPUS)
			expect(typeof markdownToPlainText(payload, 200)).toBe('string');
	});
});
