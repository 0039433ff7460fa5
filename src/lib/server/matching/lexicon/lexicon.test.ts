import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeRecord, tokenize } from '../../search/analyzer.ts';
import { LEXICON_LANGUAGES, SECTOR_SLUGS } from './concept.ts';
import { CONCEPTS } from './lexicon.ts';

describe('the lexicon data', () => {
	it('knows exactly the 22 sector themes of the reference data', () => {
		const file = resolve(import.meta.dirname, '../../../../../data/reference/sectors.json');
		const reference = (JSON.parse(readFileSync(file, 'utf8')) as { slug: string }[]).map(
			(sector) => sector.slug
		);
		expect([...SECTOR_SLUGS].sort()).toEqual(reference.sort());
	});

	it('covers every sector broadly: at least 8 concepts led by each', () => {
		for (const sector of SECTOR_SLUGS) {
			const led = CONCEPTS.filter((spec) => spec.sectors[0] === sector);
			expect(led.length, sector).toBeGreaterThanOrEqual(8);
		}
	});

	it('has unique ids and goals between 1 and 17', () => {
		expect(new Set(CONCEPTS.map((spec) => spec.id)).size).toBe(CONCEPTS.length);
		for (const spec of CONCEPTS) {
			for (const goal of spec.sdgs ?? []) expect(goal).toBeGreaterThanOrEqual(1);
			for (const goal of spec.sdgs ?? []) expect(goal).toBeLessThanOrEqual(17);
		}
	});

	it('gives every concept forms in all six languages, none of them lost to stop words', () => {
		const lost: string[] = [];
		for (const spec of CONCEPTS) {
			for (const language of LEXICON_LANGUAGES) {
				const forms = spec.terms[language];
				expect(forms.length, `${spec.id} ${language}`).toBeGreaterThan(0);
				if (language === 'zh') continue;
				for (const form of forms) {
					const text = form.replace(/^=/, '');
					const analyzed = analyzeRecord(text, language).stemmed;
					if (
						analyzed.length === 0 ||
						(analyzed.length === 1 && tokenize(text, language).length > 1)
					) {
						lost.push(`${spec.id} ${language} "${form}"`);
					}
				}
			}
		}
		expect(lost).toEqual([]);
	});
});
