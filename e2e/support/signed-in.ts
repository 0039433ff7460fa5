import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { signInAs, type TestRole } from './accounts.ts';
import { openBrowser, type Browser } from './chromium.ts';

/** A browser signed in as one of the test accounts, with JavaScript on or off. */
export async function browserAs(
	origin: string,
	role: TestRole,
	javaScript: boolean
): Promise<Browser> {
	const browser = await openBrowser({ javaScript });
	const [name, value] = (await signInAs(origin, role)).split('=') as [string, string];
	await browser.context.addCookies([{ name, value, url: origin }]);
	return browser;
}

/** The axe-core violations of a page, as "address: rule" lines (none is the goal). */
export async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map((violation) => `${page.url()}: ${violation.id}`);
}
