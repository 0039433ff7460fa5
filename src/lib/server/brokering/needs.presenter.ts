import type { TaxonomyNames } from '../taxonomy/taxonomy.service.ts';
import { presentSdgBadges, presentSectors, type SdgBadge } from '../taxonomy/taxonomy.presenter.ts';
import type { NeedVisibility, SupportType } from './brokering-terms.ts';
import type { NeedLinks, NeedListRow, NeedRow } from './needs.repository.ts';
import type { NeedFormValues } from './needs.schema.ts';

/** The public shapes of a need: a card in lists, the whole need on its page and in the API. */

export interface NeedCard {
	id: number;
	title: string;
	/** The start of the problem description, for the card. */
	excerpt: string;
	language: string;
	organization: { slug: string; name: string } | null;
	country: { code: string; name: string } | null;
	city: string | null;
	sdgs: SdgBadge[];
	sectors: { slug: string; name: string }[];
	visibility: NeedVisibility;
	status: NeedRow['status'];
	createdAt: string;
}

export interface NeedDetail extends Omit<NeedCard, 'excerpt'> {
	description: string;
	tried: string | null;
	supportTypes: SupportType[];
	targets: string[];
	timeframe: string | null;
	/** Languages the requester can work in. */
	languages: string[];
	updatedAt: string;
	/** Who posted it, by display name (never an email address). */
	postedBy: string | null;
	/** What the reader may do with it. */
	can: { edit: boolean; seeMatches: boolean };
}

const EXCERPT = 220;

export function excerptOf(text: string): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	if (flat.length <= EXCERPT) return flat;
	const cut = flat.slice(0, EXCERPT);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), EXCERPT - 40))}…`;
}

export function presentNeedCard(
	row: NeedListRow,
	tags: { sdgs: number[]; sectors: string[] },
	names: TaxonomyNames,
	countryNames: Map<string, string>
): NeedCard {
	return {
		id: row.id,
		title: row.title,
		excerpt: excerptOf(row.description),
		language: row.language,
		organization:
			row.organization_slug && row.organization_name
				? { slug: row.organization_slug, name: row.organization_name }
				: null,
		country: row.country_code
			? { code: row.country_code, name: countryNames.get(row.country_code) ?? row.country_code }
			: null,
		city: row.city_name,
		sdgs: presentSdgBadges(tags.sdgs, names.goals),
		sectors: presentSectors(tags.sectors, names.sectors).map(({ slug, name }) => ({ slug, name })),
		visibility: row.visibility,
		status: row.status,
		createdAt: row.created_at
	};
}

export function presentNeedDetail(
	row: NeedRow,
	links: NeedLinks,
	surroundings: {
		organization: { slug: string; name: string } | null;
		city: { name: string } | null;
		creator: { display_name: string } | null;
	},
	names: TaxonomyNames,
	countryNames: Map<string, string>,
	can: NeedDetail['can']
): NeedDetail {
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		tried: row.tried,
		language: row.language,
		organization: surroundings.organization
			? { slug: surroundings.organization.slug, name: surroundings.organization.name }
			: null,
		country: row.country_code
			? { code: row.country_code, name: countryNames.get(row.country_code) ?? row.country_code }
			: null,
		city: surroundings.city?.name ?? null,
		sdgs: presentSdgBadges(links.sdgs, names.goals),
		sectors: presentSectors(links.sectors, names.sectors).map(({ slug, name }) => ({ slug, name })),
		supportTypes: links.supportTypes as SupportType[],
		targets: links.targets,
		timeframe: row.timeframe,
		languages: links.languages,
		visibility: row.visibility,
		status: row.status,
		createdAt: row.created_at,
		updatedAt: row.updated_at,
		postedBy: surroundings.creator?.display_name ?? null,
		can
	};
}

/** A saved need as form values, to edit it. */
export function needToFormValues(
	row: NeedRow,
	links: NeedLinks,
	organizationSlug: string | null,
	cityName: string | null
): NeedFormValues {
	return {
		title: row.title,
		description: row.description,
		tried: row.tried ?? '',
		language: row.language,
		organization: organizationSlug ?? '',
		supportTypes: links.supportTypes,
		sdgs: links.sdgs.map(String),
		targets: links.targets,
		sectors: links.sectors,
		country: row.country_code ?? '',
		city: cityName ?? '',
		timeframe: row.timeframe ?? '',
		languages: links.languages,
		visibility: row.visibility
	};
}
