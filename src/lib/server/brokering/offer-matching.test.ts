import { describe, expect, it } from 'vitest';
import { conceptLexicon } from '../matching/concept-lexicon.ts';
import { MatchIndex } from '../matching/match-index.ts';
import { rankerSettings } from '../matching/matching.service.ts';
import { rankSolutions } from '../matching/solution-ranker.ts';
import { offerAsMatchable } from './offer-matching.ts';
import type { OfferToMatchRow } from './offers.repository.ts';

const SIERRA_LEONE = {
	code: 'SL',
	region_code: 2,
	sub_region_code: 202,
	intermediate_region_code: 11,
	ldc: 1,
	lldc: 0,
	sids: 0
};

const offer = (overrides: Partial<OfferToMatchRow> & Pick<OfferToMatchRow, 'id'>) => ({
	organizationId: 100 + overrides.id,
	title: '',
	description: '',
	language: 'en',
	sectors: [],
	languages: [],
	place: null,
	...overrides
});

const OFFERS: OfferToMatchRow[] = [
	offer({
		id: 1,
		title: 'Solar mini-grids for rural villages',
		description: 'Training engineers to plan and run solar mini-grids far from the national grid.',
		sectors: ['renewable-energy', 'energy-access']
	}),
	offer({
		id: 2,
		organizationId: 7,
		title: 'Peer exchange on market waste composting',
		description:
			'Our council sorts organic waste at the market, composts it and sells the compost to farmers.',
		sectors: ['waste-management'],
		languages: ['fr'],
		place: SIERRA_LEONE
	}),
	offer({
		id: 3,
		title: 'Gestion de l’eau potable',
		description: 'Nous aidons les villes à réduire les pertes d’eau dans les réseaux.',
		language: 'fr',
		sectors: ['water-sanitation']
	})
];

describe('offers as the matcher reads them', () => {
	it('carries the goals of their sectors, their working languages and their organization', () => {
		const matchable = offerAsMatchable(OFFERS[1]!);
		expect(matchable).toMatchObject({
			id: 2,
			language: 'en',
			texts: [
				{
					language: 'en',
					title: 'Peer exchange on market waste composting',
					body: [OFFERS[1]!.description],
					results: ''
				}
			],
			sectors: ['waste-management'],
			sdgs: [11, 12],
			placeCount: 0,
			providerIds: [7],
			cityIds: []
		});
		expect(matchable.context).toEqual({
			places: [
				{
					country: 'SL',
					region: 2,
					subRegion: 202,
					intermediateRegion: 11,
					ldc: true,
					lldc: false,
					sids: false
				}
			],
			populations: [],
			languages: ['en', 'fr']
		});
		expect(offerAsMatchable(OFFERS[0]!).sdgs.sort((a, b) => a - b)).toEqual([1, 7, 13]);
	});

	it('ranks an English composting offer first for a French need about composting', () => {
		const index = new MatchIndex(conceptLexicon());
		for (const row of OFFERS) index.upsert(offerAsMatchable(row));
		const { matches } = rankSolutions(
			index,
			{
				title: 'Compostage des déchets du marché',
				description:
					'Les déchets organiques s’accumulent au marché central. Nous voulons les trier et les composter.',
				language: 'fr',
				sectors: [],
				sdgs: [],
				context: { places: [], populations: [], languages: ['fr'] }
			},
			rankerSettings(),
			10
		);
		expect(matches[0]?.solutionId).toBe(2);
		expect(matches[0]?.concepts).toContain('composting');
		// The solar offer shares no problem with the need: far behind, if it is there at all.
		const solar = matches.find((match) => match.solutionId === 1);
		expect(solar?.score ?? 0).toBeLessThan(matches[0]!.score / 2);
	});
});
