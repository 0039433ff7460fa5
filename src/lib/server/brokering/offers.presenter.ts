import type { SupportType } from './brokering-terms.ts';
import type { OfferFormValues, OfferStatus } from './offers.schema.ts';
import type { OfferLinks, OfferRow } from './offers.repository.ts';

/** The public shapes of an offer: a card in a list, the detail page, and the form. */

export interface OfferRegion {
	code: number;
	name: string;
}

export interface OfferCard {
	id: number;
	slug: string;
	title: string;
	/** The start of the description, for cards. */
	summary: string;
	status: OfferStatus;
	/** The language the offer is written in. */
	language: string;
	organization: { slug: string; name: string; shortName: string | null };
	supportTypes: SupportType[];
	sectors: { slug: string; name: string }[];
	/** Languages the organization can work in. */
	languages: string[];
	/** Empty when the offer stands for anywhere. */
	regions: OfferRegion[];
	createdAt: string;
	updatedAt: string;
}

export interface OfferDetail extends OfferCard {
	description: string;
	/** What the reader may do with it (the offering organization's people and curators). */
	permissions: { edit: boolean };
}

/** A region with the sub-regions that lie in it, as the form and the filters offer them. */
export interface RegionChoice extends OfferRegion {
	subRegions: OfferRegion[];
}

export interface OfferFormOptions {
	organizations: { slug: string; name: string }[];
	supportTypes: SupportType[];
	sectors: { slug: string; name: string }[];
	languages: string[];
	regions: RegionChoice[];
}

export interface OfferEditor {
	/** Null on the form for a new offer. */
	offer: { id: number; slug: string; title: string; status: OfferStatus } | null;
	/** False for a person without an organization to post for (the page says how to join one). */
	canCreate: boolean;
	values: OfferFormValues;
	options: OfferFormOptions;
}

const SUMMARY_LENGTH = 240;

/** The description cut at a word near 240 characters, for a card. */
function summaryOf(description: string): string {
	const text = description.replace(/\s+/g, ' ').trim();
	if (text.length <= SUMMARY_LENGTH) return text;
	const cut = text.slice(0, SUMMARY_LENGTH);
	const space = cut.lastIndexOf(' ');
	return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function presentOfferCard(
	row: OfferRow,
	links: OfferLinks,
	regionNames: ReadonlyMap<number, string>
): OfferCard {
	return {
		id: row.id,
		slug: row.slug,
		title: row.title,
		summary: summaryOf(row.description),
		status: row.status,
		language: row.language,
		organization: {
			slug: row.organization_slug,
			name: row.organization_name,
			shortName: row.organization_short_name
		},
		supportTypes: (links.supportTypes.get(row.id) ?? []) as SupportType[],
		sectors: links.sectors.get(row.id) ?? [],
		languages: links.languages.get(row.id) ?? [],
		regions: (links.regions.get(row.id) ?? []).map((code) => ({
			code,
			name: regionNames.get(code) ?? String(code)
		})),
		createdAt: row.created_at,
		updatedAt: row.updated_at
	};
}

export function presentOfferDetail(
	row: OfferRow,
	links: OfferLinks,
	regionNames: ReadonlyMap<number, string>,
	permissions: OfferDetail['permissions']
): OfferDetail {
	return {
		...presentOfferCard(row, links, regionNames),
		description: row.description,
		permissions
	};
}

/** An offer as its form shows it. */
export function toOfferFormValues(row: OfferRow, links: OfferLinks): OfferFormValues {
	return {
		organization: row.organization_slug,
		title: row.title,
		description: row.description,
		language: row.language,
		supportTypes: links.supportTypes.get(row.id) ?? [],
		sectors: (links.sectors.get(row.id) ?? []).map((sector) => sector.slug),
		languages: links.languages.get(row.id) ?? [],
		regions: (links.regions.get(row.id) ?? []).map(String)
	};
}

/**
 * Message keys of the UN M49 regions and sub-regions, so they read in the reader's language; the
 * reference table holds their English names, used for any code without a key.
 */
const REGION_KEYS: Readonly<Record<number, string>> = {
	2: 'offers.regionName.africa',
	15: 'offers.regionName.northernAfrica',
	202: 'offers.regionName.subSaharanAfrica',
	19: 'offers.regionName.americas',
	21: 'offers.regionName.northernAmerica',
	419: 'offers.regionName.latinAmericaCaribbean',
	142: 'offers.regionName.asia',
	143: 'offers.regionName.centralAsia',
	30: 'offers.regionName.easternAsia',
	35: 'offers.regionName.southEasternAsia',
	34: 'offers.regionName.southernAsia',
	145: 'offers.regionName.westernAsia',
	150: 'offers.regionName.europe',
	151: 'offers.regionName.easternEurope',
	154: 'offers.regionName.northernEurope',
	39: 'offers.regionName.southernEurope',
	155: 'offers.regionName.westernEurope',
	9: 'offers.regionName.oceania',
	53: 'offers.regionName.australiaNewZealand',
	54: 'offers.regionName.melanesia',
	57: 'offers.regionName.micronesia',
	61: 'offers.regionName.polynesia'
};

/**
 * The regions and sub-regions of the countries table as a tree, named in the reader's language
 * and sorted by those names.
 */
export function presentRegionChoices(
	rows: {
		region_code: number;
		region_name: string;
		sub_region_code: number;
		sub_region_name: string;
	}[],
	translate: (key: string) => string,
	locale: string
): RegionChoice[] {
	const name = (code: number, english: string) => {
		const key = REGION_KEYS[code];
		return key ? translate(key) : english;
	};
	const byName = (a: OfferRegion, b: OfferRegion) => a.name.localeCompare(b.name, locale);
	const regions = new Map<number, RegionChoice>();
	for (const row of rows) {
		let region = regions.get(row.region_code);
		if (!region) {
			region = {
				code: row.region_code,
				name: name(row.region_code, row.region_name),
				subRegions: []
			};
			regions.set(row.region_code, region);
		}
		if (!region.subRegions.some((sub) => sub.code === row.sub_region_code)) {
			region.subRegions.push({
				code: row.sub_region_code,
				name: name(row.sub_region_code, row.sub_region_name)
			});
		}
	}
	const tree = [...regions.values()].sort(byName);
	for (const region of tree) region.subRegions.sort(byName);
	return tree;
}

/** Every region and sub-region by code, for naming an offer's regions. */
export function regionNamesOf(choices: RegionChoice[]): Map<number, string> {
	return new Map(
		choices.flatMap((region) => [
			[region.code, region.name] as const,
			...region.subRegions.map((sub) => [sub.code, sub.name] as const)
		])
	);
}
