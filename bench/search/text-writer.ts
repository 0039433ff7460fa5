import { Random, WeightedChoice, zipf } from './random.ts';
import { TOPICS, type Topic, type Vocabulary } from './vocabulary/vocabulary.ts';

/** One word's forms, most common first, drawn by Zipf's law. */
type WordForms = WeightedChoice<string>;

/**
 * A list of words (groups of forms), drawn two ways. A text has a focus (a few words it is
 * about, chosen with `focus`) and mentions others in passing (`passing`, steeper, so the tail of
 * the list stays rare: without a focus, every word of a short list would be in most texts).
 */
interface Lexicon {
	focus: WeightedChoice<WordForms>;
	passing: WeightedChoice<WordForms>;
}

function lexicon(compact: string): Lexicon {
	const groups = compact
		.split('|')
		.map((group) => group.trim().split(/\s+/).filter(Boolean))
		.filter((forms) => forms.length > 0)
		.map((forms) => zipf(forms.map((form) => form.replaceAll('_', ' '))));
	return { focus: zipf(groups, 1.5), passing: zipf(groups, 2.2) };
}

/** Share of topic words a text draws from its focus words. */
const FOCUS_SHARE = 0.7;
/** How many words of each of its topics a text is about. */
const FOCUS_WORDS = 3;

/** What fills a template's slots for one text. */
export interface Subject {
	/** Topics to draw `{t}` from, with weights. */
	topics: WeightedChoice<Topic>;
	/** Fills `{c}`. */
	country: string;
	/** Per topic, the words the text is about (see `TextWriter.focus`). */
	focus?: Partial<Record<Topic, WordForms[]>>;
}

/**
 * Writes texts in one language from its vocabulary: titles, sentences and organization names
 * with the slots filled by words drawn in Zipf-like frequencies.
 */
export class TextWriter {
	readonly language: string;
	readonly #vocabulary: Vocabulary;
	readonly #topics: Record<Topic, Lexicon>;
	readonly #general: Lexicon;
	readonly #numbers: Intl.NumberFormat;
	readonly #syllables: string[];

	constructor(language: string, vocabulary: Vocabulary) {
		this.language = language;
		this.#vocabulary = vocabulary;
		this.#topics = Object.fromEntries(
			TOPICS.map((topic) => [topic, lexicon(vocabulary.topics[topic])])
		) as Record<Topic, Lexicon>;
		this.#general = lexicon(vocabulary.general);
		this.#numbers = new Intl.NumberFormat(vocabulary.numberLocale);
		this.#syllables = vocabulary.syllables.split(/\s+/);
	}

	title(random: Random, subject: Subject): string {
		return this.#fill(random.pick(this.#vocabulary.titles), random, subject);
	}

	/** A paragraph of `count` sentences, from the results templates (with figures) or the others. */
	paragraph(random: Random, subject: Subject, count: number, results = false): string {
		const templates = results ? this.#vocabulary.results : this.#vocabulary.sentences;
		const sentences: string[] = [];
		for (let i = 0; i < count; i += 1) {
			sentences.push(this.#fill(random.pick(templates), random, subject));
		}
		return sentences.join(this.#vocabulary.separator);
	}

	/** An organization's name for one of `ORGANIZATION_KINDS` (by its position). */
	organizationName(random: Random, kindIndex: number, subject: Subject): string {
		const template = this.#vocabulary.organizations[kindIndex] ?? '{w} {t}';
		return this.#fill(template, random, subject);
	}

	/** The words a text is about, for each of its own topics. */
	focus(random: Random, topics: Topic[]): Partial<Record<Topic, WordForms[]>> {
		return Object.fromEntries(
			topics.map((topic) => [
				topic,
				random.distinct(FOCUS_WORDS, () => this.#topics[topic].focus.draw(random))
			])
		);
	}

	#topicWord(random: Random, subject: Subject): string {
		const topic = subject.topics.draw(random);
		const focus = subject.focus?.[topic];
		const word =
			focus && focus.length > 0 && random.chance(FOCUS_SHARE)
				? random.pick(focus)
				: this.#topics[topic].passing.draw(random);
		return word.draw(random);
	}

	#fill(template: string, random: Random, subject: Subject): string {
		const text = template.replace(/\{([tgnpycw])\}/g, (_, slot: string) => {
			switch (slot) {
				case 't':
					return this.#topicWord(random, subject);
				case 'g':
					return this.#general.focus.draw(random).draw(random);
				case 'n':
					// Log-uniform from 10 to 100,000: small counts are as common as large ones.
					return this.#numbers.format(Math.round(10 ** (1 + random.next() * 4)));
				case 'p':
					return `${random.integer(3, 95)}%`;
				case 'y':
					return String(random.integer(2005, 2025));
				case 'c':
					return subject.country;
				default:
					return this.#placeName(random);
			}
		});
		return text.charAt(0).toLocaleUpperCase(this.language) + text.slice(1);
	}

	#placeName(random: Random): string {
		let name = '';
		const count = random.integer(2, 3);
		for (let i = 0; i < count; i += 1) name += random.pick(this.#syllables);
		return name.charAt(0).toLocaleUpperCase(this.language) + name.slice(1);
	}
}
