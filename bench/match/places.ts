import type { SyntheticSolution } from '../search/corpus.ts';
import { Random, zipf } from '../search/random.ts';

/** A city of the benchmark corpus: a real one from the reference data, or an invented one. */
export interface BenchCity {
	slug: string;
	name: string;
	countryCode: string;
	latitude: number;
	longitude: number;
	population: number | null;
	geonameId: number | null;
}

/** The fields of `data/reference/cities.json` the benchmark uses. */
export interface ReferenceCityInput {
	name: string;
	country: string;
	latitude: number;
	longitude: number;
	population?: number | null;
	geonameId?: number | null;
}

/** Invented cities per Global South country, besides the real ones of the reference data. */
const CITIES_PER_COUNTRY = 10;
/** Share of solutions implemented in one city, in two (one per country when they have two). */
const ONE_CITY = 0.7;
const TWO_CITIES = 0.15;

/**
 * The real cities of the reference data (the needs' cities are among them) and ten invented ones
 * per Global South country, with populations from 20,000 to 8 million (log-uniform, the first
 * invented city of a country the largest).
 */
export function generateCities(
	countryCodes: readonly string[],
	reference: readonly ReferenceCityInput[],
	random: Random
): BenchCity[] {
	const known = new Set(countryCodes);
	const cities: BenchCity[] = reference
		.filter((city) => known.has(city.country))
		.map((city, index) => ({
			slug: `bench-reference-city-${index + 1}`,
			name: city.name,
			countryCode: city.country,
			latitude: city.latitude,
			longitude: city.longitude,
			population: city.population ?? null,
			geonameId: city.geonameId ?? null
		}));
	for (const code of countryCodes) {
		const populations = Array.from({ length: CITIES_PER_COUNTRY }, () =>
			Math.round(10 ** (4.3 + random.next() * 2.6))
		).sort((a, b) => b - a);
		populations.forEach((population, index) => {
			cities.push({
				slug: `bench-city-${code.toLowerCase()}-${index + 1}`,
				name: `${code} city ${index + 1}`,
				countryCode: code,
				latitude: 0,
				longitude: 0,
				population,
				geonameId: null
			});
		});
	}
	return cities;
}

/**
 * Where each solution was implemented: indexes into `cities`, one or two cities of its countries
 * (large cities more often), or none for a national programme.
 */
export function assignCities(
	solutions: readonly SyntheticSolution[],
	cities: readonly BenchCity[],
	random: Random
): number[][] {
	const byCountry = new Map<string, number[]>();
	cities.forEach((city, index) => {
		const list = byCountry.get(city.countryCode);
		if (list) list.push(index);
		else byCountry.set(city.countryCode, [index]);
	});
	const choices = new Map([...byCountry].map(([code, indexes]) => [code, zipf(indexes, 0.8)]));
	return solutions.map((solution) => {
		const draw = random.next();
		const count = draw < ONE_CITY ? 1 : draw < ONE_CITY + TWO_CITIES ? 2 : 0;
		const chosen = new Set<number>();
		for (let i = 0; i < count; i += 1) {
			const country = solution.countries[i % solution.countries.length];
			const choice = country === undefined ? undefined : choices.get(country);
			if (choice) chosen.add(choice.draw(random));
		}
		return [...chosen];
	});
}
