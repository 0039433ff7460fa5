import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { samplePdf, samplePng } from '../src/lib/server/solutions/solution-attachments.samples.ts';
import { MAX_ATTACHMENT_BYTES } from '../src/lib/server/solutions/solution-attachments.schema.ts';
import { signInAs } from './support/accounts.ts';
import { openBrowser, type Browser } from './support/chromium.ts';

const origin = inject('sqliteOrigin');
/** A demo solution written in Spanish (sol-052). */
const SLUG = 'comedores-populares-autogestionados-por-organizaciones-de-mujeres-en-lima';
const SPANISH_TITLE = 'Comedores populares autogestionados por organizaciones de mujeres en Lima';
const FRENCH = {
	title: 'Cantines populaires autogérées par des organisations de femmes à Lima',
	summary: 'Des organisations de femmes des quartiers populaires préparent des repas à bas prix.',
	challenge: 'De nombreuses familles ne pouvaient pas se payer un repas complet chaque jour.',
	solution: 'Les femmes achètent en gros, cuisinent ensemble et vendent les repas à prix coûtant.',
	results: 'Des milliers de repas sont servis chaque jour dans les quartiers.'
};

async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(violation) =>
			`${page.url()}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`
	);
}

/** The visible text of the page's main element, without tags. */
function mainText(html: string): string {
	const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html;
	return main
		.replace(/<[^>]+>/g, ' ')
		.replace(/&#39;|&rsquo;/g, '’')
		.replace(/\s+/g, ' ');
}

/** Uploads a file through the attachments form, as a browser without JavaScript does. */
async function upload(cookie: string, name: string, bytes: Uint8Array, type: string, caption = '') {
	const form = new FormData();
	form.set('file', new Blob([new Uint8Array(bytes)], { type }), name);
	form.set('caption', caption);
	return fetch(`${origin}/solutions/${SLUG}/attachments?/upload`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, cookie, accept: 'text/html' },
		body: form
	});
}

describe.skipIf(!inject('chromium'))('translating a solution', () => {
	let browser: Browser;
	beforeAll(async () => {
		// The pages ship no JavaScript, so the journey is the same without it; on, axe-core can run.
		browser = await openBrowser({ javaScript: true });
		const [name, value] = (await signInAs(origin, 'curator')).split('=') as [string, string];
		await browser.context.addCookies([{ name, value, url: origin }]);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('lets a curator add a French translation with the form, with no accessibility violation', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/solutions/${SLUG}`);
		await page.getByRole('link', { name: 'Translations', exact: true }).click();
		await page.waitForURL(`${origin}/solutions/${SLUG}/translations`);
		expect(await page.locator('main').innerText()).toMatch(
			/Español\s*\(Spanish\)\s*Original language/
		);
		const violations = await axeViolations(page);

		await page.getByRole('link', { name: 'Translate into French' }).click();
		await page.waitForURL(`${origin}/solutions/${SLUG}/translations/fr`);
		// The original is shown above each field.
		expect(await page.locator('main').innerText()).toContain(SPANISH_TITLE);
		violations.push(...(await axeViolations(page)));

		// A title of spaces passes the browser's check but not the server's: the form comes back with
		// the error beside the field and everything typed kept.
		await page.getByLabel(/^Title/).fill('   ');
		await page.getByLabel(/^Summary/).fill(FRENCH.summary);
		await page.getByLabel(/^The challenge/).fill(FRENCH.challenge);
		await page.getByLabel(/^Towards a solution/).fill(FRENCH.solution);
		await page.getByLabel(/^Results and impact/).fill(FRENCH.results);
		await page.getByRole('button', { name: 'Save the translation' }).click();
		await page.waitForLoadState();
		expect(await page.getByRole('alert').innerText()).toContain('was not saved');
		expect(await page.locator('#field-title-error').innerText()).toBe('is required');
		expect(await page.getByLabel(/^Summary/).inputValue()).toBe(FRENCH.summary);
		expect(await page.getByLabel(/^Results and impact/).inputValue()).toBe(FRENCH.results);
		violations.push(...(await axeViolations(page)));

		await page.getByLabel(/^Title/).fill(FRENCH.title);
		await page.getByRole('button', { name: 'Save the translation' }).click();
		await page.waitForURL(`${origin}/solutions/${SLUG}/translations?saved=fr`);
		expect(await page.getByRole('status').innerText()).toContain(
			'The translation (French) is saved'
		);
		expect(violations).toEqual([]);
		await page.close();
	});

	it('shows French readers the translation, and others the original with a note', async () => {
		const french = await fetch(`${origin}/solutions/${SLUG}`, {
			headers: { 'accept-language': 'fr-FR,fr;q=0.9' }
		});
		const frenchHtml = await french.text();
		expect(frenchHtml).toContain(`<h1>${FRENCH.title}</h1>`);
		expect(frenchHtml).toMatch(/<article lang="fr"/);
		expect(mainText(frenchHtml)).toContain('Traduit de l’original (espagnol).');
		expect(frenchHtml).toMatch(/<a href="\?lang=es"[^>]*>Español<\/a>/);

		const english = await fetch(`${origin}/solutions/${SLUG}`, {
			headers: { 'accept-language': 'en' }
		});
		const englishHtml = await english.text();
		expect(englishHtml).toContain(`<h1>${SPANISH_TITLE}</h1>`);
		expect(englishHtml).toMatch(/<article lang="es"/);
		const text = mainText(englishHtml);
		expect(text).toContain('This solution is shown in its original language (Spanish).');
		expect(text).toMatch(/Translations: Français/);
		expect(englishHtml).toMatch(/<a href="\?lang=fr" hreflang="fr" lang="fr">Français<\/a>/);
		// Visitors get no management links.
		expect(englishHtml).not.toContain(`/solutions/${SLUG}/translations"`);

		const forced = await (
			await fetch(`${origin}/solutions/${SLUG}?lang=fr`, { headers: { 'accept-language': 'en' } })
		).text();
		expect(forced).toContain(`<h1>${FRENCH.title}</h1>`);

		const api = (await (
			await fetch(`${origin}/api/v1/solutions/${SLUG}`, { headers: { 'accept-language': 'fr' } })
		).json()) as { data: { title: string; availableLanguages: string[]; translations: unknown[] } };
		expect(api.data.title).toBe(FRENCH.title);
		expect(api.data.availableLanguages).toEqual(['es', 'fr']);
		expect(api.data.translations).toEqual([
			{ language: 'es', original: true, href: `/api/v1/solutions/${SLUG}?lang=es` },
			{ language: 'fr', original: false, href: `/api/v1/solutions/${SLUG}?lang=fr` }
		]);
	});
});

describe('attaching files to a solution', () => {
	let curator: string;
	beforeAll(async () => {
		curator = await signInAs(origin, 'curator');
	});

	it('uploads a PNG and a PDF, and serves them back with safe headers', async () => {
		const png = samplePng(4, 3);
		const pdf = samplePdf();
		const first = await upload(curator, 'Lima kitchen.png', png, 'image/png', 'A shared kitchen');
		expect(first.status).toBe(200);
		expect(mainText(await first.text())).toContain('“Lima kitchen.png” is attached.');
		// The browser's content type is ignored: the bytes say PDF.
		expect((await upload(curator, 'menu.pdf', pdf, 'application/octet-stream')).status).toBe(200);

		const api = (await (await fetch(`${origin}/api/v1/solutions/${SLUG}`)).json()) as {
			data: { attachments: { fileName: string; url: string; width: number | null }[] };
		};
		const byName = new Map(api.data.attachments.map((file) => [file.fileName, file]));
		expect(byName.get('Lima kitchen.png')?.width).toBe(4);

		const image = await fetch(`${origin}${byName.get('Lima kitchen.png')!.url}`);
		expect(image.status).toBe(200);
		expect(Object.fromEntries(image.headers)).toMatchObject({
			'content-type': 'image/png',
			'content-length': String(png.length),
			'x-content-type-options': 'nosniff',
			'content-disposition': `inline; filename="Lima kitchen.png"; filename*=UTF-8''Lima%20kitchen.png`,
			'cache-control': 'public, max-age=86400'
		});
		expect(new Uint8Array(await image.arrayBuffer())).toEqual(png);

		const document = await fetch(`${origin}${byName.get('menu.pdf')!.url}`);
		expect(Object.fromEntries(document.headers)).toMatchObject({
			'content-type': 'application/pdf',
			'content-length': String(pdf.length),
			'x-content-type-options': 'nosniff',
			'content-security-policy': 'sandbox',
			'content-disposition': `inline; filename="menu.pdf"; filename*=UTF-8''menu.pdf`
		});
		expect(new Uint8Array(await document.arrayBuffer())).toEqual(pdf);
		const etag = document.headers.get('etag')!;
		const again = await fetch(`${origin}${byName.get('menu.pdf')!.url}`, {
			headers: { 'if-none-match': etag }
		});
		expect(again.status).toBe(304);

		// A wrong name or id is a 404, not a file.
		const url = byName.get('menu.pdf')!.url;
		expect((await fetch(`${origin}${url.replace('menu.pdf', 'other.pdf')}`)).status).toBe(404);
		expect((await fetch(`${origin}${url.replace(/\/\d+\//, '/999999/')}`)).status).toBe(404);

		// The solution page shows the image as a sized figure and the PDF as a download link.
		const page = await (await fetch(`${origin}/solutions/${SLUG}`)).text();
		expect(page).toMatch(
			/<img src="[^"]+Lima%20kitchen\.png" alt="A shared kitchen" width="4" height="3"/
		);
		expect(page).toMatch(/<figcaption[^>]*>A shared kitchen<\/figcaption>/);
		expect(page).toMatch(/<a href="[^"]+menu\.pdf" type="application\/pdf">menu\.pdf<\/a>/);
	});

	it.skipIf(!inject('chromium'))(
		'shows the files and the upload form with no accessibility violation, errors included',
		async () => {
			const browser = await openBrowser({ javaScript: true });
			try {
				const [name, value] = curator.split('=') as [string, string];
				await browser.context.addCookies([{ name, value, url: origin }]);
				const page = await browser.context.newPage();
				await page.goto(`${origin}/solutions/${SLUG}`);
				const violations = await axeViolations(page);
				await page.getByRole('link', { name: 'Attachments', exact: true }).click();
				await page.waitForURL(`${origin}/solutions/${SLUG}/attachments`);
				violations.push(...(await axeViolations(page)));
				await page.getByLabel('File', { exact: true }).setInputFiles({
					name: 'photo.png',
					mimeType: 'image/png',
					buffer: Buffer.from('not a picture at all')
				});
				await page.getByRole('button', { name: 'Upload the file' }).click();
				await page.waitForLoadState();
				expect(await page.locator('#field-file-error').innerText()).toContain('this file is not');
				violations.push(...(await axeViolations(page)));
				expect(violations).toEqual([]);
			} finally {
				await browser.close();
			}
		}
	);

	it('refuses a .png that is really text (400) and a file over 5 MB (413), naming the field', async () => {
		const fake = await upload(
			curator,
			'photo.png',
			new TextEncoder().encode('not a picture at all'),
			'image/png'
		);
		expect(fake.status).toBe(400);
		const fakeHtml = await fake.text();
		expect(fakeHtml).toMatch(
			/id="field-file-error">must be a JPEG, PNG or WebP image or a PDF document \(this file is not\)</
		);
		expect(fakeHtml).toMatch(/id="field-file"[^>]*aria-invalid="true"/);

		const large = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
		large.set(samplePdf());
		const tooLarge = await upload(curator, 'large.pdf', large, 'application/pdf');
		expect(tooLarge.status).toBe(413);
		expect(await tooLarge.text()).toContain('id="field-file-error">must be 5 MB or smaller<');

		// Larger than the server accepts as a request body at all: still a 413 on the form.
		const huge = await upload(
			curator,
			'huge.pdf',
			new Uint8Array(8 * 1024 * 1024),
			'application/pdf'
		);
		expect(huge.status).toBe(413);
		expect(await huge.text()).toContain('must be 5 MB or smaller');
	});

	it('lets a curator delete an attachment, after which it is gone', async () => {
		const manager = await (
			await fetch(`${origin}/solutions/${SLUG}/attachments`, { headers: { cookie: curator } })
		).text();
		const id = /name="id" value="(\d+)"/.exec(manager)?.[1];
		expect(id).toBeDefined();
		const url = new RegExp(`href="(/solutions/${SLUG}/attachments/${id}/[^"]+)"`).exec(
			manager
		)?.[1];
		const response = await fetch(`${origin}/solutions/${SLUG}/attachments?/delete`, {
			method: 'POST',
			headers: {
				origin,
				cookie: curator,
				accept: 'text/html',
				'content-type': 'application/x-www-form-urlencoded'
			},
			body: new URLSearchParams({ id: id! })
		});
		expect(response.status).toBe(200);
		expect(mainText(await response.text())).toContain('The file is deleted.');
		expect((await fetch(`${origin}${url}`)).status).toBe(404);
	});
});
