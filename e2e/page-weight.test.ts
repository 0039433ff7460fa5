import { request } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { INTERACTIVE_PAGES, publicPages } from './support/public-pages.ts';

/** DESIGN.md §7: the first HTML response fits one TCP round trip once compressed. */
const HTML_BUDGET = 14_000;
/** DESIGN.md §7: interactive pages ship at most 30 KB of compressed JavaScript. */
const SCRIPT_BUDGET = 30_000;

interface RawResponse {
	status: number;
	headers: Record<string, string | string[] | undefined>;
	compressedBytes: number;
}

/** Fetches without decompressing, to count the bytes that really cross the network. */
function rawGet(url: string): Promise<RawResponse> {
	return new Promise((resolve, reject) => {
		const req = request(url, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
			let compressedBytes = 0;
			res.on('data', (chunk: Buffer) => (compressedBytes += chunk.length));
			res.on('end', () =>
				resolve({ status: res.statusCode ?? 0, headers: res.headers, compressedBytes })
			);
		});
		req.on('error', reject);
		req.end();
	});
}

describe('page weight', () => {
	const origin = inject('sqliteOrigin');
	let pages: string[] = [];
	beforeAll(async () => {
		pages = await publicPages(origin);
	});

	it('serves every public page compressed under 14,000 bytes', async () => {
		const report: string[] = [];
		for (const path of pages) {
			const response = await rawGet(`${origin}${path}`);
			expect(response.status, path).toBe(200);
			expect(['gzip', 'br'], path).toContain(response.headers['content-encoding']);
			report.push(`${path}: ${response.compressedBytes} B`);
			expect(response.compressedBytes, path).toBeLessThanOrEqual(HTML_BUDGET);
		}
		console.info(`compressed HTML sizes:\n  ${report.join('\n  ')}`);
	});

	it('ships no JavaScript on read-only pages, little on interactive ones, and requests nothing from other sites', async () => {
		for (const path of pages) {
			const html = await (await fetch(`${origin}${path}`)).text();
			const scripts = [...html.matchAll(/<script\b([^>]*)>/gi)].filter(
				(match) => !/type="application\/(ld\+)?json"/.test(match[1] ?? '')
			);
			if (!INTERACTIVE_PAGES.some((pattern) => pattern.test(path))) {
				expect(scripts, `${path} has a script`).toEqual([]);
			}
			let scriptBytes = 0;
			for (const [, attributes] of scripts) {
				const src = /src="(\/js\/[\w.-]+\.js)"/.exec(attributes ?? '')?.[1];
				expect(src, `${path}: only our own enhancement files`).toBeDefined();
				scriptBytes += (await rawGet(`${origin}${src}`)).compressedBytes;
			}
			expect(scriptBytes, path).toBeLessThanOrEqual(SCRIPT_BUDGET);
			expect(html, path).not.toMatch(/rel="modulepreload"/);
			const external = [
				...html.matchAll(/<(?:link|img|script|iframe|source)\b[^>]*(?:src|href)="(https?:)?\/\//gi)
			];
			expect(
				external.map((match) => match[0]),
				`${path} loads from another site`
			).toEqual([]);
		}
	});
});
