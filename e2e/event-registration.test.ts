import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { appointEditor, TEST_PASSWORD } from './support/accounts.ts';
import type { Browser } from './support/chromium.ts';
import { createUser } from './support/cli.ts';
import { browserAs } from './support/signed-in.ts';

/**
 * The event journey of issue 7, without JavaScript: an organizer (editor of Recife's city hall)
 * creates a workshop of one place with a two-level agenda; a member registers and receives the
 * confirmation with a valid .ics (the test SMTP server); a second member joins the waitlist; the
 * first cancels from the email's link, and the second is promoted and told by email.
 */

const origin = inject('sqliteOrigin');
const mailFolder = inject('mailFolder');
const databaseUrl = inject('sqliteDatabaseUrl');

interface CaughtMail {
	subject: string;
	text: string;
	calendar: string | null;
}

/** The newest email to someone about something, with its calendar attachment if any. */
async function waitForMailWithCalendar(to: string, subject: string): Promise<CaughtMail> {
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		for (const file of readdirSync(mailFolder).sort().reverse()) {
			const mail = await simpleParser(readFileSync(join(mailFolder, file)));
			const recipients = [mail.to].flat().flatMap((address) => address?.value ?? []);
			if (!recipients.some((r) => r.address === to) || !mail.subject?.includes(subject)) continue;
			const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
			return {
				subject: mail.subject,
				text: mail.text ?? '',
				calendar: ics?.content.toString() ?? null
			};
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	throw new Error(`No email to ${to} about “${subject}”`);
}

/** `YYYY-MM-DDTHH:mm` (what a datetime-local field takes) some days from now, at 14:00. */
function localDate(daysAhead: number, hour: number): string {
	const day = new Date(Date.now() + daysAhead * 86_400_000).toISOString().slice(0, 10);
	return `${day}T${String(hour).padStart(2, '0')}:00`;
}

describe.skipIf(!inject('chromium'))('an event from creation to a promoted waitlist', () => {
	const stamp = Date.now();
	const person = (name: string) => ({
		email: `${name.toLowerCase()}-event-${stamp}@e2e.example`,
		name: `${name} ${stamp}`,
		password: TEST_PASSWORD
	});
	const organizer = person('Olu');
	const ana = person('Ana');
	const ben = person('Ben');
	const title = `Composting in city markets ${stamp}`;
	const starts = localDate(30, 14);
	let slug = '';
	const browsers: Browser[] = [];
	const open = async (who: typeof ana) => {
		const browser = await browserAs(origin, who, false);
		browsers.push(browser);
		return browser.context.newPage();
	};

	beforeAll(async () => {
		for (const who of [organizer, ana, ben]) createUser(databaseUrl, { ...who, role: 'member' });
		await appointEditor(origin, 'prefeitura-do-recife', { email: organizer.email });
	});
	afterAll(async () => {
		for (const browser of browsers) await browser.close();
	});

	it('lets an organizer create an event with a two-level agenda, without JavaScript', async () => {
		const page = await open(organizer);
		await page.goto(`${origin}/events/new`);
		await page.getByLabel('Title', { exact: true }).fill(title);
		await page.getByLabel('Kind of event').selectOption('workshop');
		await page
			.getByLabel('Summary', { exact: true })
			.fill('How markets turn food waste into compost.');
		await page.getByLabel('Description').fill('Market managers from Recife show their composting.');
		await page.getByLabel('Starts').fill(starts);
		await page.getByLabel('Ends').fill(localDate(30, 16));
		await page.getByLabel('Time zone').selectOption('America/Recife');
		await page.getByLabel('Online link').fill('https://meet.example.org/compost');
		await page.getByLabel('Places').fill('1');
		const recife = page.getByRole('checkbox', { name: /Recife/ });
		if ((await recife.count()) > 0) await recife.first().check();

		await page.getByLabel('Level of row 1').selectOption('1');
		await page.getByLabel('Title of row 1').fill('Welcome');
		await page.getByLabel('Level of row 2').selectOption('2');
		await page.getByLabel('Title of row 2').fill('Composting in the markets of Recife');
		await page
			.getByLabel('Speakers of row 2')
			.fill(
				'Ms. Ana Lima; Secretary of Environment; Prefeitura do Recife\nMr. Tiago Reis; Researcher; Market Traders Union'
			);
		// The agenda's buttons work without JavaScript: the form comes back with everything kept.
		await page.getByRole('button', { name: /^Add \d+ rows$/ }).click();
		await page.waitForLoadState();
		expect(await page.getByLabel('Title of row 2').inputValue()).toBe(
			'Composting in the markets of Recife'
		);
		expect(await page.getByLabel('Title', { exact: true }).inputValue()).toBe(title);
		await page.getByLabel('Level of row 3').selectOption('1');
		await page.getByLabel('Title of row 3').fill('Questions and answers');
		await page.getByRole('button', { name: 'Create the event' }).click();
		await page.waitForURL(/\/events\/[a-z0-9-]+\?saved=1$/);
		slug = new URL(page.url()).pathname.split('/')[2]!;

		expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(title);
		const sections = page.locator('ol.agenda.depth-0 > li');
		expect(await sections.count()).toBe(2);
		const nested = sections.first().locator('ol.agenda.depth-1 > li');
		expect(await nested.count()).toBe(1);
		const speakers = (await nested.innerText()).replace(/\s+/g, ' ');
		expect(speakers).toContain('Ms. Ana Lima, Secretary of Environment, Prefeitura do Recife');
		expect(speakers).toContain('Mr. Tiago Reis, Researcher, Market Traders Union');
		// Times in the event's zone (Recife is UTC−3 all year).
		expect(await page.locator('main').innerText()).toContain('America/Recife');
	});

	it('registers a member and emails the confirmation with a valid invitation', async () => {
		const page = await open(ana);
		await page.goto(`${origin}/events/${slug}`);
		await page.getByRole('button', { name: 'Register' }).click();
		await page.waitForURL(`${origin}/events/${slug}?registration=registered`);

		const mail = await waitForMailWithCalendar(ana.email, 'You are registered');
		expect(mail.subject).toContain(title);
		expect(mail.text).toContain(`/events/${slug}/registration/cancel?token=`);
		const calendar = new ICAL.Component(ICAL.parse(mail.calendar!));
		const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
		expect(event.summary).toBe(title);
		// 14:00 in Recife is 17:00 UTC.
		expect(event.startDate.toJSDate().toISOString()).toBe(`${starts.slice(0, 10)}T17:00:00.000Z`);
		expect(event.endDate.toJSDate().toISOString()).toBe(`${starts.slice(0, 10)}T19:00:00.000Z`);
		expect(event.uid).toContain(slug);
		// Registered people see the meeting link.
		expect(await page.getByRole('link', { name: 'Join online' }).getAttribute('href')).toBe(
			'https://meet.example.org/compost'
		);
	});

	it('puts the next member on the waitlist when the place is taken', async () => {
		const page = await open(ben);
		await page.goto(`${origin}/events/${slug}`);
		await page.getByRole('button', { name: 'Join the waitlist' }).click();
		await page.waitForURL(`${origin}/events/${slug}?registration=waitlisted`);
		const mail = await waitForMailWithCalendar(ben.email, 'You are on the waitlist');
		expect(mail.text).toContain('position 1');
	});

	it('promotes the waitlisted member and tells them when the first cancels from the email', async () => {
		const confirmation = await waitForMailWithCalendar(ana.email, 'You are registered');
		const cancelLink = /https?:\/\/\S+\/registration\/cancel\?token=[\w-]+/.exec(
			confirmation.text
		)![0];
		const page = await open(ana);
		await page.goto(cancelLink.replace(/^https?:\/\/[^/]+/, origin));
		await page.getByRole('button', { name: 'Yes, cancel my registration' }).click();
		await page.waitForLoadState();

		const promoted = await waitForMailWithCalendar(ben.email, 'You have a place');
		expect(promoted.subject).toContain(title);
		const calendar = new ICAL.Component(ICAL.parse(promoted.calendar!));
		expect(calendar.getFirstSubcomponent('vevent')?.getFirstPropertyValue('summary')).toBe(title);

		const benPage = await open(ben);
		await benPage.goto(`${origin}/events/${slug}`);
		expect(await benPage.getByRole('button', { name: 'Cancel my registration' }).count()).toBe(1);

		const organizerPage = await open(organizer);
		const csv = await organizerPage.request.get(`${origin}/events/${slug}/attendees.csv`);
		expect(csv.status()).toBe(200);
		const rows = (await csv.text()).split('\r\n');
		expect(rows.find((row) => row.includes(ben.email))).toMatch(/registered/i);
		expect(rows.find((row) => row.includes(ana.email))).toMatch(/cancelled/i);
	});
});
