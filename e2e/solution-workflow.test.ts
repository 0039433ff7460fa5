import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appointEditor, postForm, signInAs, testAccount } from './support/accounts.ts';
import { openBrowser, type Browser } from './support/chromium.ts';
import { axeViolations, browserAs } from './support/signed-in.ts';
import { waitForMailAbout } from './support/mail-catcher.ts';

const origin = inject('sqliteOrigin');
const mailFolder = inject('mailFolder');
const KOIDU = 'koidu-new-sembehun-city-council';

/** Fills everything a submission needs, except what the test leaves out on purpose. */
async function fillSolution(page: Page, title: string) {
	await page.getByLabel('Title').fill(title);
	await page
		.getByLabel('Summary')
		.fill('Market traders sort their waste and the council composts it.');
	await page
		.getByLabel('What problem did you face?')
		.fill('Organic waste piled up in the markets and blocked the drains.');
	await page
		.getByLabel('What did you do?')
		.fill('Traders sort; the council collects and composts twice a week.');
	await page.getByLabel('What changed?').fill('Forty tonnes of compost a month, sold to farmers.');
	await page
		.getByLabel('What would it take to do this elsewhere?')
		.fill('A covered market, a plot of land and two trucks.');
	await page.getByLabel('Partner 2').fill('UNDP');
	await page.locator('#partner-role-1').selectOption('funder');
	await page.getByLabel('Countries').fill('Sierra Leone');
	await page.getByLabel('Cities', { exact: true }).fill('Koidu');
	await page.locator('input[name=sdgs][value="11"]').check();
	await page.getByLabel('SDG targets').fill('11.6');
	await page.locator('input[name=sectors][value="waste-management"]').check();
	await page.getByLabel('Start year').fill('2019');
	await page.getByLabel('Contact name').fill('Komba Sam');
	await page.getByLabel('Contact email').fill('komba@koidu.example');
}

beforeAll(async () => {
	// The member writes for Koidu's council (an active membership is what writing needs).
	await appointEditor(origin, KOIDU, 'member');
});

for (const javaScript of [false, true]) {
	describe.skipIf(!inject('chromium'))(
		`the solution workflow with JavaScript ${javaScript ? 'on' : 'off'}`,
		() => {
			let member: Browser;
			let curator: Browser;
			beforeAll(async () => {
				member = await browserAs(origin, 'member', javaScript);
				curator = await browserAs(origin, 'curator', javaScript);
			});
			afterAll(async () => {
				await member?.close();
				await curator?.close();
			});

			it('goes from submission through requested changes to publication', async () => {
				const stamp = Date.now();
				const title = `Composting markets ${javaScript ? 'js' : 'nojs'} ${stamp}`;
				const page = await member.context.newPage();

				// Submitting too early shows what is missing, next to the fields, keeping the input.
				await page.goto(`${origin}/solutions/new`);
				await page.getByLabel('Title').fill(title);
				await page.getByLabel('Partner 2').fill('Koidu Council');
				await page.getByRole('button', { name: 'Submit for review' }).click();
				await page
					.getByText(/fields need your attention/)
					.first()
					.waitFor();
				expect(await page.getByLabel('Title').inputValue()).toBe(title);
				expect(await page.locator('#field-summary-error').innerText()).toBe(
					'This is needed before the solution can be submitted.'
				);
				expect(await page.locator('#partner-error-1').innerText()).toContain(
					`Did you mean Koidu New Sembehun City Council (${KOIDU})?`
				);
				if (javaScript) expect(await axeViolations(page)).toEqual([]);

				await page.goto(`${origin}/solutions/new`);
				await fillSolution(page, title);
				await page.getByRole('button', { name: 'Submit for review' }).click();
				await page.waitForURL(/\/solutions\/[\w-]+\/edit\?saved=submitted$/);
				const slug = /\/solutions\/([\w-]+)\/edit/.exec(page.url())![1]!;
				await page.getByText('your solution was submitted for review').waitFor();
				expect(await page.locator('main').innerText()).toContain('Status: Waiting for review');
				expect((await waitForMailAbout(mailFolder, testAccount('member'), title)).subject).toBe(
					`We received “${title}”`
				);
				expect(
					(await waitForMailAbout(mailFolder, testAccount('curator'), `To review: “${title}”`))
						.subject
				).toBe(`To review: “${title}”`);
				// Not public yet.
				expect((await fetch(`${origin}/solutions/${slug}`)).status).toBe(404);

				// The curator finds it in the queue and asks for changes; a comment is required.
				const review = await curator.context.newPage();
				await review.goto(`${origin}/admin/moderation`);
				await review.getByRole('link', { name: title }).click();
				await review.waitForURL(`${origin}/admin/moderation/${slug}`);
				expect(await review.locator('main').innerText()).toContain('Forty tonnes of compost');
				if (javaScript) expect(await axeViolations(review)).toEqual([]);
				await review.getByRole('button', { name: 'Request changes' }).click();
				await review.getByText('Say what needs to change').waitFor();
				await review
					.getByLabel('Comment for the submitter')
					.fill('Please give the tonnage per market.');
				await review.getByRole('button', { name: 'Request changes' }).click();
				await review.waitForURL(/\/admin\/moderation\?/);
				await review.getByText(`Changes were requested for “${title}”`).waitFor();
				const changes = await waitForMailAbout(
					mailFolder,
					testAccount('member'),
					'Changes requested'
				);
				expect(changes.subject).toBe(`Changes requested for “${title}”`);
				expect(changes.text).toContain('Please give the tonnage per market.');
				expect(changes.text).toContain(`${origin}/solutions/${slug}/edit`);

				// The member reads the comment, edits and submits again.
				await page.goto(`${origin}/solutions/${slug}/edit`);
				await page.getByText('Please give the tonnage per market.').waitFor();
				await page
					.getByLabel('What changed?')
					.fill('Forty tonnes of compost a month: eight per market, sold to farmers.');
				await page.getByRole('button', { name: 'Submit for review' }).click();
				await page.waitForURL(`${origin}/solutions/${slug}/edit?saved=submitted`);

				// The curator publishes; a second decision on it is refused with a 409.
				await review.goto(`${origin}/admin/moderation/${slug}`);
				await review.getByRole('button', { name: 'Publish' }).click();
				await review.getByText(`“${title}” is published`).waitFor();
				const published = await waitForMailAbout(mailFolder, testAccount('member'), 'is published');
				expect(published.subject).toBe(`“${title}” is published`);
				expect(published.text).toContain(`${origin}/solutions/${slug}`);
				const again = await postForm(
					origin,
					`/admin/moderation/${slug}?/decide`,
					await signInAs(origin, 'curator'),
					{ decision: 'publish', comment: '' }
				);
				expect(again.status).toBe(409);

				// Anyone can now read it, and its history shows the first version.
				const visitor = await fetch(`${origin}/solutions/${slug}`);
				expect(visitor.status).toBe(200);
				expect(await visitor.text()).toContain('eight per market');
				// A visitor finds it from the catalogue's search box by words of its results
				// section in other inflections ("composted", "tonne" for "compost", "tonnes"), and
				// finds a Chinese solution by a Chinese query.
				const visitorBrowser = await openBrowser({ javaScript });
				const search = await visitorBrowser.context.newPage();
				await search.goto(`${origin}/solutions`);
				await search.getByLabel('Search', { exact: true }).fill(`composted tonne ${stamp}`);
				await search.getByRole('button', { name: 'Search', exact: true }).click();
				await search.waitForURL(/q=composted/);
				await search.getByRole('link', { name: title }).waitFor();
				expect(await search.locator('mark').allInnerTexts()).toContain('composts');
				await search.goto(`${origin}/search?lang=zh`);
				await search.locator('input[name=q]').fill('黑臭水体');
				await search.locator('form[role=search] button').click();
				await search
					.getByRole('link', { name: '城市黑臭水体治理：控源截污、清淤与生态修复' })
					.waitFor();
				await visitorBrowser.close();

				await review.goto(`${origin}/solutions/${slug}/history`);
				expect(await review.locator('main').innerText()).toMatch(/Version 1[\s\S]*By E2E curator/);
				if (javaScript) expect(await axeViolations(review)).toEqual([]);

				// Curators can take it off the site again, which also leaves the demo catalogue of
				// 200 published solutions as the other tests expect it.
				await review.goto(`${origin}/admin/moderation/${slug}`);
				await review.getByRole('button', { name: 'Archive' }).click();
				await review.getByText(`“${title}” is archived`).waitFor();
				expect((await fetch(`${origin}/solutions/${slug}`)).status).toBe(404);
				await review.close();
				await page.close();
			});

			it.runIf(javaScript)(
				'saves a draft while typing, and the draft survives a reload',
				async () => {
					const page = await member.context.newPage();
					await page.goto(`${origin}/solutions/new`);
					const status = page.locator('#autosave-status');
					const saved = () =>
						page.waitForResponse(
							(response) =>
								response.request().method() === 'POST' && response.url().includes('?/save')
						);

					let save = saved();
					await page.getByLabel('Title').fill(`Rainwater tanks ${Date.now()}`);
					await save;
					await expect.poll(() => status.innerText()).toMatch(/^Saved at \d{1,2}:\d{2}/);
					// The first save gave the draft its address: the page now edits it.
					await page.waitForURL(/\/solutions\/[\w-]+\/edit$/);

					save = saved();
					await page.getByLabel('What changed?').fill('Two hundred tanks hold 400,000 litres.');
					await save;
					await expect.poll(() => status.innerText()).toMatch(/^Saved at/);
					expect(await axeViolations(page)).toEqual([]);

					await page.reload();
					expect(await page.getByLabel('What changed?').inputValue()).toBe(
						'Two hundred tanks hold 400,000 litres.'
					);
					expect(await page.locator('main').innerText()).toContain('Status: Draft');
					await page.close();
				}
			);
		}
	);
}
