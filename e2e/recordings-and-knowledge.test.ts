import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildTestPdf } from '../src/lib/server/knowledge/pdf-fixtures.ts';
import type { Browser } from './support/chromium.ts';
import { axeViolations, browserAs } from './support/signed-in.ts';

/**
 * After an event: a curator adds a YouTube recording to an event; its page requests nothing from
 * another site until the reader clicks, and then loads the privacy-enhanced player. A publication
 * is uploaded as a PDF: the built server counts its pages and renders the cover.
 */

const origin = inject('sqliteOrigin');

async function firstUpcomingEvent(): Promise<string> {
	const response = await fetch(`${origin}/api/v1/events?when=upcoming&pageSize=1`);
	const body = (await response.json()) as { data: { slug: string }[] };
	return body.data[0]!.slug;
}

describe.skipIf(!inject('chromium'))('recordings and knowledge products', () => {
	let curator: Browser;
	let reader: Browser;
	let slug: string;
	beforeAll(async () => {
		slug = await firstUpcomingEvent();
		curator = await browserAs(origin, 'curator', false);
		reader = await browserAs(origin, 'member', true);
	});
	afterAll(async () => {
		await curator?.close();
		await reader?.close();
	});

	it('adds a recording that loads its player only when the reader clicks', async () => {
		const form = await curator.context.newPage();
		await form.goto(`${origin}/events/${slug}/outcomes`);
		await form.getByLabel('Language spoken').selectOption('en');
		await form.getByLabel('Address of the video').fill('https://youtu.be/dQw4w9WgXcQ');
		await form.getByLabel('Duration (optional)').fill('1:02:03');
		await form.getByRole('button', { name: 'Add the recording' }).click();
		await form.waitForLoadState();
		expect(form.url()).toContain(`/events/${slug}/outcomes`);

		const page = await reader.context.newPage();
		const elsewhere: string[] = [];
		page.on('request', (request) => {
			if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
		});
		// The player itself must not reach the internet from the test machine.
		await page.route(/youtube-nocookie\.com/, (route) =>
			route.fulfill({ status: 200, contentType: 'text/html', body: '<p>player</p>' })
		);
		await page.goto(`${origin}/events/${slug}`);
		await page.waitForLoadState('networkidle');
		expect(elsewhere).toEqual([]);
		const link = page.locator('a[data-embed-url]').first();
		expect(await link.getAttribute('href')).toContain('dQw4w9WgXcQ');
		expect(await link.innerText()).toContain('1:02:03');
		const still = link.locator('img');
		expect(new URL((await still.getAttribute('src'))!, origin).origin).toBe(origin);
		expect(await still.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(
			0
		);

		await link.click();
		const player = page.locator('iframe');
		await player.waitFor();
		expect(await player.getAttribute('src')).toMatch(
			/^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/
		);
		expect(elsewhere.every((url) => url.startsWith('https://www.youtube-nocookie.com/'))).toBe(
			true
		);
		await page.close();
	});

	it('publishes a PDF with its size, page count and a cover made on the server', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'galaxy-pdf-'));
		const file = join(folder, 'market-composting-guide.pdf');
		writeFileSync(file, buildTestPdf({ pages: 3 }));
		const title = `Market composting guide ${Date.now()}`;

		const page = await curator.context.newPage();
		await page.goto(`${origin}/knowledge/new`);
		await page.getByLabel('Title', { exact: true }).fill(title);
		await page.getByLabel('Kind', { exact: true }).selectOption('toolkit');
		await page.getByLabel('Summary', { exact: true }).fill('Steps for composting in markets.');
		await page.locator('#field-language').selectOption('en');
		await page.getByLabel('Published by').selectOption({ index: 1 });
		await page.getByLabel('PDF file').setInputFiles(file);
		await page.getByRole('button', { name: 'Publish' }).click();
		await page.waitForLoadState();
		// On a refusal the form comes back: its messages say why.
		expect(page.url(), await page.locator('main').innerText()).toMatch(
			/\/knowledge\/[a-z0-9-]+\?published=1$/
		);

		const text = await page.locator('main').innerText();
		expect(text).toContain(title);
		expect(text).toContain('3 pages');
		const cover = page.locator('img.cover').first();
		const response = await page.request.get(
			new URL((await cover.getAttribute('src'))!, origin).href
		);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/webp');
		const pdf = page.getByRole('link', { name: /Download PDF/ });
		const download = await page.request.get(
			new URL((await pdf.getAttribute('href'))!, origin).href
		);
		expect(download.headers()['content-type']).toBe('application/pdf');
		expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
		await page.close();
	});

	it('has no accessibility violations on the pages that create and run events', async () => {
		const browser = await browserAs(origin, 'curator', true);
		try {
			const page = await browser.context.newPage();
			const violations: string[] = [];
			// The public pages (the event itself, the time zone form) are scanned by journeys.test.ts.
			for (const path of [
				'/events/new',
				`/events/${slug}/edit`,
				`/events/${slug}/registration`,
				`/events/${slug}/attendees`,
				`/events/${slug}/outcomes`,
				'/knowledge/new'
			]) {
				await page.goto(`${origin}${path}`);
				expect(page.url(), path).toBe(`${origin}${path}`);
				violations.push(...(await axeViolations(page)));
			}
			expect(violations).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});
