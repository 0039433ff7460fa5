import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type Browser } from './support/chromium.ts';
import { WEBINAR_SLUG } from './support/public-pages.ts';

/**
 * The acceptance point of issue 7: the seed webinar's page shows everything SEED.md lists, in
 * the seed's order, with speakers' titles and organizations, the pilot projects linked to their
 * project pages and the videos linked to their knowledge-product pages. JavaScript off: this is
 * what every reader gets.
 */

const origin = inject('sqliteOrigin');

/** SEED.md from top to bottom: each entry must appear after the one before. */
const IN_ORDER = [
	'Promoting SSTC in Support of COVID-19 Recovery and Sustainable Development through UNOSSC Projects',
	'October 11, 2022',
	'October 18, 2022',
	'Cities Project',
	'Global South-South Development Center (GSSDC)',
	'United Nations Office for South-South Cooperation',
	'China International Center for Economic and Technical Exchanges',
	'pre-recorded',
	// The objectives, in the demo's own words.
	'Present how the South-South and triangular cooperation projects',
	'Share local solutions and innovative practices',
	'Expand interregional exchanges',
	'Ms. Muriel Obon, Project and Event Management Consultant',
	'Opening remarks',
	'Ms. Xiaojun Grace Wang, Trust Fund Director',
	'Mr. Yi Zhang, Deputy Director-General',
	'Presentation of Cities Project knowledge products (videos)',
	'Innovative Experiences of Cities: Environmental sustainability and climate action',
	'Spotlighting Cities and Other Sub-national COVID-19 Responses',
	'Presentation of local solutions and innovative practices by local pilot partners',
	'Pilot projects from Cities Project',
	'SSTC for sustainable tourism in Mexico World Heritage Cities (WHC), Mexico',
	'Mr. Jorge Ortega, General Director',
	'Mr. Ricardo Rodríguez Dives, Advisor to the Municipal President',
	'SSTC for sustainable waste management in Koidu City, Sierra Leone',
	'Mr. Komba Mathew Sam, Mayor',
	'Mr. Ansu Bangura, Waste Management Consultant',
	'Pilot projects from GSSDC',
	'Promotion of Small Hydro Power in Nepal and Southern Asian Countries',
	'Mr. Qiu Dale, Senior Programme Officer',
	'Building Bridges of Knowledge in LAC',
	'Mr. Francisco Mello, Head of the Center for Knowledge Management and Horizontal Cooperation',
	'Presentation of South-South Cities Clusters (video)',
	'Launch of new pilot projects with UNDP Countries offices',
	'Cities Project',
	'Sustainable Disaster Risk Governance in Lebanon',
	'Low-carbon Transportation in the Metropolitan Region of Santiago, Chile',
	'China-Tanzania Soybean Value Chain',
	'Ecosystem Integration in Lake Victoria Basin',
	'Photovoltaic Technologies in Amazonas Region of Peru',
	'Building bridges of knowledge in LAC',
	'Closing remarks',
	'Mr. James George, Deputy Resident Representative'
];

/** Speaker → the organization their line links to. */
const SPEAKER_ORGANIZATIONS: [string, string][] = [
	['Muriel Obon', 'unossc'],
	['Xiaojun Grace Wang', 'unossc'],
	['Yi Zhang', 'cicete'],
	['Jorge Ortega', 'ancmpm'],
	['Ricardo Rodríguez Dives', 'campeche-city'],
	['Komba Mathew Sam', 'koidu-new-sembehun-city-council'],
	['Ansu Bangura', 'un-habitat'],
	['Qiu Dale', 'inshp'],
	['Francisco Mello', 'iica'],
	['James George', 'undp-china']
];

describe.skipIf(!inject('chromium'))('the seed webinar page (SEED.md)', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await openBrowser({ javaScript: false });
	});
	afterAll(async () => {
		await browser?.close();
	});

	it('shows everything the seed lists, in the seed order', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/events/${WEBINAR_SLUG}`);
		const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
		let from = 0;
		for (const expected of IN_ORDER) {
			const at = text.indexOf(expected, from);
			expect(at, `"${expected}" after position ${from}`).toBeGreaterThanOrEqual(0);
			from = at + expected.length;
		}
		await page.close();
	});

	it("names each speaker's organization with a link to its partner page", async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/events/${WEBINAR_SLUG}`);
		for (const [speaker, organization] of SPEAKER_ORGANIZATIONS) {
			const line = page.locator('.person', { hasText: speaker }).first();
			expect(await line.locator(`a[href="/partners/${organization}"]`).count(), speaker).toBe(1);
		}
		await page.close();
	});

	it('links the pilot projects to their project pages and the videos to their knowledge pages', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${origin}/events/${WEBINAR_SLUG}`);
		const agenda = page.locator('ol.agenda').first();
		const projects = await agenda
			.locator('a[href^="/projects/"]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));
		// Four pilots presented, six launched (one of them presented too).
		expect(projects).toHaveLength(10);
		const videos = await agenda
			.locator('a[href^="/knowledge/"]')
			.evaluateAll((links) => links.map((link) => [link.getAttribute('href'), link.textContent]));
		expect(videos).toHaveLength(3);
		for (const [href, title] of [...projects, ...videos]) {
			const response = await page.request.get(`${origin}${href}`);
			expect(response.status(), href!).toBe(200);
			// Each linked page is about what the agenda names (titles may differ in case only).
			const heading = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await response.text())?.[1] ?? '';
			const named = heading
				.replace(/<[^>]+>/g, '')
				.trim()
				.toLowerCase();
			const listed = title!.trim().toLowerCase();
			expect(listed.includes(named) || named.includes(listed.slice(0, 30)), href!).toBe(true);
		}
		await page.close();
	});
});
