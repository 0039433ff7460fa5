import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { forbidden } from '../http/errors.ts';
import { isAdmin, type Actor } from '../identity/actor.ts';
import { findCountryCodes, isPlatformEmpty } from './demo.repository.ts';
import {
	readDemoSolutions,
	readProviderOrganizations,
	readReferenceCities
} from './demo-sources.ts';
import { seedClusterResources } from './seed-cluster-resources.ts';
import { seedClusters, seedSolutions } from './seed-clusters-and-solutions.ts';
import { seedCities, seedOrganizations, seedPeople } from './seed-places-and-partners.ts';
import { seedConnections } from './seed-connections.ts';
import { seedDiscussions } from './seed-discussions.ts';
import { seedNeeds } from './seed-needs.ts';
import { seedOffers } from './seed-offers.ts';
import { seedKnowledgeProducts, seedProjects } from './seed-projects-and-knowledge.ts';
import { seedEvent } from './seed-webinar.ts';
import { seedUpcomingEvents } from './seed-upcoming-events.ts';
import { SlugRegistry } from './slugs.ts';
import { demoWebinar } from './webinar.data.ts';
import { demoOrganizations } from './organizations.data.ts';
import { rebuildSearchIndex } from '../search/index-writer.ts';

export interface DemoSummary {
	seeded: boolean;
	organizations: number;
	solutions: number;
}

/**
 * Fills an empty platform with the demo data: the seed webinar of October 2022 with everything it
 * names, and the 200 solutions of the development set. All or nothing, in one transaction. No
 * account is created: demo data never comes with a known password.
 */
export async function seedDemo({
	db,
	actor,
	dataDirectory,
	now = new Date()
}: {
	db: Kysely<Database>;
	actor: Actor;
	dataDirectory: string;
	now?: Date;
}): Promise<DemoSummary> {
	if (!isAdmin(actor)) throw forbidden();
	if (!(await isPlatformEmpty(db))) return { seeded: false, organizations: 0, solutions: 0 };
	const solutions = readDemoSolutions(dataDirectory);
	const providers = readProviderOrganizations(dataDirectory);
	const referenceCities = readReferenceCities(dataDirectory);
	const timestamp = now.toISOString();

	return db.transaction().execute(async (trx) => {
		const slugs = new SlugRegistry();
		const countryCodes = await findCountryCodes(trx);
		const cityIds = await seedCities(trx, referenceCities, slugs);
		const { ids: organizationIds, slugByProviderName } = await seedOrganizations(
			trx,
			providers,
			cityIds,
			timestamp
		);
		const organizationKinds = new Map<string, string>([
			...providers.map((provider) => [provider.slug, provider.kind] as const),
			...demoOrganizations.map((organization) => [organization.slug, organization.kind] as const)
		]);
		const peopleIds = await seedPeople(trx, organizationIds, timestamp);
		const clusterIds = await seedClusters(trx, organizationIds, timestamp);
		await seedClusterResources(trx, clusterIds, timestamp);
		await seedDiscussions(trx, clusterIds, now);
		await seedSolutions(
			trx,
			solutions,
			{ organizationIds, organizationKinds, slugByProviderName, cityIds, clusterIds, countryCodes },
			slugs,
			now
		);
		const links = { organizationIds, cityIds, clusterIds };
		const projectIds = await seedProjects(trx, links, timestamp);
		const knowledgeIds = await seedKnowledgeProducts(trx, { ...links, projectIds }, timestamp);
		await seedEvent(
			trx,
			demoWebinar,
			{ organizationIds, peopleIds, projectIds, knowledgeIds, clusterIds },
			timestamp
		);
		await seedUpcomingEvents(
			trx,
			{ organizationIds, peopleIds, projectIds, knowledgeIds, clusterIds },
			now
		);
		await seedOffers(trx, organizationIds, timestamp);
		await seedNeeds(trx, { organizationIds, cityIds }, now);
		await rebuildSearchIndex(trx);
		await seedConnections(trx, now); // last: the ranker reads the index just built
		return { seeded: true, organizations: organizationIds.size, solutions: solutions.length };
	});
}
