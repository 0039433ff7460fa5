import type { Kysely } from 'kysely';
import { insertWithIds } from '../db/bulk.ts';
import type { Database, NewRow } from '../db/database.ts';
import type { ProviderOrganization, ReferenceCity } from './demo-sources.ts';
import { demoCities, demoOrganizations } from './organizations.data.ts';
import { demoPeople } from './people.data.ts';
import type { SlugRegistry } from './slugs.ts';

export const cityKey = (name: string, country: string) => `${country}|${name.toLowerCase()}`;

/**
 * Inserts the demo cities (hand-written ones win over the extracted reference list) and answers
 * "name|country" → city id.
 */
export async function seedCities(
	trx: Kysely<Database>,
	referenceCities: ReferenceCity[],
	slugs: SlugRegistry
): Promise<Map<string, number>> {
	const byKey = new Map<string, ReferenceCity>();
	for (const city of [...referenceCities, ...demoCities])
		byKey.set(cityKey(city.name, city.country), city);
	const keyBySlug = new Map<string, string>();
	const rows = [...byKey.entries()].map(([key, city]) => {
		const slug = slugs.make(
			`${city.name} ${city.country}`,
			`city-${city.country}-${keyBySlug.size + 1}`
		);
		keyBySlug.set(slug, key);
		return {
			slug,
			name: city.name,
			country_code: city.country,
			latitude: city.latitude,
			longitude: city.longitude,
			population: city.population ?? null,
			geoname_id: city.geonameId ?? null
		};
	});
	const ids = await insertWithIds(trx, 'cities', rows);
	return new Map([...ids].map(([slug, id]) => [keyBySlug.get(slug)!, id]));
}

/**
 * The organizations of the seed webinar (verified, with descriptions) and every provider named by
 * the demo solutions (not verified). Answers slug → id and provider name → slug.
 */
export async function seedOrganizations(
	trx: Kysely<Database>,
	providers: ProviderOrganization[],
	cityIds: Map<string, number>,
	now: string
): Promise<{ ids: Map<string, number>; slugByProviderName: Map<string, string> }> {
	const cityId = (name: string | undefined, country: string | undefined) =>
		name && country ? (cityIds.get(cityKey(name, country)) ?? null) : null;
	const rows: NewRow<'organizations'>[] = demoOrganizations.map((organization) => ({
		slug: organization.slug,
		name: organization.name,
		short_name: organization.shortName ?? null,
		kind: organization.kind,
		country_code: organization.country ?? null,
		city_id: cityId(organization.city, organization.country),
		website: organization.website ?? null,
		description: organization.description,
		iati_identifier: organization.iatiIdentifier ?? null,
		verified_at: organization.verified ? now : null,
		created_at: now,
		updated_at: now
	}));
	const known = new Set(rows.map((row) => row.slug));
	for (const provider of providers) {
		if (known.has(provider.slug) || provider.canonical === false) continue;
		known.add(provider.slug);
		rows.push({
			slug: provider.slug,
			name: provider.name,
			short_name: null,
			kind: provider.kind,
			country_code: provider.country ?? null,
			city_id: cityId(provider.city, provider.country),
			website: null,
			description: '',
			iati_identifier: null,
			verified_at: null,
			created_at: now,
			updated_at: now
		});
	}
	const ids = await insertWithIds(trx, 'organizations', rows);
	const slugByProviderName = new Map(providers.map((provider) => [provider.name, provider.slug]));
	return { ids, slugByProviderName };
}

export async function seedPeople(
	trx: Kysely<Database>,
	organizationIds: Map<string, number>,
	now: string
): Promise<Map<string, number>> {
	return insertWithIds(
		trx,
		'people',
		demoPeople.map((person) => ({
			slug: person.slug,
			honorific: person.honorific,
			name: person.name,
			title: person.title,
			organization_id: organizationIds.get(person.organization) ?? null,
			created_at: now
		}))
	);
}
