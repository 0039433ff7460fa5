import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeOnDialects, createTestDatabase } from '../../../../test/test-database.ts';
import { inject } from 'vitest';
import { visitor, system } from '../identity/actor.ts';
import { getEvent } from '../events/events.service.ts';
import { listClusters } from '../clusters/clusters.service.ts';
import { listProjects } from '../projects/projects.service.ts';
import { listKnowledgeProducts } from '../knowledge/knowledge.service.ts';
import { listSolutions } from '../solutions/solutions.service.ts';
import { seedDemo } from './demo.service.ts';

const DATA = resolve(import.meta.dirname, '../../../../data');
const WEBINAR = 'promoting-sstc-covid-19-recovery-2022';
const all = { sdg: [], sector: [], country: [], region: [], page: 1, pageSize: 100 };

describeOnDialects('demo data', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });

	it('holds the seed webinar exactly: title, date, co-hosts, objectives and moderator', async () => {
		const event = await getEvent(context(), WEBINAR);
		expect(event.title).toBe(
			'Promoting SSTC in Support of COVID-19 Recovery and Sustainable Development through UNOSSC Projects'
		);
		expect(event.startsAt.slice(0, 10)).toBe('2022-10-18');
		expect(event.announcedOn).toBe('2022-10-11');
		expect(event.hosts.map((host) => host.shortName)).toEqual(['UNOSSC', 'CICETE']);
		expect(event.hosts.every((host) => host.role === 'co-host')).toBe(true);
		expect(event.objectives).toHaveLength(3);
		expect(event.moderator).toMatchObject({
			name: 'Muriel Obon',
			title: 'Project and Event Management Consultant',
			organization: { slug: 'unossc' }
		});
	});

	it('has the six agenda sections with their nested items and every speaker', async () => {
		const event = await getEvent(context(), WEBINAR);
		expect(event.agenda.map((section) => section.title)).toEqual([
			'Opening remarks',
			'Presentation of Cities Project knowledge products (videos)',
			'Presentation of local solutions and innovative practices by local pilot partners',
			'Presentation of South-South Cities Clusters (video)',
			'Launch of new pilot projects with UNDP Countries offices',
			'Closing remarks'
		]);
		const pilots = event.agenda[2]!;
		expect(pilots.children.map((group) => group.title)).toEqual([
			'Pilot projects from Cities Project',
			'Pilot projects from GSSDC'
		]);
		const koidu = pilots.children[0]!.children[1]!;
		expect(koidu.title).toBe('SSTC for sustainable waste management in Koidu City, Sierra Leone');
		expect(koidu.speakers.map((speaker) => `${speaker.name}, ${speaker.title}`)).toEqual([
			'Komba Mathew Sam, Mayor',
			'Ansu Bangura, Waste Management Consultant'
		]);
		expect(event.agenda[4]!.children[0]!.children).toHaveLength(6);
		expect(event.speakers.map((speaker) => speaker.name).sort()).toEqual(
			[
				'Xiaojun Grace Wang',
				'Yi Zhang',
				'Jorge Ortega',
				'Ricardo Rodríguez Dives',
				'Komba Mathew Sam',
				'Ansu Bangura',
				'Qiu Dale',
				'Francisco Mello',
				'James George'
			].sort()
		);
		expect(event.speakers.every((speaker) => speaker.organization !== null)).toBe(true);
	});

	it('publishes the 200 solutions of the development set with partners and places', async () => {
		const page = await listSolutions(context(), all);
		expect(page.total).toBe(200);
		expect(page.data.every((solution) => solution.organizations.length > 0)).toBe(true);
		expect(page.data.every((solution) => solution.places.countries.length > 0)).toBe(true);
	});

	it('has the seven clusters, the nine pilot projects and the three videos', async () => {
		const clusters = await listClusters(context());
		expect(clusters.map((cluster) => cluster.slug).sort()).toEqual(
			[
				'agriculture-food-systems',
				'disaster-risk-governance',
				'ecosystems',
				'energy',
				'sustainable-tourism-heritage',
				'transport-air-quality',
				'waste-management'
			].sort()
		);
		expect(clusters.every((cluster) => cluster.solutionCount > 0)).toBe(true);
		const projects = await listProjects(context(), { ...all, status: [] });
		expect(projects.total).toBe(9);
		expect(projects.data.every((project) => project.countries.length > 0)).toBe(true);
		const knowledge = await listKnowledgeProducts(context(), { page: 1, pageSize: 20 });
		expect(knowledge.data.map((product) => product.kind)).toEqual(['video', 'video', 'video']);
	});

	it('creates no account, so no known password ships with the demo', async () => {
		const users = await db().selectFrom('users').select('id').execute();
		expect(users).toEqual([]);
	});

	it('does nothing on a platform that already has data', async () => {
		const summary = await seedDemo({
			db: db(),
			actor: system,
			dataDirectory: DATA
		});
		expect(summary.seeded).toBe(false);
		expect((await listSolutions(context(), all)).total).toBe(200);
	});
});

describe('seeding the demo data', () => {
	for (const dialect of inject('dialects')) {
		it(`writes nothing when it fails half-way [${dialect}]`, async () => {
			// A provider in an unknown country breaks a foreign key after the cities are written.
			const broken = mkdtempSync(join(tmpdir(), 'galaxy-broken-'));
			cpSync(DATA, broken, { recursive: true });
			const providersFile = join(broken, 'demo/provider-organizations.json');
			const providers = JSON.parse(readFileSync(providersFile, 'utf8')) as { country?: string }[];
			providers[providers.length - 1]!.country = 'ZZ';
			writeFileSync(providersFile, JSON.stringify(providers));
			const database = await createTestDatabase(dialect, 'empty');
			try {
				await expect(
					seedDemo({ db: database.db, actor: system, dataDirectory: broken })
				).rejects.toThrow();
				expect(await database.db.selectFrom('cities').select('id').execute()).toEqual([]);
				expect(await database.db.selectFrom('organizations').select('id').execute()).toEqual([]);
			} finally {
				await database.destroy();
				rmSync(broken, { recursive: true, force: true });
			}
		});

		it(`refuses a visitor [${dialect}]`, async () => {
			const database = await createTestDatabase(dialect, 'empty');
			try {
				await expect(
					seedDemo({ db: database.db, actor: visitor, dataDirectory: '/nonexistent' })
				).rejects.toMatchObject({ code: 'forbidden' });
			} finally {
				await database.destroy();
			}
		});
	}
});
