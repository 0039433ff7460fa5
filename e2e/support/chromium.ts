import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export function hasChromium(): boolean {
	return existsSync(CHROMIUM_PATH);
}

const ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

export interface Browser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** A fresh browser profile per call, with JavaScript on or off. */
export async function openBrowser({ javaScript }: { javaScript: boolean }): Promise<Browser> {
	const profile = mkdtempSync(join(tmpdir(), 'galaxy-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROMIUM_PATH,
		args: ARGS,
		headless: true,
		javaScriptEnabled: javaScript,
		viewport: { width: 390, height: 844 },
		locale: 'en-US'
	});
	return {
		context,
		close: async () => {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
