import type { Kysely } from 'kysely';
import { insertChunked, insertWithIds } from '../db/bulk.ts';
import type { Database, NewRow } from '../db/database.ts';
import { demoClusters } from './clusters.data.ts';
import type { DemoSolution } from './demo-sources.ts';
import { cityKey } from './seed-places-and-partners.ts';
import type { SlugRegistry } from './slugs.ts';

const CITY_KINDS = new Set(['city', 'local-government']);

export async function seedClusters(
	trx: Kysely<Database>,
	organizationIds: Map<string, number>,
	now: string
): Promise<Map<string, number>> {
	const ids = await insertWithIds(
		trx,
		'clusters',
		demoClusters.map((cluster) => ({
			slug: cluster.slug,
			name: cluster.name,
			theme: cluster.theme,
			description: cluster.description,
			created_at: now,
			updated_at: now
		}))
	);
	const id = (slug: string) => ids.get(slug)!;
	await insertChunked(
		trx,
		'cluster_sectors',
		demoClusters.flatMap((cluster) =>
			cluster.sectors.map((sector_slug) => ({ cluster_id: id(cluster.slug), sector_slug }))
		)
	);
	await insertChunked(
		trx,
		'cluster_sdgs',
		demoClusters.flatMap((cluster) =>
			cluster.sdgs.map((goal) => ({ cluster_id: id(cluster.slug), goal }))
		)
	);
	await insertChunked(
		trx,
		'cluster_memberships',
		demoClusters.flatMap((cluster) => {
			const coordinators = new Set(cluster.coordinators);
			const members = [
				...cluster.coordinators,
				...cluster.members.filter((m) => !coordinators.has(m))
			];
			return members.map((slug) => ({
				cluster_id: id(cluster.slug),
				organization_id: organizationIds.get(slug)!,
				role: coordinators.has(slug) ? ('coordinator' as const) : ('member' as const),
				status: 'active' as const,
				statement: null,
				created_at: now
			}));
		})
	);
	return ids;
}

/**
 * The 200 solutions of the development set, published, with their providers, places and goals.
 * A solution joins every cluster that shares one of its sectors, and cities and local
 * governments providing it become members of those clusters.
 */
export async function seedSolutions(
	trx: Kysely<Database>,
	solutions: DemoSolution[],
	links: {
		organizationIds: Map<string, number>;
		organizationKinds: Map<string, string>;
		slugByProviderName: Map<string, string>;
		cityIds: Map<string, number>;
		clusterIds: Map<string, number>;
		countryCodes: Set<string>;
	},
	slugs: SlugRegistry,
	now: Date
): Promise<void> {
	const slugByReference = new Map<string, string>();
	const rows = solutions.map((solution, index) => {
		const slug = slugs.make(solution.title, solution.id);
		slugByReference.set(solution.id, slug);
		// Published one minute apart, so "newest first" lists sol-001 first, deterministically.
		const publishedAt = new Date(now.getTime() - index * 60_000).toISOString();
		return {
			slug,
			reference: solution.id,
			title: solution.title,
			summary: solution.summary,
			challenge: solution.challenge,
			solution: solution.solution,
			results: solution.results,
			replicability: null,
			language: solution.language,
			modality: solution.modality,
			start_year: solution.year,
			status: 'published' as const,
			published_at: publishedAt,
			created_by: null,
			created_at: publishedAt,
			updated_at: publishedAt
		};
	});
	const ids = await insertWithIds(trx, 'solutions', rows);
	const idOf = (solution: DemoSolution) => ids.get(slugByReference.get(solution.id)!)!;

	const clusterSectors = await trx.selectFrom('cluster_sectors').selectAll().execute();
	const clustersBySector = new Map<string, Set<number>>();
	for (const row of clusterSectors) {
		clustersBySector.set(
			row.sector_slug,
			(clustersBySector.get(row.sector_slug) ?? new Set()).add(row.cluster_id)
		);
	}
	const existingMembers = await trx
		.selectFrom('cluster_memberships')
		.select(['cluster_id', 'organization_id'])
		.execute();
	const memberships = new Set(
		existingMembers.map((row) => `${row.cluster_id}|${row.organization_id}`)
	);

	const sdgs: NewRow<'solution_sdgs'>[] = [];
	const sectors: NewRow<'solution_sectors'>[] = [];
	const countries: NewRow<'solution_countries'>[] = [];
	const cities: NewRow<'solution_cities'>[] = [];
	const partners: NewRow<'solution_organizations'>[] = [];
	const clusterSolutions: NewRow<'cluster_solutions'>[] = [];
	const newMembers: NewRow<'cluster_memberships'>[] = [];
	for (const solution of solutions) {
		const solutionId = idOf(solution);
		for (const goal of new Set(solution.sdgs)) sdgs.push({ solution_id: solutionId, goal });
		for (const sector of new Set(solution.sectors))
			sectors.push({ solution_id: solutionId, sector_slug: sector });
		const solutionCountries = [...new Set(solution.countries)].filter((code) =>
			links.countryCodes.has(code)
		);
		for (const code of solutionCountries)
			countries.push({ solution_id: solutionId, country_code: code });
		const cityIds = new Set<number>();
		for (const name of solution.cities) {
			const id = solutionCountries
				.map((code) => links.cityIds.get(cityKey(name, code)))
				.find((value) => value !== undefined);
			if (id !== undefined) cityIds.add(id);
		}
		for (const cityId of cityIds) cities.push({ solution_id: solutionId, city_id: cityId });
		const clusterIds = new Set(
			solution.sectors.flatMap((sector) => [...(clustersBySector.get(sector) ?? [])])
		);
		for (const clusterId of clusterIds)
			clusterSolutions.push({ cluster_id: clusterId, solution_id: solutionId });
		const seen = new Set<number>();
		solution.providers.forEach((name) => {
			const slug = links.slugByProviderName.get(name);
			const organizationId = slug ? links.organizationIds.get(slug) : undefined;
			if (!slug || organizationId === undefined || seen.has(organizationId)) return;
			seen.add(organizationId);
			partners.push({
				solution_id: solutionId,
				organization_id: organizationId,
				role: 'provider' as const,
				position: seen.size
			});
			if (!CITY_KINDS.has(links.organizationKinds.get(slug) ?? '')) return;
			for (const clusterId of clusterIds) {
				const key = `${clusterId}|${organizationId}`;
				if (memberships.has(key)) continue;
				memberships.add(key);
				newMembers.push({
					cluster_id: clusterId,
					organization_id: organizationId,
					role: 'member' as const,
					status: 'active' as const,
					statement: null,
					created_at: now.toISOString()
				});
			}
		});
	}
	await insertChunked(trx, 'solution_sdgs', sdgs);
	await insertChunked(trx, 'solution_sectors', sectors);
	await insertChunked(trx, 'solution_countries', countries);
	await insertChunked(trx, 'solution_cities', cities);
	await insertChunked(trx, 'solution_organizations', partners);
	await insertChunked(trx, 'cluster_solutions', clusterSolutions);
	await insertChunked(trx, 'cluster_memberships', newMembers);
}
