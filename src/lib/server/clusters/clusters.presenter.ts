import { presentSdgBadges, presentSectors, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { ClusterResourceView } from './cluster-resources.presenter.ts';
import type { ClusterRow, findClusterMembers, LatestActivityRow } from './clusters.repository.ts';

type MemberRow = Awaited<ReturnType<typeof findClusterMembers>>[number];

export interface ClusterMember {
	slug: string;
	name: string;
	kind: string;
	verified: boolean;
	role: 'member' | 'coordinator';
	country: { code: string; name: string } | null;
	/** The city the organization is based in, when known. */
	city: string | null;
}

/** The latest thing that happened in a cluster, for the list of clusters. */
export interface ClusterActivity {
	kind: 'thread' | 'member' | 'resource';
	/** The thread's title, the organization's name or the resource's title. */
	label: string;
	at: string;
}

export interface ClusterCard {
	slug: string;
	name: string;
	theme: string;
	description: string;
	coordinators: { slug: string; name: string }[];
	/** Member organizations. */
	memberCount: number;
	/** Member organizations that are cities or local governments. */
	cityCount: number;
	solutionCount: number;
	latestActivity: ClusterActivity | null;
}

export interface ClusterDetail extends ClusterCard {
	sdgs: SdgBadge[];
	sectors: { slug: string; name: string }[];
	/** Members grouped by UN M49 region, regions and members in alphabetical order. */
	membersByRegion: { region: string; members: ClusterMember[] }[];
	events: { slug: string; title: string; startsAt: string; timeZone: string }[];
	knowledgeProducts: { slug: string; title: string; kind: string }[];
	/** Distinct cities (with coordinates) where members are based: the circles of the map. */
	mappedCityCount: number;
	/** Pinned first, then newest first. */
	resources: ClusterResourceView[];
}

const CITY_KINDS = new Set(['city', 'local-government']);

export function presentMember(row: MemberRow): ClusterMember {
	return {
		slug: row.slug,
		name: row.name,
		kind: row.kind,
		verified: row.verified_at !== null,
		role: row.role,
		country:
			row.country_code && row.country_name
				? { code: row.country_code, name: row.country_name }
				: null,
		city: row.city_name
	};
}

export function presentClusterCard(
	row: ClusterRow,
	members: MemberRow[],
	solutionCount: number,
	latestActivity: LatestActivityRow | undefined
): ClusterCard {
	const own = members.filter((member) => member.cluster_id === row.id);
	return {
		slug: row.slug,
		name: row.name,
		theme: row.theme,
		description: row.description,
		coordinators: own
			.filter((member) => member.role === 'coordinator')
			.map(({ slug, name }) => ({ slug, name })),
		memberCount: own.length,
		cityCount: own.filter((member) => CITY_KINDS.has(member.kind)).length,
		solutionCount,
		latestActivity: latestActivity
			? { kind: latestActivity.kind, label: latestActivity.label, at: latestActivity.at }
			: null
	};
}

export function groupMembersByRegion(members: MemberRow[], globalLabel: string) {
	const groups = new Map<string, ClusterMember[]>();
	for (const row of members) {
		const region = row.region_name ?? globalLabel;
		groups.set(region, [...(groups.get(region) ?? []), presentMember(row)]);
	}
	return [...groups.entries()]
		.sort(([a], [b]) => (a === globalLabel ? 1 : b === globalLabel ? -1 : a.localeCompare(b)))
		.map(([region, list]) => ({
			region,
			members: list.sort((a, b) => a.name.localeCompare(b.name))
		}));
}

export function presentClusterDetail(
	row: ClusterRow,
	related: {
		members: MemberRow[];
		solutionCount: number;
		taxonomy: { sdgs: number[]; sectors: string[] };
		events: { slug: string; title: string; starts_at: string; time_zone: string }[];
		knowledgeProducts: { slug: string; title: string; kind: string }[];
		latestActivity: LatestActivityRow | undefined;
		resources: ClusterResourceView[];
	},
	names: TaxonomyNames,
	globalLabel: string
): ClusterDetail {
	return {
		...presentClusterCard(row, related.members, related.solutionCount, related.latestActivity),
		sdgs: presentSdgBadges(related.taxonomy.sdgs, names.goals),
		sectors: presentSectors(related.taxonomy.sectors, names.sectors),
		membersByRegion: groupMembersByRegion(related.members, globalLabel),
		events: related.events.map(({ slug, title, starts_at, time_zone }) => ({
			slug,
			title,
			startsAt: starts_at,
			timeZone: time_zone
		})),
		knowledgeProducts: related.knowledgeProducts,
		mappedCityCount: new Set(
			related.members
				.filter((member) => member.latitude !== null && member.longitude !== null)
				.map((member) => member.city_id)
		).size,
		resources: related.resources
	};
}
