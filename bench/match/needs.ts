import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import type { Database } from '#lib/server/db/database.ts';
import type { NeedToMatch } from '#lib/server/matching/matching.service.ts';
import {
	benchNeedSchema,
	readJsonLines,
	type BenchNeed
} from '#lib/server/matching/evaluation/bench-files.ts';

/** One need to rank, as a need's page ranks it. */
export interface BenchNeedCase {
	/** `need-d08` with its tags, `need-d08/text` without. */
	id: string;
	/** `tags`: with the requester's sectors and SDGs; `text`: typed as text only. */
	group: 'tags' | 'text';
	need: NeedToMatch;
	/** The need's own organization and city, left out of the matches as the page does. */
	excludeOrganizationId: number | null;
	excludeCityId: number | null;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The 30 development needs of the quality benchmark (`bench/matchmaking/needs-dev.jsonl`) and
 * ten more in Arabic, Portuguese, French and Spanish (`needs-extra.jsonl`), each ranked twice:
 * with the tags its requester ticked, and as text only.
 */
export const NEED_FILES = [
	resolve(ROOT, 'bench/matchmaking/needs-dev.jsonl'),
	resolve(import.meta.dirname, 'needs-extra.jsonl')
];

/** The invented city a need gets when the reference data does not know its own. */
const FALLBACK_CITY = 3;

async function placeIds(db: Kysely<Database>, needs: BenchNeed[]) {
	const countries = [...new Set(needs.flatMap((need) => (need.country ? [need.country] : [])))];
	const cities =
		countries.length === 0
			? []
			: await db
					.selectFrom('cities')
					.select(['id', 'name', 'slug', 'country_code'])
					.where('country_code', 'in', countries)
					.execute();
	// A city government of the country: its own solutions are not a match for its need.
	const organizations =
		countries.length === 0
			? []
			: await db
					.selectFrom('organizations')
					.select((eb) => ['country_code', eb.fn.min('id').as('id')])
					.where('country_code', 'in', countries)
					.where('kind', '=', 'city')
					.groupBy('country_code')
					.execute();
	const cityOf = (need: BenchNeed): number | null => {
		if (!need.country) return null;
		const named = cities.find(
			(city) =>
				city.country_code === need.country &&
				city.name.toLowerCase() === need.city?.trim().toLowerCase()
		);
		const fallback = cities.find(
			(city) => city.slug === `bench-city-${need.country!.toLowerCase()}-${FALLBACK_CITY}`
		);
		return (named ?? fallback)?.id ?? null;
	};
	const organizationOf = (need: BenchNeed): number | null =>
		organizations.find((row) => row.country_code === need.country)?.id ?? null;
	return { cityOf, organizationOf };
}

/**
 * Reads the needs and resolves their places in the corpus: the named city when the reference data
 * has it, else an invented city of the same country (so every need has a city size); the need's
 * organization is the corpus' first city government of its country.
 */
export async function readBenchNeeds(db: Kysely<Database>): Promise<BenchNeedCase[]> {
	const needs = NEED_FILES.flatMap((file) => readJsonLines(file, benchNeedSchema));
	const { cityOf, organizationOf } = await placeIds(db, needs);
	return needs.flatMap((need) => {
		const cityId = cityOf(need);
		const base = {
			excludeOrganizationId: organizationOf(need),
			excludeCityId: cityId
		};
		const text: NeedToMatch = {
			title: need.title,
			description: need.description,
			language: need.language,
			countryCode: need.country,
			cityId
		};
		const cases: BenchNeedCase[] = [{ ...base, id: `${need.id}/text`, group: 'text', need: text }];
		if (need.sectors.length > 0 || need.sdgs.length > 0) {
			cases.unshift({
				...base,
				id: need.id,
				group: 'tags',
				need: { ...text, sectors: need.sectors, sdgs: need.sdgs }
			});
		}
		return cases;
	});
}
