import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './support/chromium.ts';
import { axeViolations } from './support/signed-in.ts';
import {
	appointEditor,
	LOCKOUT_SECONDS,
	signInAs,
	TEST_PASSWORD,
	testAccount
} from './support/accounts.ts';
import { waitForMail } from './support/mail-catcher.ts';

const origin = inject('sqliteOrigin');
const ORGANIZATION = 'koidu-new-sembehun-city-council';

for (const javaScript of [true, false]) {
	describe.skipIf(!inject('chromium'))(
		`accounts with JavaScript ${javaScript ? 'on' : 'off'}`,
		() => {
			let browser: Browser;
			beforeAll(async () => {
				browser = await openBrowser({ javaScript });
				await appointEditor(origin, ORGANIZATION);
			});
			afterAll(async () => {
				await browser?.close();
			});

			it('registers, confirms from the email, signs in, sees the account and signs out', async () => {
				const email = `focal.${javaScript ? 'js' : 'nojs'}.${Date.now()}@koidu.example`;
				const password = 'market waste compost plan';
				const page = await browser.context.newPage();

				await page.goto(`${origin}/register`);
				await page.getByLabel('Your name').fill('Focal Point');
				await page.getByLabel('Email address').fill(email);
				await page.getByLabel('Password', { exact: true }).fill(password);
				// People take a few seconds to fill a form; instant submissions are treated as bots.
				await page.waitForTimeout(3200);
				await page.getByRole('button', { name: 'Create my account' }).click();
				await page.getByText(`we sent a message to ${email}`).waitFor();

				const mail = await waitForMail(inject('mailFolder'), email);
				const link = /https?:\/\/\S+\/register\/confirm\?token=[\w-]+/.exec(mail.text)?.[0];
				expect(link, mail.text).toBeDefined();
				await page.goto(link!);
				await page.getByRole('button', { name: 'Confirm my email address' }).click();
				await page.waitForURL(`${origin}/login?notice=confirmed`);

				await page.getByLabel('Email address').fill(email);
				await page.getByLabel('Password').fill(password);
				await page.getByRole('button', { name: 'Sign in' }).click();
				await page.waitForURL(`${origin}/`);
				await page.getByRole('link', { name: 'Your account' }).click();
				await page.waitForURL(`${origin}/account`);
				expect(await page.locator('main').innerText()).toContain(email);

				// Join an organization; its editor approves in their own browser.
				await page.goto(`${origin}/partners/${ORGANIZATION}`);
				await page.getByRole('button', { name: 'Ask to join this organization' }).click();
				await page.getByText('You asked to join').waitFor();
				const editor = await openBrowser({ javaScript });
				try {
					const editorPage = await editor.context.newPage();
					await editorPage.goto(`${origin}/login`);
					await editorPage.getByLabel('Email address').fill(testAccount('member'));
					await editorPage.getByLabel('Password').fill(TEST_PASSWORD);
					await editorPage.getByRole('button', { name: 'Sign in' }).click();
					await editorPage.waitForURL(`${origin}/`);
					await editorPage.goto(`${origin}/partners/${ORGANIZATION}`);
					await editorPage
						.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) })
						.getByRole('button', { name: 'Approve' })
						.click();
					await editorPage.getByText('Saved.').waitFor();
				} finally {
					await editor.close();
				}
				await page.goto(`${origin}/partners/${ORGANIZATION}`);
				await page.getByText('You are a member of this organization.').waitFor();
				await page.goto(`${origin}/account`);
				// axe-core runs inside the page, so it needs JavaScript.
				if (javaScript) expect(await axeViolations(page)).toEqual([]);

				await page.getByRole('button', { name: 'Sign out', exact: true }).click();
				await page.waitForURL(`${origin}/login?notice=signed-out`);
				expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBeGreaterThan(0);
				expect((await browser.context.cookies()).map((cookie) => cookie.name)).not.toContain(
					'galaxy_session'
				);
				await page.close();
			});

			it('shows what is wrong next to the field and keeps the other input', async () => {
				await browser.context.clearCookies();
				const page = await browser.context.newPage();
				await page.goto(`${origin}/register`);
				await page.getByLabel('Your name').fill('Ana');
				await page.getByLabel('Email address').fill('ana@city.example');
				await page.getByLabel('Password', { exact: true }).fill('short');
				await page.getByRole('button', { name: 'Create my account' }).click();
				await page.getByText('must be at least 10 characters long').waitFor();
				expect(await page.getByLabel('Your name').inputValue()).toBe('Ana');
				expect(await page.getByLabel('Email address').inputValue()).toBe('ana@city.example');
				expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
				// axe-core runs inside the page, so it needs JavaScript.
				if (javaScript) expect(await axeViolations(page)).toEqual([]);
				await page.close();
			});
		}
	);
}

describe.skipIf(!inject('chromium'))('account forms', () => {
	it('have no axe-core violations', async () => {
		const browser = await openBrowser({ javaScript: true });
		try {
			const page = await browser.context.newPage();
			const violations: string[] = [];
			for (const path of [
				'/login',
				'/register',
				'/forgot-password',
				'/reset-password?token=x',
				'/register/confirm?token=x',
				'/account/email/confirm?token=x',
				'/logout'
			]) {
				await page.goto(`${origin}${path}`);
				violations.push(...(await axeViolations(page)));
			}
			expect(violations).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});

describe.skipIf(!inject('chromium'))('signed-in pages', () => {
	it('have no axe-core violations, for an admin', async () => {
		const browser = await openBrowser({ javaScript: true });
		try {
			const [name, value] = (await signInAs(origin, 'admin')).split('=') as [string, string];
			await browser.context.addCookies([{ name, value, url: origin }]);
			const page = await browser.context.newPage();
			const violations: string[] = [];
			for (const path of [
				'/account',
				'/account/delete',
				'/admin',
				'/admin/users',
				'/admin/audit',
				'/admin/organizations',
				'/admin/outbox',
				`/partners/${ORGANIZATION}`
			]) {
				await page.goto(`${origin}${path}`);
				violations.push(...(await axeViolations(page)));
			}
			expect(violations).toEqual([]);
		} finally {
			await browser.close();
		}
	});
});

describe('the sign-in lockout', () => {
	const signIn = (password: string, ip: string) =>
		fetch(`${origin}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: {
				origin,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'text/html',
				'x-forwarded-for': ip
			},
			body: new URLSearchParams({ email: testAccount('curator'), password, next: '/' })
		});

	it('locks an account after 11 wrong passwords, then lets the owner in from elsewhere after the window', async () => {
		for (let attempt = 1; attempt <= 11; attempt += 1) {
			expect((await signIn(`wrong ${attempt}`, `203.0.113.${attempt}`)).status).toBe(400);
		}
		const locked = await signIn(TEST_PASSWORD, '192.0.2.50');
		expect(locked.status).toBe(429);
		expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(LOCKOUT_SECONDS);
		await new Promise((wait) => setTimeout(wait, LOCKOUT_SECONDS * 1000 + 500));
		const later = await signIn(TEST_PASSWORD, '192.0.2.51');
		expect(later.status).toBe(303);
		expect(later.headers.getSetCookie().join(';')).toContain('galaxy_session=');
	});
});

describe('account pages', () => {
	it('sends visitors to sign in from private pages', async () => {
		for (const path of ['/account', '/admin', '/admin/outbox']) {
			const response = await fetch(`${origin}${path}`, { redirect: 'manual' });
			expect(response.status, path).toBe(303);
			expect(response.headers.get('location'), path).toBe(
				`/login?next=${encodeURIComponent(path)}`
			);
		}
	});
});
