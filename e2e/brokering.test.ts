import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appointEditor, testAccount } from './support/accounts.ts';
import type { Browser } from './support/chromium.ts';
import { axeViolations, browserAs } from './support/signed-in.ts';
import { waitForMailAbout } from './support/mail-catcher.ts';

/**
 * The brokering journey: a city's editor posts a need, sees its matches explained and asks for an
 * introduction; a curator finds the connection on the board and introduces both sides, who each
 * receive the other's contact by email (the test SMTP server). With JavaScript on and off.
 */

const origin = inject('sqliteOrigin');
const mailFolder = inject('mailFolder');
const KOIDU = 'koidu-new-sembehun-city-council';

beforeAll(async () => {
	// The editor account speaks for Koidu's council (global setup); make sure of it.
	await appointEditor(origin, KOIDU, 'editor');
});

for (const javaScript of [false, true]) {
	describe.skipIf(!inject('chromium'))(
		`brokering, from a need to an introduction, with JavaScript ${javaScript ? 'on' : 'off'}`,
		() => {
			let requester: Browser;
			let curator: Browser;
			beforeAll(async () => {
				requester = await browserAs(origin, 'editor', javaScript);
				curator = await browserAs(origin, 'curator', javaScript);
			});
			afterAll(async () => {
				await requester?.close();
				await curator?.close();
			});

			it('posts a need, asks for an introduction, and both sides are introduced by email', async () => {
				const stamp = Date.now();
				const title = `Composting the waste of our markets ${javaScript ? 'js' : 'nojs'} ${stamp}`;
				const page = await requester.context.newPage();

				// A form sent too early says what is missing, next to the fields, keeping the input.
				await page.goto(`${origin}/needs/new`);
				await page.getByLabel('Title').fill(title);
				await page.getByRole('button', { name: 'Post the need' }).click();
				await page.locator('#field-description-error').waitFor();
				expect(await page.getByLabel('Title').inputValue()).toBe(title);

				await page
					.getByLabel('The problem in your own words')
					.fill(
						'Vegetable peelings and rotten produce pile up around the central market and block the ' +
							'drains. We would like traders to sort organic waste so that it can be composted.'
					);
				await page.getByLabel('Technical assistance').check();
				await page.getByLabel('Peer exchange').check();
				await page.locator('select[name=country]').selectOption('SL');
				await page.getByLabel('City').fill('Koidu');
				await page.locator('select[name=language]').selectOption('en');
				await page.getByRole('button', { name: 'Post the need' }).click();
				await page.waitForURL(/\/needs\/\d+\?saved=1/);
				const needId = /\/needs\/(\d+)/.exec(page.url())![1]!;
				if (javaScript) expect(await axeViolations(page)).toEqual([]);

				// Matches in three lists, each explained from the ranking's numbers.
				const solutions = page.getByRole('region', { name: 'Solutions' });
				const first = solutions.locator('article').first();
				const matched = (await first.locator('h4').innerText()).trim();
				expect(await first.innerText()).toMatch(/Why:.*same problem: .*compost/i);
				await page.getByRole('region', { name: 'Providers' }).locator('article').first().waitFor();
				await page
					.getByRole('region', { name: 'Peer cities' })
					.locator('article')
					.first()
					.waitFor();

				await first.getByRole('button', { name: /^Ask for an introduction/ }).click();
				await page.waitForURL(/requested=/);
				await page.getByText(`You asked for an introduction to ${matched}`).waitFor();
				const requested = `Introduction requested for “${title}”`;
				expect(
					(await waitForMailAbout(mailFolder, testAccount('curator'), requested)).subject
				).toBe(requested);

				// The curator finds the card on the board and opens the connection.
				const board = await curator.context.newPage();
				await board.goto(`${origin}/admin/brokering?q=${encodeURIComponent(String(stamp))}`);
				const card = board.locator('article', { hasText: title }).first();
				expect(await card.innerText()).toMatch(/introduction requested|entered this stage today/i);
				if (javaScript) expect(await axeViolations(board)).toEqual([]);
				await card.getByRole('link', { name: /Open the connection/ }).click();
				await board.waitForURL(/\/admin\/brokering\/\d+$/);

				// An illegal move is refused with a clear message; the form keeps what was typed.
				const partnerEmail = `partner.${javaScript ? 'js' : 'nojs'}.${stamp}@e2e.example`;
				await board.getByLabel('Move to').selectOption('introduced');
				await board.getByLabel('Contact name for the match').fill('Aminata Sow');
				await board.getByLabel('Contact email for the match').fill(partnerEmail);
				await board.getByLabel('Note').fill('You both work on market waste: please meet.');
				await board.getByRole('button', { name: 'Move the connection' }).click();
				await board.getByText('The connection moved to “introduced”').waitFor();
				expect(await board.locator('main').innerText()).toContain(
					'You both work on market waste: please meet.'
				);

				// Both sides receive the other's contact.
				const toRequester = await waitForMailAbout(
					mailFolder,
					testAccount('editor'),
					'Introduction:'
				);
				expect(toRequester.text).toContain(partnerEmail);
				expect(toRequester.text).toContain('You both work on market waste: please meet.');
				const toPartner = await waitForMailAbout(mailFolder, partnerEmail, 'Introduction:');
				expect(toPartner.text).toContain(testAccount('editor'));
				expect(toPartner.text).toContain(title);

				// The requester sees where the connection stands.
				await page.goto(`${origin}/needs/${needId}`);
				expect(await page.locator('main').innerText()).toContain('introduced');
			});
		}
	);
}
