import { describe, expect, inject, it } from 'vitest';
import { signInAs } from './support/accounts.ts';
import { openBrowser } from './support/chromium.ts';

const origin = inject('sqliteOrigin');
const PAYLOADS = [
	'<img src=x onerror=alert(1)>',
	'"><script>alert(2)</script>',
	"'><svg onload=alert(3)>",
	'javascript:alert(4)'
];

describe.skipIf(!inject('chromium'))('hostile text', () => {
	it('is shown as text: no script runs where people’s names and searches are displayed', async () => {
		// People choose their display name: register accounts whose names are attacks.
		for (const [index, name] of PAYLOADS.entries()) {
			const response = await fetch(`${origin}/register`, {
				method: 'POST',
				redirect: 'manual',
				headers: {
					origin,
					'content-type': 'application/x-www-form-urlencoded',
					accept: 'text/html',
					'x-forwarded-for': `198.51.100.${100 + index}`
				},
				body: new URLSearchParams({
					displayName: name,
					email: `xss${index}.${Date.now()}@attack.example`,
					password: 'a long attacker passphrase',
					startedAt: String(Date.now() - 60_000)
				})
			});
			expect(response.status).toBe(200);
		}
		const browser = await openBrowser({ javaScript: true });
		const dialogs: string[] = [];
		try {
			const [cookieName, value] = (await signInAs(origin, 'admin')).split('=') as [string, string];
			await browser.context.addCookies([{ name: cookieName, value, url: origin }]);
			const page = await browser.context.newPage();
			page.on('dialog', async (dialog) => {
				dialogs.push(dialog.message());
				await dialog.dismiss();
			});
			await page.goto(`${origin}/admin/users?q=attack.example`);
			const table = await page.locator('main').innerText();
			for (const name of PAYLOADS) expect(table).toContain(name);
			await page.goto(`${origin}/admin/audit`);
			for (const payload of PAYLOADS) {
				await page.goto(`${origin}/solutions?q=${encodeURIComponent(payload)}`);
				expect(await page.locator('input[name=q]').first().inputValue()).toBe(payload);
			}
			expect(await page.locator('script').count()).toBe(0);
		} finally {
			await browser.close();
		}
		expect(dialogs).toEqual([]);
	});
});
