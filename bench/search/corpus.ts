import { ORGANIZATION_KINDS } from '#lib/vocabulary/organization-kinds.ts';
import { Random, WeightedChoice, zipf } from './random.ts';
import { TextWriter, type Subject } from './text-writer.ts';
import {
	LANGUAGE_SHARES,
	ORGANIZATION_KIND_WEIGHTS,
	SANITATION_SHARE_OF_WATER,
	SECTOR_TOPICS,
	TOPIC_SDGS,
	type CorpusLanguage
} from './themes.ts';
import { ar } from './vocabulary/ar.ts';
import { en } from './vocabulary/en.ts';
import { es } from './vocabulary/es.ts';
import { fr } from './vocabulary/fr.ts';
import { pt } from './vocabulary/pt.ts';
import { ru } from './vocabulary/ru.ts';
import { TOPICS, type Topic, type Vocabulary } from './vocabulary/vocabulary.ts';
import { zh } from './vocabulary/zh.ts';

export const VOCABULARIES: Record<CorpusLanguage, Vocabulary> = { en, es, fr, pt, ar, ru, zh };

/** What the generator needs from the reference data (read from the database). */
export interface CorpusReference {
	/** Sector slugs, in the sectors table's order. */
	sectors: string[];
	/** Global South countries, with their names by locale (en always present). */
	countries: { code: string; names: Record<string, string> }[];
}

export interface SyntheticOrganization {
	slug: string;
	name: string;
	kind: string;
	countryCode: string;
	description: string;
}

export interface SyntheticSolution {
	slug: string;
	reference: string;
	title: string;
	summary: string;
	challenge: string;
	solution: string;
	results: string;
	language: CorpusLanguage;
	modality: 'south-south' | 'triangular';
	startYear: number;
	endYear: number | null;
	publishedAt: string;
	sdgs: number[];
	sectors: string[];
	countries: string[];
	/** Indexes into `Corpus.organizations`, in provider order. */
	providers: number[];
}

export interface Corpus {
	organizations: SyntheticOrganization[];
	solutions: SyntheticSolution[];
}

/** Organizations per solution: ~10 %, so a provider has ten solutions on average. */
const ORGANIZATIONS_PER_SOLUTION = 0.1;
const FIRST_YEAR = 2005;
const LAST_YEAR = 2025;

function shuffled<T>(items: readonly T[], random: Random): T[] {
	const copy = [...items];
	for (let i = copy.length - 1; i > 0; i -= 1) {
		const j = random.integer(0, i);
		[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
	}
	return copy;
}

function topicOf(sector: string, position: number): Topic {
	return SECTOR_TOPICS[sector] ?? (TOPICS[position % TOPICS.length] as Topic);
}

/** Topics a text draws from: mostly its own, a little of the others (texts wander). */
function topicMix(own: Topic[]): WeightedChoice<Topic> {
	const weights = TOPICS.map((topic) => {
		const index = own.indexOf(topic);
		if (index === 0) return 70;
		if (index > 0) return 20 / (own.length - 1);
		return 10 / (TOPICS.length - own.length);
	});
	return new WeightedChoice(TOPICS, weights);
}

function countryName(
	country: CorpusReference['countries'][number],
	language: CorpusLanguage
): string {
	// The reference has no Portuguese names; Spanish ones are the closest.
	const locale = language === 'pt' ? 'es' : language;
	return country.names[locale] ?? country.names.en ?? country.code;
}

/** An instant in `year`, at a random second of a random day. */
function instantIn(random: Random, year: number): string {
	const start = Date.UTC(year, 0, 1);
	const end = Date.UTC(year + 1, 0, 1);
	return new Date(start + Math.floor((random.next() * (end - start)) / 1000) * 1000).toISOString();
}

/**
 * Generates `size` published solutions and their provider organizations, the same for the same
 * `seed` and reference data, so both dialects are measured on identical data.
 * @example generateCorpus(10_000, await readCorpusReference(db), 42)
 */
export function generateCorpus(size: number, reference: CorpusReference, seed: number): Corpus {
	if (reference.sectors.length === 0 || reference.countries.length === 0) {
		throw new Error('The reference data has no sectors or no Global South countries.');
	}
	const random = new Random(seed);
	const writers = Object.fromEntries(
		Object.entries(VOCABULARIES).map(([language, vocabulary]) => [
			language,
			new TextWriter(language, vocabulary)
		])
	) as Record<CorpusLanguage, TextWriter>;
	const languages = new WeightedChoice(
		Object.keys(LANGUAGE_SHARES) as CorpusLanguage[],
		Object.values(LANGUAGE_SHARES)
	);
	// Popular sectors first, in the order of SECTOR_TOPICS; unknown ones last.
	const known = Object.keys(SECTOR_TOPICS);
	const rank = (slug: string) => (known.includes(slug) ? known.indexOf(slug) : known.length);
	const sectors = zipf(
		[...reference.sectors].sort((a, b) => rank(a) - rank(b)),
		0.8
	);
	const sectorTopic = new Map(reference.sectors.map((slug, i) => [slug, topicOf(slug, i)]));
	// A few countries hold many solutions, most hold a handful.
	const countries = zipf(shuffled(reference.countries, random), 0.9);
	const modalities = new WeightedChoice(['south-south', 'triangular'] as const, [80, 20]);
	const years = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

	const organizationCount = Math.max(10, Math.round(size * ORGANIZATIONS_PER_SOLUTION));
	const kinds = new WeightedChoice(
		ORGANIZATION_KINDS,
		ORGANIZATION_KINDS.map((kind) => ORGANIZATION_KIND_WEIGHTS[kind] ?? 1)
	);
	const organizations: SyntheticOrganization[] = [];
	for (let i = 0; i < organizationCount; i += 1) {
		const language = languages.draw(random);
		const writer = writers[language];
		const country = countries.draw(random);
		const kind = kinds.draw(random);
		const subject: Subject = {
			topics: topicMix([sectorTopic.get(sectors.draw(random)) ?? 'economy']),
			country: countryName(country, language)
		};
		organizations.push({
			slug: `bench-organization-${i + 1}`,
			name: writer.organizationName(random, ORGANIZATION_KINDS.indexOf(kind), subject),
			kind,
			countryCode: country.code,
			description: writer.paragraph(random, subject, 1)
		});
	}
	// Some organizations provide dozens of solutions, most provide a few.
	const providers = zipf(
		organizations.map((_, index) => index),
		0.7
	);

	const solutions: SyntheticSolution[] = [];
	for (let i = 0; i < size; i += 1) {
		const language = languages.draw(random);
		const writer = writers[language];
		const solutionSectors = random.distinct(random.chance(0.3) ? 2 : 1, () => sectors.draw(random));
		const topics = [...new Set(solutionSectors.map((slug) => sectorTopic.get(slug) ?? 'economy'))];
		if (topics[0] === 'water' && random.chance(SANITATION_SHARE_OF_WATER))
			topics.push('sanitation');
		const sdgCount = random.integer(1, 3);
		const sdgs = random.distinct(sdgCount, () =>
			random.chance(0.85) ? random.pick(TOPIC_SDGS[random.pick(topics)]) : random.integer(1, 17)
		);
		const solutionCountries = random.distinct(random.chance(0.2) ? 2 : 1, () =>
			countries.draw(random)
		);
		const startYear = random.pick(years);
		const publishedYear = Math.min(LAST_YEAR, startYear + random.integer(0, 3));
		const subject: Subject = {
			topics: topicMix(topics),
			country: countryName(solutionCountries[0]!, language),
			focus: writer.focus(random, topics)
		};
		solutions.push({
			slug: `bench-solution-${i + 1}`,
			reference: `BENCH-${i + 1}`,
			title: writer.title(random, subject),
			summary: writer.paragraph(random, subject, 2),
			challenge: writer.paragraph(random, subject, 3),
			solution: writer.paragraph(random, subject, 4),
			results: writer.paragraph(random, subject, 3, true),
			language,
			modality: modalities.draw(random),
			startYear,
			endYear: random.chance(0.5) ? Math.min(LAST_YEAR, startYear + random.integer(1, 5)) : null,
			publishedAt: instantIn(random, publishedYear),
			sdgs,
			sectors: solutionSectors,
			countries: solutionCountries.map((country) => country.code),
			providers: random.distinct(random.chance(0.3) ? 2 : 1, () => providers.draw(random))
		});
	}
	return { organizations, solutions };
}
