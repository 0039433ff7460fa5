import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { Actor } from '../identity/actor.ts';
import type { CheckedSolution, FormProblem } from './solution-editor.schema.ts';
import {
	findCitiesByNames,
	findExistingSectors,
	findExistingTargets,
	findOrganizationRef,
	findOrganizationsByTerms,
	listCountriesWithNames,
	suggestCities,
	suggestOrganizations,
	type SolutionLinks
} from './solution-editor.repository.ts';
import { canSubmitFor } from './solutions.policy.ts';

/**
 * Turns what a person typed (partner names, countries, cities, target codes) into records, with a
 * clear problem per field when something is not found, and suggestions where there are some.
 */

/** Case, accents and spacing do not matter when matching a name. */
export function foldName(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('en')
		.replace(/\s+/g, ' ')
		.trim();
}

export interface ResolvedSolution {
	organization: { id: number; slug: string; name: string } | null;
	links: SolutionLinks;
	problems: FormProblem[];
}

const list = (items: string[]) => items.join(', ');

/** "Koidu (SL)" → { name: 'Koidu', country: 'SL' }. */
function cityTerm(term: string): { name: string; country: string | null } {
	const match = /^(.*?)\s*\(([A-Za-z]{2})\)$/.exec(term);
	return match
		? { name: match[1]!, country: match[2]!.toUpperCase() }
		: { name: term, country: null };
}

export async function resolveReferences(
	db: Kysely<Database>,
	checked: CheckedSolution,
	who: { actor: Actor; ownOrganizationIds: number[]; currentOrganizationId: number | null }
): Promise<ResolvedSolution> {
	const problems: FormProblem[] = [];

	let organization: ResolvedSolution['organization'] = null;
	if (checked.organization) {
		const found = await findOrganizationRef(db, checked.organization);
		if (
			found &&
			canSubmitFor(who.actor, found.id, who.ownOrganizationIds, who.currentOrganizationId)
		) {
			organization = found;
		} else {
			problems.push({ field: 'organization', key: 'solutionForm.error.organization' });
		}
	}

	const partners: SolutionLinks['partners'] = [];
	const candidates = await findOrganizationsByTerms(
		db,
		checked.partners.map((partner) => partner.name)
	);
	for (const partner of checked.partners) {
		const term = foldName(partner.name);
		const bySlug = candidates.filter((o) => o.slug === term);
		const matches =
			bySlug.length > 0
				? bySlug
				: candidates.filter(
						(o) => foldName(o.name) === term || (o.short_name && foldName(o.short_name) === term)
					);
		const field = `partners.${partner.row}`;
		if (matches.length === 1) {
			const organizationId = matches[0]!.id;
			if (!partners.some((p) => p.organizationId === organizationId && p.role === partner.role)) {
				partners.push({ organizationId, role: partner.role });
			}
		} else if (matches.length > 1) {
			problems.push({
				field,
				key: 'solutionForm.error.ambiguousPartner',
				values: { name: partner.name, suggestions: list(matches.map((o) => o.slug)) }
			});
		} else {
			const suggestions = await suggestOrganizations(db, partner.name);
			problems.push(
				suggestions.length > 0
					? {
							field,
							key: 'solutionForm.error.unknownPartnerSuggest',
							values: {
								name: partner.name,
								suggestions: list(suggestions.map((o) => `${o.name} (${o.slug})`))
							}
						}
					: { field, key: 'solutionForm.error.unknownPartner', values: { name: partner.name } }
			);
		}
	}

	const countries: string[] = [];
	const cityIds: number[] = [];
	if (checked.countries.length > 0 || checked.cities.length > 0) {
		const all = await listCountriesWithNames(db);
		for (const term of checked.countries) {
			const folded = foldName(term);
			const found = all.find(
				(country) =>
					country.code.toLowerCase() === folded ||
					country.iso3.toLowerCase() === folded ||
					country.names.some((name) => foldName(name) === folded)
			);
			if (found) {
				if (!countries.includes(found.code)) countries.push(found.code);
				continue;
			}
			const suggestions = all
				.filter((country) => country.names.some((name) => foldName(name).includes(folded)))
				.slice(0, 3)
				.map((country) => country.name);
			problems.push(
				suggestions.length > 0 && folded.length >= 3
					? {
							field: 'countries',
							key: 'solutionForm.error.unknownCountrySuggest',
							values: { name: term, suggestions: list(suggestions) }
						}
					: { field: 'countries', key: 'solutionForm.error.unknownCountry', values: { name: term } }
			);
		}

		const terms = checked.cities.map(cityTerm);
		const cities = await findCitiesByNames(
			db,
			terms.map((term) => term.name)
		);
		for (const term of terms) {
			const written = term.country ? `${term.name} (${term.country})` : term.name;
			const named = cities.filter(
				(city) =>
					foldName(city.name) === foldName(term.name) &&
					(term.country === null || city.country_code === term.country)
			);
			const inCountries = named.filter((city) => countries.includes(city.country_code));
			const matches = named.length > 1 && inCountries.length > 0 ? inCountries : named;
			if (matches.length === 1) {
				const city = matches[0]!;
				if (!cityIds.includes(city.id)) cityIds.push(city.id);
				// A city places the solution in its country too.
				if (!countries.includes(city.country_code)) countries.push(city.country_code);
			} else if (matches.length > 1) {
				problems.push({
					field: 'cities',
					key: 'solutionForm.error.ambiguousCity',
					values: {
						name: written,
						suggestions: list(matches.map((city) => `${city.name} (${city.country_code})`))
					}
				});
			} else {
				const suggestions = await suggestCities(db, term.name);
				problems.push(
					suggestions.length > 0
						? {
								field: 'cities',
								key: 'solutionForm.error.unknownCitySuggest',
								values: {
									name: written,
									suggestions: list(
										suggestions.map((city) => `${city.name} (${city.country_code})`)
									)
								}
							}
						: { field: 'cities', key: 'solutionForm.error.unknownCity', values: { name: written } }
				);
			}
		}
	}

	const targets = await findExistingTargets(db, checked.targets);
	const unknownTargets = checked.targets.filter((code) => !targets.includes(code));
	if (unknownTargets.length > 0) {
		problems.push({
			field: 'targets',
			key: 'solutionForm.error.unknownTarget',
			values: { codes: list(unknownTargets) }
		});
	}

	const sectors = await findExistingSectors(db, checked.sectors);
	if (sectors.length < checked.sectors.length) {
		problems.push({ field: 'sectors', key: 'solutionForm.error.unknownSector' });
	}

	return {
		organization,
		links: {
			sdgs: checked.sdgs,
			targets: checked.targets.filter((code) => targets.includes(code)),
			sectors: checked.sectors.filter((slug) => sectors.includes(slug)),
			countries,
			cityIds,
			partners
		},
		problems
	};
}
