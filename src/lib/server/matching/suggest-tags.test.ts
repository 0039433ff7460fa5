import { describe, expect, it } from 'vitest';
import { suggestTags } from './suggest-tags.ts';

describe('suggestTags', () => {
	it('suggests the theme of a text in any of the languages', () => {
		const cases = [
			['Tri des déchets et compostage au marché central', 'fr', 'waste-management'],
			[
				'Alerta temprana de inundaciones para los barrios junto al río',
				'es',
				'disaster-risk-reduction'
			],
			['Fossas sépticas cheias e esvaziamento de latrinas', 'pt', 'water-sanitation'],
			['الحافلات ومواقف الانتظار والنقل العام', 'ar', 'urban-transport'],
			['Children in primary school who cannot read after four years', 'en', 'education-skills']
		] as const;
		for (const [text, language, sector] of cases) {
			expect(suggestTags(text, language).sectors[0]?.sector, text).toBe(sector);
		}
	});

	it('suggests goals through the sectors, best first, scores in (0, 1]', () => {
		const { sectors, sdgs } = suggestTags('Pit latrines and faecal sludge emptying', 'en');
		expect(sectors[0]).toEqual({ sector: 'water-sanitation', score: 1 });
		expect(sdgs[0]?.goal).toBe(6);
		for (const { score } of [...sectors, ...sdgs]) {
			expect(score).toBeGreaterThan(0);
			expect(score).toBeLessThanOrEqual(1);
		}
	});

	it('suggests nothing when the text names no known concept', () => {
		expect(suggestTags('Lorem ipsum dolor sit amet', 'en')).toEqual({ sectors: [], sdgs: [] });
	});

	it('respects the limits', () => {
		const text = 'Solar mini-grids for clinics, schools, markets, water pumps and street lighting';
		const { sectors, sdgs } = suggestTags(text, 'en', { maxSectors: 1, maxSdgs: 2 });
		expect(sectors).toHaveLength(1);
		expect(sdgs.length).toBeLessThanOrEqual(2);
	});
});
