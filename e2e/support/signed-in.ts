import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { signInAs, signInWith, type TestRole } from './accounts.ts';
import { openBrowser, type Browser } from './chromium.ts';

/** A browser signed in as one of the test accounts, with JavaScript on or off. */
export async function browserAs(
	origin: string,
	role: TestRole | { email: string; password: string },
	javaScript: boolean
): Promise<Browser> {
	const browser = await openBrowser({ javaScript });
	const cookie =
		typeof role === 'string'
			? await signInAs(origin, role)
			: await signInWith(origin, role.email, role.password);
	const [name, value] = cookie.split('=') as [string, string];
	await browser.context.addCookies([{ name, value, url: origin }]);
	return browser;
}

/** The axe-core violations of a page, as "address: rule" lines (none is the goal). */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((violation) => `${page.url()}: ${violation.id}`);
}
