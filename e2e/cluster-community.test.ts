import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
	appointEditor,
	postForm,
	signInAs,
	signInWith,
	TEST_PASSWORD
} from './support/accounts.ts';
import type { Browser } from './support/chromium.ts';
import { createUser, runGalaxy } from './support/cli.ts';
import { waitForMailAbout } from './support/mail-catcher.ts';
import { axeViolations, browserAs } from './support/signed-in.ts';

/**
 * The cluster journey of issue 6: an organization joins the waste-management cluster, its person
 * starts a thread, a member of another organization replies and mentions them; the first gets the
 * notification in the app and by email (the test SMTP server), switches mentions to a daily
 * digest, and after the digest job runs receives exactly one digest with the next mention.
 * With JavaScript off and on, each run with its own people and organization.
 */

const origin = inject('sqliteOrigin');
const mailFolder = inject('mailFolder');
const databaseUrl = inject('sqliteDatabaseUrl');
const CLUSTER = 'waste-management';
const KOIDU = 'koidu-new-sembehun-city-council';

/** Every email the catcher holds for an address, oldest first. */
async function mailsTo(
	to: string
): Promise<{ subject: string; text: string; headers: string[] }[]> {
	const found = [];
	for (const file of readdirSync(mailFolder).sort()) {
		const mail = await simpleParser(readFileSync(join(mailFolder, file)));
		const recipients = [mail.to].flat().flatMap((address) => address?.value ?? []);
		if (recipients.some((recipient) => recipient.address === to)) {
			found.push({
				subject: mail.subject ?? '',
				text: mail.text ?? '',
				// Raw header lines ("List-Unsubscribe-Post: List-Unsubscribe=One-Click").
				headers: mail.headerLines.map((header) => header.line)
			});
		}
	}
	return found;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

for (const javaScript of [false, true]) {
	const mode = javaScript ? 'on' : 'off';
	describe.skipIf(!inject('chromium'))(
		`a cluster's community, from joining to a daily digest, with JavaScript ${mode}`,
		() => {
			// Recife's city hall joins in one run, Ouagadougou's commune in the other.
			const organization = javaScript ? 'commune-de-ouagadougou' : 'prefeitura-do-recife';
			const stamp = Date.now();
			const amara = {
				email: `amara-${mode}-${stamp}@e2e.example`,
				name: `Amara ${mode} ${stamp}`,
				handle: `amara-${mode}-${stamp}`,
				password: TEST_PASSWORD
			};
			const bola = {
				email: `bola-${mode}-${stamp}@e2e.example`,
				name: `Bola ${mode} ${stamp}`,
				password: TEST_PASSWORD
			};
			let browser: Browser;

			beforeAll(async () => {
				createUser(databaseUrl, { ...amara, role: 'member' });
				createUser(databaseUrl, { ...bola, role: 'member' });
				// Amara speaks for a city outside the cluster; Bola for Koidu, already a member.
				await appointEditor(origin, organization, { email: amara.email });
				await appointEditor(origin, KOIDU, { email: bola.email });
				browser = await browserAs(origin, amara, javaScript);
			});
			afterAll(async () => {
				await browser?.close();
			});

			it('joins, starts a thread, is mentioned, and gets one email then one digest', async () => {
				const page = await browser.context.newPage();

				// 1. The organization asks to join, with a statement of interest.
				await page.goto(`${origin}/clusters/${CLUSTER}/join`);
				await page.locator('select[name=organization]').selectOption(organization);
				await page
					.locator('textarea[name=statement]')
					.fill(
						'Our markets produce tonnes of organic waste every week; we want to learn how other ' +
							'cities sort and compost it, and share what we tried with waste pickers.'
					);
				await page.locator('form button[type=submit]').last().click();
				await page.waitForURL((url) => !url.pathname.endsWith('/join'));
				if (javaScript) expect(await axeViolations(page)).toEqual([]);

				// A curator approves the request (a coordinator could too).
				const curator = await signInAs(origin, 'curator');
				const decided = await postForm(origin, `/clusters/${CLUSTER}/manage?/decide`, curator, {
					organization,
					decision: 'approve',
					note: 'Welcome to the cluster.'
				});
				expect(decided.status).toBe(303);

				// 2. Now a member, Amara starts a thread.
				const title = `Sorting market waste at the source (${mode} ${stamp})`;
				await page.goto(`${origin}/clusters/${CLUSTER}/discussions/new`);
				await page.locator('input[name=title]').fill(title);
				await page
					.locator('textarea[name=body]')
					.fill('How did your city get **market traders** to sort organic waste?');
				await page.locator('form button[type=submit]').last().click();
				await page.waitForURL(/\/discussions\/\d+/);
				const threadPath = new URL(page.url()).pathname;
				await page.getByRole('heading', { name: title }).waitFor();
				if (javaScript) expect(await axeViolations(page)).toEqual([]);

				// 3. Bola, from Koidu, replies and mentions her.
				const bolaCookie = await signInWith(origin, bola.email, bola.password);
				const reply = await postForm(origin, `${threadPath}?/reply`, bolaCookie, {
					body: `@${amara.handle} in Koidu we started with the two biggest markets and weekly collection.`
				});
				expect(reply.status).toBe(303);

				// 4. Amara sees it in the app (the bell) and gets an email at once.
				const mention = await waitForMailAbout(mailFolder, amara.email, 'mentioned you');
				expect(mention.subject).toContain(title);
				expect(mention.text).toContain('two biggest markets');
				expect(mention.text).toMatch(/\/unsubscribe\?token=/);
				const [first] = (await mailsTo(amara.email)).filter((mail) =>
					mail.subject.includes('mentioned you')
				);
				expect(first?.headers).toEqual(
					expect.arrayContaining([
						expect.stringMatching(
							/^List-Unsubscribe:\s+<http:\/\/\S+\/unsubscribe\?token=[\w-]+>$/
						),
						'List-Unsubscribe-Post: List-Unsubscribe=One-Click'
					])
				);

				await page.goto(`${origin}/clusters/${CLUSTER}`);
				// A member may follow the cluster's discussions from its page.
				await page.locator('form[action$="discussions?/follow"] button').waitFor();
				if (javaScript) expect(await axeViolations(page)).toEqual([]);
				const bell = page.getByRole('link', { name: /Notifications/ });
				expect(await bell.innerText()).toMatch(/\(\d+\)/);
				await bell.click();
				await page.waitForURL(/\/notifications$/);
				const item = page.locator('main li', { hasText: title }).first();
				await item.waitFor();
				if (javaScript) expect(await axeViolations(page)).toEqual([]);

				// 5. Mentions and replies now wait for a daily digest.
				await page.goto(`${origin}/account/notifications`);
				for (const kind of ['discussion.mention', 'discussion.reply']) {
					await page.locator(`input[name="${kind}"][value=daily]`).check();
				}
				await page.locator('main form button[type=submit]').last().click();
				await page.waitForURL(/saved=1/);
				expect(
					await page.locator('input[name="discussion.mention"][value=daily]').isChecked()
				).toBe(true);

				const emailsBefore = (await mailsTo(amara.email)).length;
				const second = await postForm(origin, `${threadPath}?/reply`, bolaCookie, {
					body: `@${amara.handle} we also paid the collectors per kilogram of clean compost.`
				});
				expect(second.status).toBe(303);
				await pause(3_000);
				expect((await mailsTo(amara.email)).length, 'no immediate email any more').toBe(
					emailsBefore
				);

				// 6. The daily digest job runs (as its timetable would at 07:00): one digest.
				runGalaxy(databaseUrl, ['jobs:run', 'notifications.digest-daily']);
				const digest = await waitForMailAbout(mailFolder, amara.email, 'daily digest', 20_000);
				expect(digest.text).toContain('paid the collectors per kilogram');
				expect(digest.text).not.toContain('two biggest markets');

				// Running it again sends nothing: the digest holds exactly what came since the last.
				runGalaxy(databaseUrl, ['jobs:run', 'notifications.digest-daily']);
				await pause(3_000);
				const digests = (await mailsTo(amara.email)).filter((mail) =>
					mail.subject.includes('daily digest')
				);
				expect(digests).toHaveLength(1);
			});
		}
	);
}
