import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './support/chromium.ts';
import { publicPages, WEBINAR_SLUG } from './support/public-pages.ts';

const origin = inject('sqliteOrigin');

for (const javaScript of [true, false]) {
	describe.skipIf(!inject('chromium'))(
		`in Chromium with JavaScript ${javaScript ? 'on' : 'off'}`,
		() => {
			let browser: Browser;
			beforeAll(async () => {
				browser = await openBrowser({ javaScript });
			});
			afterAll(async () => {
				await browser?.close();
			});

			it('goes from the home page to the seed webinar and finds the moderator and speakers', async () => {
				const page = await browser.context.newPage();
				await page.goto(origin);
				await page
					.getByRole('navigation', { name: 'Main' })
					.getByRole('link', { name: 'Events' })
					.click();
				await page.waitForURL(`${origin}/events`);
				await page.getByRole('link', { name: 'Past events' }).first().click();
				await page.waitForURL(`${origin}/events?when=past`);
				await page
					.getByRole('link', { name: /Promoting SSTC in Support of COVID-19 Recovery/ })
					.click();
				await page.waitForURL(`${origin}/events/${WEBINAR_SLUG}`);
				expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(
					'Promoting SSTC in Support of COVID-19 Recovery and Sustainable Development through UNOSSC Projects'
				);
				const body = await page.locator('main').innerText();
				expect(body).toMatch(
					/Moderator:\s+Ms\. Muriel Obon, Project and Event Management Consultant/
				);
				for (const speaker of [
					'Ms. Xiaojun Grace Wang, Trust Fund Director',
					'Mr. Yi Zhang, Deputy Director-General',
					'Mr. Jorge Ortega, General Director',
					'Mr. Ricardo Rodríguez Dives, Advisor to the Municipal President',
					'Mr. Komba Mathew Sam, Mayor',
					'Mr. Ansu Bangura, Waste Management Consultant',
					'Mr. Qiu Dale, Senior Programme Officer',
					'Mr. Francisco Mello, Head of the Center for Knowledge Management and Horizontal Cooperation',
					'Mr. James George, Deputy Resident Representative'
				]) {
					expect(body).toContain(speaker);
				}
				await page.close();
			});

			it('filters solutions with the form and pages through the results', async () => {
				const page = await browser.context.newPage();
				await page.goto(`${origin}/solutions`);
				await page.getByText('Filters', { exact: true }).click();
				await page.locator('input[name=sdg][value="6"]').check();
				await page.getByRole('button', { name: 'Apply' }).click();
				await page.waitForURL(/sdg=6/);
				const status = await page.getByRole('status').first().innerText();
				expect(status).toMatch(/Showing 1–\d+ of \d+/);
				await page.close();
			});

			it('switches the interface language with the language form', async () => {
				const page = await browser.context.newPage();
				await page.goto(`${origin}/events`);
				await page.locator('select[name=lang]').selectOption('fr');
				await page.getByRole('button', { name: 'Change' }).click();
				await page.waitForURL(`${origin}/events`);
				expect(await page.getAttribute('html', 'lang')).toBe('fr');
				expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Événements');
				await browser.context.clearCookies();
				await page.close();
			});

			it('reaches the main content with the keyboard through the skip link', async () => {
				const page = await browser.context.newPage();
				await page.goto(origin);
				await page.keyboard.press('Tab');
				expect(await page.locator(':focus').innerText()).toBe('Skip to content');
				await page.keyboard.press('Enter');
				await page.waitForURL(`${origin}/#main`);
				await page.close();
			});
		}
	);
}

describe.skipIf(!inject('chromium'))('accessibility', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await openBrowser({ javaScript: true });
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('has no axe-core violations in Arabic (right to left) and French', async () => {
		const page = await browser.context.newPage();
		const violations: string[] = [];
		for (const path of [`/?lang=ar`, `/events/${WEBINAR_SLUG}?lang=ar`, '/solutions?lang=fr']) {
			await page.goto(`${origin}${path}`);
			const result = await new AxeBuilder({ page }).analyze();
			violations.push(...result.violations.map((violation) => `${path}: ${violation.id}`));
		}
		expect(violations).toEqual([]);
		await page.close();
	});

	it('has no axe-core violations on any public page, at phone and desktop widths', async () => {
		const pages = await publicPages(origin);
		const violations: string[] = [];
		for (const width of [390, 1280]) {
			const page = await browser.context.newPage();
			await page.setViewportSize({ width, height: 900 });
			for (const path of pages) {
				await page.goto(`${origin}${path}`);
				const result = await new AxeBuilder({ page }).analyze();
				for (const violation of result.violations) {
					violations.push(
						`${width}px ${path}: ${violation.id} (${violation.impact}) ${violation.nodes
							.slice(0, 3)
							.map((node) => node.target.join(' '))
							.join(' | ')}`
					);
				}
			}
			await page.close();
		}
		expect(violations).toEqual([]);
	}, 240_000);
});
