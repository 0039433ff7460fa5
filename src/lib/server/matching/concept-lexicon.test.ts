import { describe, expect, it } from 'vitest';
import { compileLexicon, conceptLexicon, conceptsOf } from './concept-lexicon.ts';
import { concept } from './lexicon/concept.ts';

describe('the concept lexicon', () => {
	const lexicon = conceptLexicon();
	const concepts = (text: string, language: string) => [
		...conceptsOf(lexicon, text, language).keys()
	];

	it('maps "waste" in six languages to one concept', () => {
		for (const [text, language] of [
			['Les déchets du marché', 'fr'],
			['Los residuos del mercado', 'es'],
			['Market waste', 'en'],
			['O lixo da feira', 'pt'],
			['النفايات في السوق', 'ar'],
			['市场垃圾', 'zh']
		] as const) {
			expect(concepts(text, language), `${language}: ${text}`).toContain('solid-waste');
		}
	});

	it('maps flooding, dengue and composting across languages', () => {
		expect(concepts('inondations', 'fr')).toContain('flood');
		expect(concepts('inundaciones', 'es')).toContain('flood');
		expect(concepts('enchentes', 'pt')).toContain('flood');
		expect(concepts('الفيضانات', 'ar')).toContain('flood');
		expect(concepts('Dengue cases', 'en')).toContain('mosquito-borne-disease');
		expect(concepts('criaderos del zancudo', 'es')).toContain('mosquito-borne-disease');
		expect(concepts('compostagem', 'pt')).toContain('composting');
		expect(concepts('compostaje', 'es')).toContain('composting');
	});

	it('finds inflected forms through the analyzer and Arabic with or without its article', () => {
		expect(concepts('recycled plastics', 'en')).toEqual(
			expect.arrayContaining(['recycling', 'plastic-waste'])
		);
		expect(concepts('نفايات', 'ar')).toContain('solid-waste');
		expect(concepts('والنفايات', 'ar')).toContain('solid-waste');
	});

	it('matches a phrase across stop words, and not its words apart', () => {
		expect(concepts('la collecte des déchets', 'fr')).toContain('waste-collection');
		expect(concepts('collecte de données sur les déchets', 'fr')).not.toContain('waste-collection');
	});

	it('counts a concept once where several of its forms overlap', () => {
		const bag = conceptsOf(lexicon, 'waste pickers', 'en');
		expect(bag.get('waste-pickers')).toBe(1);
		expect(conceptsOf(lexicon, '回收利用', 'zh').get('recycling')).toBe(1);
	});

	it('weights counts, e.g. title words twice', () => {
		expect(conceptsOf(lexicon, 'composting', 'en', new Map(), 2).get('composting')).toBe(2);
	});

	it('does not match a form marked exact-only on its stem', () => {
		expect(concepts('milho e feijão', 'pt')).toContain('staple-crops');
		expect(concepts('milhares de famílias', 'pt')).not.toContain('staple-crops');
	});

	it('has no forms for languages it does not know', () => {
		expect(concepts('отходы', 'ru')).toEqual([]);
	});
});

describe('compileLexicon', () => {
	const terms = { en: 'a', fr: 'a', es: 'a', pt: 'a', ar: 'a', zh: 'a' };

	it('refuses duplicate ids, unknown sectors and missing languages', () => {
		expect(() => compileLexicon([concept('x', [], terms), concept('x', [], terms)])).toThrow(
			/duplicate/
		);
		expect(() => compileLexicon([concept('x', ['nowhere' as never], terms)])).toThrow(
			/unknown sector/
		);
		expect(() => compileLexicon([concept('x', [], { ...terms, ar: '' })])).toThrow(
			/no terms in ar/
		);
	});

	it('leaves out a form that stop words cut down to a single other word', () => {
		const lexicon = compileLexicon([
			concept('zero-waste', [], { ...terms, en: 'zero waste; zero-waste city' })
		]);
		expect([...conceptsOf(lexicon, 'waste', 'en').keys()]).toEqual([]);
		expect([...conceptsOf(lexicon, 'a zero-waste city', 'en').keys()]).toEqual(['zero-waste']);
	});
});
