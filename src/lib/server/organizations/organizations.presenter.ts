import type { OrganizationListRow } from './organizations.repository.ts';

export interface PartnerCard {
	slug: string;
	name: string;
	shortName: string | null;
	kind: string;
	country: { code: string; name: string } | null;
	city: string | null;
	verified: boolean;
	solutionCount: number;
	summary: string;
}

export interface PartnerDetail extends PartnerCard {
	description: string;
	website: string | null;
	iatiIdentifier: string | null;
	people: { slug: string; name: string; honorific: string | null; title: string | null }[];
	projects: { slug: string; title: string; programme: string; status: string; role: string }[];
	events: { slug: string; title: string; startsAt: string; role: string }[];
	clusters: { slug: string; name: string; role: string }[];
}

type OrganizationBase = Omit<OrganizationListRow, 'solution_count'> & { solution_count?: number };

/** First sentence of a description, for one-line card summaries. */
function firstSentence(text: string): string {
	const match = /^.+?[.!?](?=\s|$)/su.exec(text);
	return (match ? match[0] : text).trim();
}

export function presentPartnerCard(row: OrganizationBase): PartnerCard {
	return {
		slug: row.slug,
		name: row.name,
		shortName: row.short_name,
		kind: row.kind,
		country:
			row.country_code && row.country_name
				? { code: row.country_code, name: row.country_name }
				: null,
		city: row.city_name,
		verified: row.verified_at !== null,
		solutionCount: row.solution_count ?? 0,
		summary: firstSentence(row.description)
	};
}

export function presentPartnerDetail(
	row: OrganizationBase,
	related: Pick<PartnerDetail, 'people' | 'projects' | 'clusters'> & {
		events: { slug: string; title: string; starts_at: string; role: string }[];
	}
): PartnerDetail {
	return {
		...presentPartnerCard(row),
		description: row.description,
		website: row.website,
		iatiIdentifier: row.iati_identifier,
		people: related.people,
		projects: related.projects,
		events: related.events.map(({ slug, title, starts_at, role }) => ({
			slug,
			title,
			startsAt: starts_at,
			role
		})),
		clusters: related.clusters
	};
}
