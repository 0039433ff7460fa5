import type { Kysely } from 'kysely';
import { insertChunked, insertWithIds } from '../db/bulk.ts';
import type { Database } from '../db/database.ts';
import { demoKnowledgeProducts } from './knowledge.data.ts';
import { demoProjects } from './projects.data.ts';
import { cityKey } from './seed-places-and-partners.ts';

interface Links {
	organizationIds: Map<string, number>;
	cityIds: Map<string, number>;
	clusterIds: Map<string, number>;
}

const required = (ids: Map<string, number>, slug: string, what: string) => {
	const id = ids.get(slug);
	if (id === undefined) throw new Error(`Demo data: unknown ${what} "${slug}"`);
	return id;
};

/** The pilot projects presented and launched at the seed webinar. */
export async function seedProjects(
	trx: Kysely<Database>,
	links: Links,
	now: string
): Promise<Map<string, number>> {
	const ids = await insertWithIds(
		trx,
		'projects',
		demoProjects.map((project) => ({
			slug: project.slug,
			title: project.title,
			summary: project.summary,
			programme: project.programme,
			status: project.status,
			start_date: project.startDate ?? null,
			end_date: project.endDate ?? null,
			budget_amount: null,
			budget_currency: null,
			iati_identifier: null,
			connection_id: null,
			created_at: now,
			updated_at: now
		}))
	);
	const each = <Row>(rows: (project: (typeof demoProjects)[number], id: number) => Row[]) =>
		demoProjects.flatMap((project) => rows(project, ids.get(project.slug)!));
	await insertChunked(
		trx,
		'project_organizations',
		each((project, project_id) =>
			project.partners.map((partner) => ({
				project_id,
				organization_id: required(links.organizationIds, partner.organization, 'organization'),
				role: partner.role
			}))
		)
	);
	await insertChunked(
		trx,
		'project_countries',
		each((project, project_id) =>
			[...new Set(project.countries)].map((country_code) => ({ project_id, country_code }))
		)
	);
	await insertChunked(
		trx,
		'project_cities',
		each((project, project_id) =>
			project.cities.map((name) => ({
				project_id,
				city_id: required(
					links.cityIds,
					project.countries
						.map((country) => cityKey(name, country))
						.find((key) => links.cityIds.has(key)) ?? name,
					'city'
				)
			}))
		)
	);
	await insertChunked(
		trx,
		'project_sdgs',
		each((project, project_id) => [...new Set(project.sdgs)].map((goal) => ({ project_id, goal })))
	);
	await insertChunked(
		trx,
		'project_sectors',
		each((project, project_id) =>
			[...new Set(project.sectors)].map((sector_slug) => ({ project_id, sector_slug }))
		)
	);
	await insertChunked(
		trx,
		'project_clusters',
		each((project, project_id) =>
			project.clusters.map((slug) => ({
				project_id,
				cluster_id: required(links.clusterIds, slug, 'cluster')
			}))
		)
	);
	return ids;
}

/** The two Cities Project videos and the South-South Cities Clusters video. */
export async function seedKnowledgeProducts(
	trx: Kysely<Database>,
	links: Links & { projectIds: Map<string, number> },
	now: string
): Promise<Map<string, number>> {
	const ids = await insertWithIds(
		trx,
		'knowledge_products',
		demoKnowledgeProducts.map((product) => ({
			slug: product.slug,
			title: product.title,
			kind: product.kind,
			summary: product.summary,
			published_on: product.publishedOn,
			language: product.language,
			publisher_organization_id: required(links.organizationIds, product.publisher, 'organization'),
			url: product.url ?? null,
			duration_seconds: product.durationSeconds ?? null,
			created_at: now,
			updated_at: now
		}))
	);
	await insertChunked(
		trx,
		'knowledge_product_clusters',
		demoKnowledgeProducts.flatMap((product) =>
			product.clusters.map((slug) => ({
				knowledge_product_id: ids.get(product.slug)!,
				cluster_id: required(links.clusterIds, slug, 'cluster')
			}))
		)
	);
	await insertChunked(
		trx,
		'knowledge_product_projects',
		demoKnowledgeProducts.flatMap((product) =>
			product.projects.map((slug) => ({
				knowledge_product_id: ids.get(product.slug)!,
				project_id: required(links.projectIds, slug, 'project')
			}))
		)
	);
	return ids;
}
