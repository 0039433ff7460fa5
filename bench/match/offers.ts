import { SUPPORT_TYPES } from '#lib/server/brokering/brokering-terms.ts';
import { VOCABULARIES, type Corpus, type CorpusReference } from '../search/corpus.ts';
import { Random, WeightedChoice } from '../search/random.ts';
import { TextWriter, type Subject } from '../search/text-writer.ts';
import { SECTOR_TOPICS, type CorpusLanguage } from '../search/themes.ts';
import { TOPICS, type Topic } from '../search/vocabulary/vocabulary.ts';

/** An offer of the benchmark corpus: an organization's standing proposal to share what it knows. */
export interface BenchOffer {
	slug: string;
	/** Index into `Corpus.organizations`. */
	organization: number;
	title: string;
	description: string;
	language: CorpusLanguage;
	status: 'active' | 'withdrawn';
	sectors: string[];
	/** Other languages it can work in. */
	languages: string[];
	supportTypes: string[];
	updatedAt: string;
}

/** One offer per 50 solutions (2,000 at 100,000), and one withdrawn for every 20 active. */
const SOLUTIONS_PER_OFFER = 50;
const WITHDRAWN_SHARE = 0.05;
const WORKING_LANGUAGES = ['en', 'fr', 'es', 'pt', 'ar'] as const;

/** Mostly its own topics, a little of the others. */
function topicMix(own: Topic[]): WeightedChoice<Topic> {
	return new WeightedChoice(
		TOPICS,
		TOPICS.map((topic) =>
			own.includes(topic) ? 80 / own.length : 20 / (TOPICS.length - own.length)
		)
	);
}

/**
 * Offers written like the corpus' solutions: each starts from a solution drawn at random (so an
 * organization with many solutions offers more), is made by its first provider, in its language,
 * about its sectors, with a title and three sentences.
 * @example generateOffers(corpus, reference, new Random(7))
 */
export function generateOffers(
	corpus: Corpus,
	reference: CorpusReference,
	random: Random
): BenchOffer[] {
	const writers = new Map<CorpusLanguage, TextWriter>();
	const writerOf = (language: CorpusLanguage) => {
		let writer = writers.get(language);
		if (!writer) writers.set(language, (writer = new TextWriter(language, VOCABULARIES[language])));
		return writer;
	};
	const countryNames = new Map(reference.countries.map((country) => [country.code, country.names]));
	const active = Math.max(10, Math.round(corpus.solutions.length / SOLUTIONS_PER_OFFER));
	const total = Math.round(active / (1 - WITHDRAWN_SHARE));
	const offers: BenchOffer[] = [];
	for (let i = 0; i < total; i += 1) {
		const solution = random.pick(corpus.solutions);
		const organization = solution.providers[0]!;
		const { language } = solution;
		const names = countryNames.get(corpus.organizations[organization]!.countryCode);
		const topics = [...new Set(solution.sectors.map((slug) => SECTOR_TOPICS[slug] ?? 'economy'))];
		const writer = writerOf(language);
		const subject: Subject = {
			topics: topicMix(topics),
			country: names?.[language === 'pt' ? 'es' : language] ?? names?.en ?? '',
			focus: writer.focus(random, topics)
		};
		const year = random.integer(2020, 2025);
		offers.push({
			slug: `bench-offer-${i + 1}`,
			organization,
			title: writer.title(random, subject),
			description: writer.paragraph(random, subject, 3),
			language,
			status: i < active ? 'active' : 'withdrawn',
			sectors: solution.sectors,
			languages: random.distinct(random.integer(0, 2), () => random.pick(WORKING_LANGUAGES)),
			supportTypes: random.distinct(random.integer(1, 3), () => random.pick(SUPPORT_TYPES)),
			updatedAt: new Date(
				Date.UTC(year, random.integer(0, 11), random.integer(1, 28))
			).toISOString()
		});
	}
	return offers;
}
