import { describe, expect, it } from 'vitest';
import { translatorFor } from '../solutions/solution-messages.ts';
import { describeReasons, type ReasonNames } from './match-reasons.presenter.ts';

const names = (locale: string): ReasonNames => ({
	locale,
	sectors: new Map([['waste-management', { name: 'Waste management' }]]),
	countries: new Map([['SN', locale === 'fr' ? 'Sénégal' : 'Senegal']]),
	regions: new Map([
		[
			'SN',
			{
				region_name: 'Africa',
				sub_region_name: 'Sub-Saharan Africa',
				intermediate_region_name: 'Western Africa'
			}
		]
	])
});

describe('describeReasons', () => {
	it('words each reason in the reader’s language, in the order given', () => {
		const reasons = describeReasons(
			translatorFor('en'),
			[
				{ kind: 'problem', concepts: ['composting', 'solid-waste'] },
				{ kind: 'sectors', sectors: ['waste-management'] },
				{ kind: 'sdgs', goals: [11, 12] },
				{ kind: 'place', level: 'intermediate-region', country: 'SN' },
				{ kind: 'place', level: 'country', country: 'SN' },
				{ kind: 'development-group', groups: ['ldc'] },
				{ kind: 'city-size', population: 140_000 },
				{ kind: 'language', languages: ['fr'] }
			],
			names('en')
		);
		expect(reasons).toEqual([
			expect.stringMatching(/^same problem: compost\w*, .*waste/),
			'theme: Waste management',
			'SDGs 11, 12',
			'same region: Western Africa',
			'same country: Senegal',
			'also a least developed country',
			'a city of similar size (140,000 people)',
			'works in French'
		]);
		const french = describeReasons(
			translatorFor('fr'),
			[{ kind: 'language', languages: ['en', 'pt'] }],
			names('fr')
		);
		expect(french).toEqual(['travaille en anglais, portugais']);
	});

	it('says only what the evidence is: figures, places, or both', () => {
		const evidence = (figures: number, places: number) =>
			describeReasons(translatorFor('en'), [{ kind: 'evidence', figures, places }], names('en'))[0];
		expect(evidence(3, 2)).toBe('documented results (3 figures, 2 places)');
		expect(evidence(0, 2)).toBe('implemented in 2 places');
		expect(evidence(1, 1)).toBe('documented results (1 figure)');
		expect(evidence(0, 1)).toBe('documented results (described)');
	});
});
