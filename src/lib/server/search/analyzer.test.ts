import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
	analyze,
	analyzeExact,
	analyzeQuery,
	MAX_ANALYZED_LENGTH,
	MAX_TOKEN_LENGTH,
	normalize,
	segmentWords,
	tokenize
} from './analyzer.ts';
import { prepareForStemming } from './normalize.ts';
import { ANALYZED_LANGUAGES } from './language.ts';
import { CONTENT_WORDS, isStopWord } from './stop-words.ts';

/** The matching rule the indexes follow: each query word's stem or exact form is in the record. */
function finds(record: string, recordLanguage: string, query: string, readerLanguage: string) {
	const indexed = new Set([
		...analyze(record, recordLanguage),
		...analyzeExact(record, recordLanguage)
	]);
	const { stemmed, exact } = analyzeQuery(query, readerLanguage);
	return (
		exact.length > 0 &&
		exact.every((word, i) => indexed.has(word) || indexed.has(stemmed[i] ?? word))
	);
}

/** The tokens indexing and a query in the same language share. */
function shared(record: string, query: string, language: string): string[] {
	const stems = new Set(analyze(record, language));
	return analyzeQuery(query, language).stemmed.filter((stem) => stems.has(stem));
}

describe('normalize', () => {
	it('folds accents and case', () => {
		expect(normalize('São Paulo')).toBe('sao paulo');
		expect(normalize('Ñandú')).toBe('nandu');
		expect(normalize('ÉCOLE Élève ÇA')).toBe('ecole eleve ca');
		expect(normalize('Straße')).toBe('strasse');
		expect(normalize('Œuvre')).toBe('oeuvre');
		expect(normalize('ἈΘῆΝΑΙ Αθήνα')).toBe('αθηναι αθηνα');
	});

	it('applies NFKC and drops invisible characters', () => {
		expect(normalize('ＡＢＣ ﬁn H₂O')).toBe('abc fin h2o');
		expect(normalize('re\u00ADcy\u200Bcling')).toBe('recycling');
	});

	it('keeps й and folds ё in Cyrillic', () => {
		expect(normalize('Район Ёлка')).toBe('район елка');
	});

	it('removes Arabic tashkeel and tatweel and unifies letter variants, keeping the letters', () => {
		expect(normalize('الْمَدِينَة')).toBe('المدينه');
		expect(normalize('مـديـنـة')).toBe('مدينه');
		expect(normalize('أمطار إدارة آبار مستشفى')).toBe('امطار اداره ابار مستشفي');
		expect(normalize('مسؤول بيئة')).toBe('مسؤول بيئه');
	});

	it('turns Arabic-Indic digits into ASCII digits', () => {
		expect(normalize('٢٠٣٠ ۱۲')).toBe('2030 12');
	});

	it('is idempotent', () => {
		const text = 'São Paulo ÉCOLE Straße الْمَدِينَة Ёлка ＡＢＣ ٢٠٣٠ 垃圾';
		expect(normalize(normalize(text))).toBe(normalize(text));
	});
});

describe('tokenize', () => {
	it('reads spaced scripts by pieces exactly as the segmenter would', () => {
		const file = new URL('../../../../data/demo/solutions.jsonl', import.meta.url);
		const samples = [
			"l'eau potable, 12.5 km², 1,000 ménages; e.g. 3rd-party e-mail a,1 1,a a.b _x_ ‘quoted’",
			'المياه، الصرف الصحي ١٢٣ — «نقاط»',
			'Вода и ёлка: 3,14 км/ч.',
			'İstanbul ǅ ﬁnance ß'
		];
		for (const line of readFileSync(file, 'utf8').trim().split('\n')) {
			const record = JSON.parse(line) as Record<string, string>;
			if (record.language === 'zh') continue;
			samples.push(
				record.title!,
				record.summary!,
				record.challenge!,
				record.solution!,
				record.results!
			);
		}
		for (const text of samples) {
			const prepared = prepareForStemming(text);
			expect(tokenize(prepared, 'en'), text).toEqual(segmentWords(prepared, 'en'));
		}
	});

	it('finds Chinese words and adds their characters', () => {
		const tokens = tokenize('垃圾分类回收', 'zh');
		expect(tokens).toEqual(['垃圾', '垃', '圾', '分类', '分', '类', '回收', '回', '收']);
	});

	it('segments scripts without spaces whatever the stated language', () => {
		expect(tokenize('ภาษาไทยง่าย', 'en')).toEqual(['ภาษา', 'ไทย', 'ง่าย']);
		expect(tokenize('東京都の水道', 'und')).toContain('水道');
	});

	it('keeps a decimal or grouped number as one token and splits on other punctuation', () => {
		expect(tokenize('12.5% in 2030, 1,000 or 3,14 v2.0 COVID-19 e-mail U.N.', 'en')).toEqual([
			'12.5',
			'in',
			'2030',
			'1,000',
			'or',
			'3,14',
			'v2.0',
			'COVID',
			'19',
			'e',
			'mail',
			'U',
			'N'
		]);
	});

	it('splits on apostrophes', () => {
		expect(tokenize("l'eau d’irrigation don't", 'fr')).toEqual([
			'l',
			'eau',
			'd',
			'irrigation',
			'don',
			't'
		]);
	});

	it('drops tokens longer than the limit', () => {
		const long = 'a'.repeat(MAX_TOKEN_LENGTH + 1);
		expect(tokenize(`water ${long} ${'b'.repeat(MAX_TOKEN_LENGTH)}`, 'en')).toEqual([
			'water',
			'b'.repeat(MAX_TOKEN_LENGTH)
		]);
	});

	it('falls back to the root locale for a missing or malformed language', () => {
		expect(tokenize('water 垃圾', null)).toEqual(['water', '垃圾', '垃', '圾']);
		expect(tokenize('water', 'not a tag!')).toEqual(['water']);
	});
});

describe('analyze: stemming', () => {
	it.each([
		['en', 'composting', 'compost', 'compost'],
		['en', 'cities', 'city', 'citi'],
		['es', 'residuos', 'residuo', 'residu'],
		['es', 'informaciones', 'información', 'inform'],
		['fr', 'déchets', 'déchet', 'dechet'],
		['fr', 'réseaux', 'reseau', 'reseau'],
		['pt', 'resíduos', 'resíduo', 'residu'],
		['pt', 'informações', 'informação', 'inform'],
		['ru', 'отходов', 'отходы', 'отход'],
		['ru', 'районов', 'район', 'район'],
		['ar', 'بالمياه', 'المياه', 'مياه'],
		['ar', 'مدينة', 'المدينة', 'مدين']
	])('%s: indexing "%s" and querying "%s" share "%s"', (language, indexed, query, stem) => {
		expect(shared(indexed, query, language)).toEqual([stem]);
	});

	it('stems before folding, so accents on suffixes count, and the exact form folds them', () => {
		expect(analyze('información', 'es')).toEqual(['inform']);
		expect(analyzeExact('información', 'es')).toEqual(['informacion']);
	});

	it('finds an Arabic word with the article from the bare word through its exact form', () => {
		// The Snowball Arabic stemmer strips the article but over-stems the bare word.
		expect(analyze('المياه', 'ar')).toEqual(['مياه']);
		expect(analyzeQuery('مياه', 'ar')).toEqual({ stemmed: ['ميا'], exact: ['مياه'] });
		expect(finds('المياه', 'ar', 'مياه', 'ar')).toBe(true);
	});

	it('finds a record written with accents from a query typed without them', () => {
		expect(finds('Gestión de la información', 'es', 'informacion', 'es')).toBe(true);
		expect(finds('Gestão de resíduos', 'pt', 'residuos', 'pt')).toBe(true);
	});

	it("finds a record in another language by the words' exact forms", () => {
		expect(finds('Reciclaje en las ciudades', 'es', 'ciudades', 'en')).toBe(true);
		expect(finds('Reciclaje en las ciudades', 'es', 'cities', 'en')).toBe(false);
	});

	it('only stems words in the stemmer’s script', () => {
		expect(analyze('Nairobi مياه', 'ar')).toEqual(['nairobi', 'ميا']);
		expect(analyze('cities город', 'ru')).toEqual(['cities', 'город']);
	});

	it('neither stems nor drops stop words for other or unknown languages', () => {
		expect(analyze('The cities of the world', 'de')).toEqual([
			'the',
			'cities',
			'of',
			'the',
			'world'
		]);
		expect(analyze('The cities', undefined)).toEqual(['the', 'cities']);
	});

	it('reads regional language tags by their primary language', () => {
		expect(analyze('resíduos', 'pt-BR')).toEqual(['residu']);
		expect(analyze('residuos', 'es-419')).toEqual(['residu']);
	});
});

describe('analyze: stop words and numbers', () => {
	it.each([
		['en', 'the water of the city', ['water', 'citi']],
		['es', 'gestión de la basura', ['gestion', 'basur']],
		['fr', "la qualité de l'eau", ['qualit', 'eau']],
		['pt', 'a água da cidade', ['agu', 'cidad']],
		['ru', 'вода и город', ['вод', 'город']],
		['ar', 'المياه في المدينة', ['مياه', 'مدين']]
	])('%s drops stop words: "%s"', (language, text, tokens) => {
		expect(analyze(text, language)).toEqual(tokens);
	});

	it('drops stop words from both readings of a query', () => {
		expect(analyzeQuery('the composting', 'en')).toEqual({
			stemmed: ['compost'],
			exact: ['composting']
		});
		expect(analyzeQuery('the of and', 'en')).toEqual({ stemmed: [], exact: [] });
	});

	it('keeps words our users search for that the stop word lists hold', () => {
		expect(analyze('needs research system work', 'en')).toEqual([
			'need',
			'research',
			'system',
			'work'
		]);
		expect(analyze('вода город', 'ru')).toEqual(['вод', 'город']);
		expect(analyzeExact('إعادة التدوير للأمم', 'ar')).toEqual(['اعاده', 'التدوير', 'للامم']);
	});

	it('keeps content words that are in stopwords-iso (none of the exceptions is dead)', () => {
		const lists = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
		for (const language of ANALYZED_LANGUAGES) {
			const listed = new Set((lists[language] ?? []).map(normalize));
			for (const word of CONTENT_WORDS[language]) {
				expect(listed.has(normalize(word)), `${language}: ${word}`).toBe(true);
				expect(isStopWord(normalize(word), language)).toBe(false);
			}
		}
	});

	it('keeps numbers as written, even those in the stop word lists', () => {
		expect(analyze('In 2030, 12.5% of 1,000 cities; 10 of 39', 'en')).toEqual([
			'2030',
			'12.5',
			'1,000',
			'citi',
			'10',
			'39'
		]);
		expect(analyze('0 1 2 ٢٠٣٠', 'es')).toEqual(['0', '1', '2', '2030']);
	});
});

describe('analyze: any script', () => {
	it('makes several tokens of Chinese and a query for one word matches one of them', () => {
		const tokens = analyze('垃圾分类回收', 'zh');
		expect(tokens.length).toBeGreaterThan(3);
		const query = analyzeQuery('垃圾', 'en');
		expect(query.exact).toContain('垃圾');
		expect(tokens).toContain('垃圾');
		expect(finds('垃圾分类回收', 'zh', '垃圾', 'zh')).toBe(true);
		expect(finds('垃圾分类回收', 'zh', '回', 'zh')).toBe(true);
	});

	it('handles mixed scripts in one text', () => {
		expect(analyze('Recycling in São Paulo, 垃圾 and المياه — отходы 2030', 'en')).toEqual([
			'recycl',
			'sao',
			'paulo',
			'垃圾',
			'垃',
			'圾',
			'المياه',
			'отходы',
			'2030'
		]);
	});
});

describe('analyze: edges', () => {
	it.each(['', '   ', '\n\t ', '— ... !!!', '🌍♻️'])('gives no tokens for %j', (text) => {
		expect(analyze(text, 'en')).toEqual([]);
		expect(analyzeQuery(text, 'en')).toEqual({ stemmed: [], exact: [] });
	});

	it('drops very long tokens', () => {
		const hash = 'f'.repeat(MAX_TOKEN_LENGTH + 1);
		expect(analyze(`water ${hash} waste`, 'en')).toEqual(['water', 'wast']);
	});

	it('keeps document order and repeats for term frequency, deterministically', () => {
		const text = 'Water, waste and water: waste water.';
		expect(analyze(text, 'en')).toEqual(['water', 'wast', 'water', 'wast', 'water']);
		expect(analyze(text, 'en')).toEqual(analyze(text, 'en'));
	});

	it('gives aligned query readings', () => {
		const { stemmed, exact } = analyzeQuery('Composting cities in 2030', 'en');
		expect(stemmed).toEqual(['compost', 'citi', '2030']);
		expect(exact).toEqual(['composting', 'cities', '2030']);
	});

	it(`ignores text beyond ${MAX_ANALYZED_LENGTH} characters`, () => {
		const filler = 'pump '.repeat(MAX_ANALYZED_LENGTH / 5);
		expect(filler.length).toBe(MAX_ANALYZED_LENGTH);
		expect(analyze(`${filler}compost`, 'en').at(-1)).toBe('pump');
		expect(analyze(`${filler.slice(0, -10)}compost`, 'en').at(-1)).toBe('compost');
	});

	it('never keeps half of a surrogate pair when truncating', () => {
		const text = `${'a '.repeat((MAX_ANALYZED_LENGTH - 2) / 2)}x𠀀𠀀`;
		expect(analyze(text, 'zh').at(-1)).toBe('x');
	});
});
