import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApiToken } from './support/accounts.ts';
import type { Browser } from './support/chromium.ts';
import { browserAs } from './support/signed-in.ts';

/**
 * The brokering board in a browser, as a curator: the pages pass axe-core, the forms work without
 * JavaScript, and dragging a card moves it when JavaScript is on. The demo connections are used
 * (connection 1, the pilot the authorization matrix opens, is left as it is).
 */
const origin = inject('sqliteOrigin');

async function axeViolations(page: Page): Promise<string[]> {
	const result = await new AxeBuilder({ page }).analyze();
	return result.violations.map(
		(violation) => `${page.url()}: ${violation.id} (${violation.nodes.length})`
	);
}

async function signedInBrowser(javaScript: boolean, width = 390): Promise<Browser> {
	const browser = await browserAs(origin, 'curator', javaScript);
	if (width !== 390) {
		for (const page of browser.context.pages()) await page.setViewportSize({ width, height: 900 });
	}
	return browser;
}

/** The card of a connection, found by the connection's id. */
const card = (page: Page, id: number) => page.locator(`#connection-${id}`);
const column = (page: Page, stage: string) => page.locator(`section[data-stage="${stage}"]`);

describe.skipIf(!inject('chromium'))('the brokering pipeline', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await signedInBrowser(true);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('has no axe-core violations, on a phone and on a wide screen', async () => {
		const page = await browser.context.newPage();
		const violations: string[] = [];
		for (const width of [390, 1440]) {
			await page.setViewportSize({ width, height: 900 });
			for (const path of [
				'/admin',
				'/admin/brokering',
				'/admin/brokering?stage=closed',
				'/admin/brokering?q=nothing-matches-this',
				'/admin/brokering/1',
				'/admin/brokering/1/project',
				'/admin/brokering/6',
				'/admin/brokering/5'
			]) {
				await page.goto(`${origin}${path}`);
				violations.push(...(await axeViolations(page)));
			}
		}
		expect(violations).toEqual([]);
		await page.close();
	}, 240_000);

	it('moves a card by dragging it to another column', async () => {
		const page = await browser.context.newPage();
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(`${origin}/admin/brokering`);
		await expect.poll(() => card(page, 3).getAttribute('draggable')).toBe('true');
		await card(page, 3).dragTo(column(page, 'in-dialogue'));
		await page.waitForURL(/moved=3/);
		await page.getByText('moved to “in dialogue”').waitFor();
		expect(await column(page, 'in-dialogue').locator('#connection-3').count()).toBe(1);

		// A move the pipeline does not allow says why, and leaves the card where it was.
		await card(page, 7).dragTo(column(page, 'suggested'));
		await page.locator('#board-status').getByText('cannot move to').waitFor();
		expect(await column(page, 'agreement').locator('#connection-7').count()).toBe(1);
		await page.close();
	});
});

describe.skipIf(!inject('chromium'))('the brokering pipeline without JavaScript', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await signedInBrowser(false);
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('moves a card to the next stage with its button', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/admin/brokering?kind=peer-city`);
		await card(page, 6)
			.getByRole('button', { name: /Move to “introduction requested”/ })
			.click();
		await page.waitForURL(/\/admin\/brokering\?kind=peer-city&moved=6/);
		await page.getByText('moved to “introduction requested”').waitFor();
		expect(await column(page, 'introduction-requested').locator('#connection-6').count()).toBe(1);
		await page.close();
	});

	it('shows what is missing next to the field, keeps the note, then closes', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/admin/brokering/6`);
		await page.getByLabel('Move to').selectOption('closed');
		await page
			.getByLabel('Note', { exact: true })
			.fill('The peer city has no staff to spare this year.');
		await page.getByRole('button', { name: 'Move the connection' }).click();
		await page
			.locator('#field-reason-error')
			.getByText('Choose why the connection is closed.')
			.waitFor();
		expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe(
			'The peer city has no staff to spare this year.'
		);
		await page.getByLabel('Why it is closed').selectOption('no-capacity');
		await page.getByRole('button', { name: 'Move the connection' }).click();
		await page.waitForURL(`${origin}/admin/brokering/6?moved=closed`);
		await page.getByText('The peer city has no staff to spare this year.').waitFor();
		expect(await page.locator('main').innerText()).toContain('Provider has no capacity now');
		await page.close();
	});

	it('keeps the pilot project form as typed when a field is wrong', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/admin/brokering/1/project`);
		expect(await page.locator('#field-programme').inputValue()).toBe(
			'South-South Galaxy brokering'
		);
		await page.locator('#field-title').fill('x');
		await page.getByLabel('Budget (optional)').fill('lots');
		await page.getByRole('button', { name: 'Create the project' }).click();
		await page.getByText('Give the project a title of 5 to 200 characters.').waitFor();
		await page.getByText('Write the budget as a number').waitFor();
		expect(await page.locator('#field-title').inputValue()).toBe('x');
		expect(await page.locator('#field-programme').inputValue()).toBe(
			'South-South Galaxy brokering'
		);
		await page.close();
	});
});

describe('the connections API', () => {
	it('lists and moves connections with a curator’s read-write token', async () => {
		const token = await createApiToken(origin, 'curator', 'read-write');
		const api = (path: string, init: RequestInit = {}) =>
			fetch(`${origin}/api/v1${path}`, {
				...init,
				headers: {
					authorization: `Bearer ${token}`,
					'content-type': 'application/json',
					...init.headers
				}
			});
		const move = (id: number, body: string) =>
			api(`/connections/${id}/transitions`, { method: 'POST', body });

		const list = await api('/connections?kind=peer-city&pageSize=1');
		expect(list.status).toBe(200);
		expect(await list.json()).toMatchObject({ page: 1, pageSize: 1, total: 2 });

		expect((await move(7, 'not json')).status).toBe(400);
		const refused = await move(5, JSON.stringify({ to: 'introduced' }));
		expect(refused.status).toBe(409);
		expect(await refused.json()).toMatchObject({
			error: { code: 'conflict', message: expect.stringContaining('cannot move any more') }
		});
		const unreasoned = await move(7, JSON.stringify({ to: 'closed' }));
		expect(unreasoned.status).toBe(400);
		expect((await unreasoned.json()).error.details).toEqual([
			{ field: 'reason', reason: 'Choose why the connection is closed.' }
		]);

		const moved = await move(7, JSON.stringify({ to: 'closed', reason: 'no-funding' }));
		expect(moved.status).toBe(201);
		expect(await moved.json()).toEqual({ data: { id: 7, stage: 'closed' } });
		const history = await (await api('/connections/7/transitions')).json();
		expect(history.data.at(-1)).toMatchObject({ from: 'agreement', to: 'closed' });
		const detail = await (await api('/connections/7')).json();
		expect(detail.data).toMatchObject({ id: 7, stage: 'closed', closedReason: 'no-funding' });
	});
});
