import { describe, expect, it } from 'vitest';
import type { DemoAgendaItem } from './demo.types.ts';
import { demoClusters } from './clusters.data.ts';
import { demoKnowledgeProducts } from './knowledge.data.ts';
import { demoCities, demoOrganizations } from './organizations.data.ts';
import { demoPeople } from './people.data.ts';
import { demoProjects } from './projects.data.ts';
import { demoWebinar } from './webinar.data.ts';

const SECTORS = new Set([
	'waste-management',
	'water-sanitation',
	'energy-access',
	'renewable-energy',
	'urban-transport',
	'air-quality',
	'disaster-risk-reduction',
	'climate-adaptation',
	'agriculture-food-systems',
	'agri-value-chains',
	'ecosystems-biodiversity',
	'sustainable-tourism',
	'cultural-heritage',
	'public-health',
	'education-skills',
	'digital-government',
	'local-economic-development',
	'housing-informal-settlements',
	'urban-planning',
	'social-protection',
	'gender-equality',
	'finance-investment'
]);

const orgSlugs = new Set(demoOrganizations.map((o) => o.slug));
const personSlugs = new Set(demoPeople.map((p) => p.slug));
const projectSlugs = new Set(demoProjects.map((p) => p.slug));
const productSlugs = new Set(demoKnowledgeProducts.map((k) => k.slug));
const clusterSlugs = new Set(demoClusters.map((c) => c.slug));
const cityKey = (name: string, country: string) => `${country}:${name}`;
const cityKeys = new Set(demoCities.map((c) => cityKey(c.name, c.country)));

/** Every agenda item, depth first. */
function walk(items: DemoAgendaItem[]): DemoAgendaItem[] {
	return items.flatMap((item) => [item, ...walk(item.children ?? [])]);
}
const agendaItems = walk(demoWebinar.agenda);

function expectUnique(values: string[]) {
	expect(new Set(values).size).toBe(values.length);
}

function expectKnown(values: Iterable<string>, known: Set<string>) {
	for (const value of values) expect(known, `unknown slug "${value}"`).toContain(value);
}

describe('demo content: uniqueness', () => {
	it('has unique slugs in every collection', () => {
		expectUnique(demoOrganizations.map((o) => o.slug));
		expectUnique(demoPeople.map((p) => p.slug));
		expectUnique(demoProjects.map((p) => p.slug));
		expectUnique(demoKnowledgeProducts.map((k) => k.slug));
		expectUnique(demoClusters.map((c) => c.slug));
		expectUnique(demoCities.map((c) => cityKey(c.name, c.country)));
	});

	it('uses lower-case kebab-case slugs', () => {
		const slugs = [...orgSlugs, ...personSlugs, ...projectSlugs, ...productSlugs, ...clusterSlugs];
		for (const slug of [...slugs, demoWebinar.slug])
			expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
	});
});

describe('demo content: organizations and places', () => {
	it('places every organization in a known city of its own country', () => {
		for (const org of demoOrganizations) {
			if (org.city === undefined) continue;
			expect(org.country, `${org.slug} has a city but no country`).toBeDefined();
			expect(cityKeys).toContain(cityKey(org.city, org.country ?? ''));
		}
	});

	it('has plausible coordinates and ISO country codes', () => {
		for (const city of demoCities) {
			expect(city.country).toMatch(/^[A-Z]{2}$/);
			expect(Math.abs(city.latitude)).toBeLessThanOrEqual(90);
			expect(Math.abs(city.longitude)).toBeLessThanOrEqual(180);
		}
	});

	it('has every organization the seed names', () => {
		expectKnown(
			[
				'unossc',
				'cicete',
				'undp',
				'un-habitat',
				'undp-china',
				'ancmpm',
				'campeche-city',
				'koidu-new-sembehun-city-council',
				'inshp',
				'iica',
				'gssdc',
				'undp-lebanon',
				'undp-chile',
				'undp-tanzania',
				'undp-kenya',
				'undp-peru'
			],
			orgSlugs
		);
	});

	it('gives people a known organization', () => {
		expectKnown(
			demoPeople.map((p) => p.organization),
			orgSlugs
		);
	});
});

describe('demo content: projects', () => {
	it('references known organizations, clusters and cities', () => {
		for (const project of demoProjects) {
			expectKnown(
				project.partners.map((p) => p.organization),
				orgSlugs
			);
			expectKnown(project.clusters, clusterSlugs);
			for (const city of project.cities) {
				const country = demoCities.find((c) => c.name === city)?.country;
				expect(country, `${project.slug}: unknown city ${city}`).toBeDefined();
				expect(project.countries).toContain(country);
			}
		}
	});

	it('uses known sectors and SDG goals', () => {
		for (const project of demoProjects) {
			expect(project.sectors.length).toBeGreaterThan(0);
			for (const sector of project.sectors) expect(SECTORS).toContain(sector);
			for (const sdg of project.sdgs) expect(sdg >= 1 && sdg <= 17).toBe(true);
			for (const country of project.countries) expect(country).toMatch(/^[A-Z]{2}$/);
		}
	});

	it('covers each project sector by one of its clusters', () => {
		for (const project of demoProjects) {
			const covered = new Set(
				demoClusters.filter((c) => project.clusters.includes(c.slug)).flatMap((c) => c.sectors)
			);
			for (const sector of project.sectors) expect(covered, project.slug).toContain(sector);
		}
	});

	it('has 4 presented pilots (2 Cities Project, 2 GSSDC) and 5 other launched ones', () => {
		const presented = demoProjects.filter((p) => p.origin === 'presented');
		const launched = demoProjects.filter((p) => p.origin === 'launched');
		expect(demoProjects).toHaveLength(9);
		expect(presented).toHaveLength(4);
		expect(presented.filter((p) => p.programme === 'Cities Project')).toHaveLength(2);
		expect(presented.filter((p) => p.programme === 'GSSDC')).toHaveLength(2);
		expect(presented.every((p) => p.status === 'implementation')).toBe(true);
		expect(launched).toHaveLength(5);
		for (const project of launched) {
			expect(project.programme).toBe('Cities Project');
			expect(project.status).toBe('pipeline');
			expect(project.startDate).toBe('2022-10-18');
		}
	});

	it('has UNOSSC and CICETE on every Cities Project pilot, and an implementing partner on all', () => {
		for (const project of demoProjects) {
			const partners = project.partners.map((p) => p.organization);
			if (project.programme === 'Cities Project') {
				expect(partners).toContain('unossc');
				expect(partners).toContain('cicete');
			}
			expect(project.partners.some((p) => p.role === 'implementing')).toBe(true);
		}
	});
});

describe('demo content: knowledge products and clusters', () => {
	it('has exactly three videos, without invented URLs or durations', () => {
		expect(demoKnowledgeProducts).toHaveLength(3);
		for (const product of demoKnowledgeProducts) {
			expect(product.kind).toBe('video');
			expect(product.url).toBeUndefined();
			expect(product.durationSeconds).toBeUndefined();
			expect(orgSlugs).toContain(product.publisher);
			expectKnown(product.clusters, clusterSlugs);
			expectKnown(product.projects, projectSlugs);
		}
	});

	it('has at least the seven agreed clusters, with known organizations and sectors', () => {
		expect(demoClusters.length).toBeGreaterThanOrEqual(7);
		expectKnown(
			[
				'sustainable-tourism-heritage',
				'waste-management',
				'agriculture-food-systems',
				'energy',
				'transport-air-quality',
				'disaster-risk-governance',
				'ecosystems'
			],
			clusterSlugs
		);
		for (const cluster of demoClusters) {
			expect(cluster.coordinators.length).toBeGreaterThan(0);
			expectKnown(cluster.coordinators, orgSlugs);
			expectKnown(cluster.members, orgSlugs);
			for (const sector of cluster.sectors) expect(SECTORS).toContain(sector);
			for (const sdg of cluster.sdgs) expect(sdg >= 1 && sdg <= 17).toBe(true);
		}
	});
});

describe('demo content: the seed webinar', () => {
	it('references known hosts, moderator and clusters', () => {
		expect(demoWebinar.hosts.map((h) => h.organization)).toEqual(['unossc', 'cicete']);
		expect(personSlugs).toContain(demoWebinar.moderator);
		expectKnown(demoWebinar.clusters, clusterSlugs);
		expect(demoWebinar.objectives).toHaveLength(3);
	});

	it('runs on 18 October 2022, announced a week before', () => {
		expect(demoWebinar.announcedOn).toBe('2022-10-11');
		expect(demoWebinar.startsAt.startsWith('2022-10-18T')).toBe(true);
		expect(Date.parse(demoWebinar.endsAt)).toBeGreaterThan(Date.parse(demoWebinar.startsAt));
		expect(demoWebinar.startsAt).toMatch(/[+-]\d\d:\d\d$/);
	});

	it('has six top-level sections, without their numbers', () => {
		expect(demoWebinar.agenda).toHaveLength(6);
		for (const section of demoWebinar.agenda) {
			expect(section.kind).toBe('section');
			expect(section.title).not.toMatch(/^\d/);
		}
	});

	it('references only known people, projects and knowledge products', () => {
		for (const item of agendaItems) {
			expectKnown(item.speakers ?? [], personSlugs);
			if (item.project) expect(projectSlugs).toContain(item.project);
			if (item.knowledgeProduct) expect(productSlugs).toContain(item.knowledgeProduct);
		}
	});

	it('has 9 distinct speakers who, with the moderator, are the 10 people of the seed', () => {
		const speakers = new Set(agendaItems.flatMap((item) => item.speakers ?? []));
		expect(speakers.size).toBe(9);
		expect(speakers.has(demoWebinar.moderator)).toBe(false);
		expect(new Set([...speakers, demoWebinar.moderator])).toEqual(personSlugs);
	});

	it('links every project once, except the shared LAC project which appears twice', () => {
		const linked = agendaItems.flatMap((item) => (item.project ? [item.project] : []));
		expect(linked).toHaveLength(10);
		expect(new Set(linked)).toEqual(projectSlugs);
		expect(
			linked.filter((slug) => slug === 'building-bridges-knowledge-lac-food-systems')
		).toHaveLength(2);
	});

	it('links all three knowledge products', () => {
		const linked = agendaItems.flatMap((item) =>
			item.knowledgeProduct ? [item.knowledgeProduct] : []
		);
		expect(new Set(linked)).toEqual(productSlugs);
	});

	it('presents each section-3 pilot under its own title', () => {
		for (const item of walk(demoWebinar.agenda[2]?.children ?? [])) {
			if (!item.project) continue;
			expect(demoProjects.find((p) => p.slug === item.project)?.title).toBe(item.title);
		}
	});
});
