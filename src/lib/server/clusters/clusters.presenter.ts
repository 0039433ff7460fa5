import { presentSdgBadges, presentSectors, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import type { ClusterRow, findClusterMembers } from './clusters.repository.ts';

type MemberRow = Awaited<ReturnType<typeof findClusterMembers>>[number];

export interface ClusterMember {
	slug: string;
	name: string;
	kind: string;
	verified: boolean;
	role: 'member' | 'coordinator';
	country: { code: string; name: string } | null;
}

export interface ClusterCard {
	slug: string;
	name: string;
	theme: string;
	description: string;
	coordinators: { slug: string; name: string }[];
	memberCount: number;
	cityCount: number;
	solutionCount: number;
}

export interface ClusterDetail extends ClusterCard {
	sdgs: SdgBadge[];
	sectors: { slug: string; name: string }[];
	/** Members grouped by UN M49 region, regions and members in alphabetical order. */
	membersByRegion: { region: string; members: ClusterMember[] }[];
	events: { slug: string; title: string; startsAt: string; timeZone: string }[];
	knowledgeProducts: { slug: string; title: string; kind: string }[];
}

const CITY_KINDS = new Set(['city', 'local-government']);

function presentMember(row: MemberRow): ClusterMember {
	return {
		slug: row.slug,
		name: row.name,
		kind: row.kind,
		verified: row.verified_at !== null,
		role: row.role,
		country:
			row.country_code && row.country_name
				? { code: row.country_code, name: row.country_name }
				: null
	};
}

export function presentClusterCard(
	row: ClusterRow,
	members: MemberRow[],
	solutionCount: number
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
		solutionCount
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
	},
	names: TaxonomyNames,
	globalLabel: string
): ClusterDetail {
	return {
		...presentClusterCard(row, related.members, related.solutionCount),
		sdgs: presentSdgBadges(related.taxonomy.sdgs, names.goals),
		sectors: presentSectors(related.taxonomy.sectors, names.sectors),
		membersByRegion: groupMembersByRegion(related.members, globalLabel),
		events: related.events.map(({ slug, title, starts_at, time_zone }) => ({
			slug,
			title,
			startsAt: starts_at,
			timeZone: time_zone
		})),
		knowledgeProducts: related.knowledgeProducts
	};
}
