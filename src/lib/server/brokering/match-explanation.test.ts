import { describe, expect, it } from 'vitest';
import type { MatchContext, PlaceContext } from '../matching/context-similarity.ts';
import type { ComponentName } from '../matching/score-combination.ts';
import { explainMatch, type ExplanationInput } from './match-explanation.ts';

const sierraLeone: PlaceContext = {
	country: 'SL',
	region: 2,
	subRegion: 202,
	intermediateRegion: 11,
	ldc: true,
	lldc: false,
	sids: false
};
const senegal: PlaceContext = { ...sierraLeone, country: 'SN' };
const brazil: PlaceContext = {
	country: 'BR',
	region: 19,
	subRegion: 419,
	intermediateRegion: 5,
	ldc: false,
	lldc: false,
	sids: false
};

const none: Record<ComponentName, number> = {
	text: 0,
	concepts: 0,
	sectors: 0,
	sdgs: 0,
	context: 0,
	evidence: 0
};

function input(overrides: Partial<ExplanationInput>): ExplanationInput {
	const needContext: MatchContext = {
		places: [sierraLeone],
		populations: [120_000],
		languages: ['en', 'fr']
	};
	const matchContext: MatchContext = {
		places: [senegal],
		populations: [140_000],
		languages: ['fr']
	};
	return {
		contributions: none,
		concepts: [],
		needSectors: new Map([['waste-management', 1]]),
		needSdgs: new Map([
			[11, 1],
			[12, 0.6]
		]),
		matchSectors: ['waste-management', 'public-health'],
		matchSdgs: [12, 11, 3],
		needContext,
		matchContext,
		evidence: { figures: 4, places: 2, replicationMentions: 0 },
		...overrides
	};
}

describe('explainMatch', () => {
	it('gives a reason for every component that contributed, the largest first', () => {
		const { reasons, components } = explainMatch(
			input({
				contributions: {
					...none,
					sectors: 0.4,
					concepts: 0.3,
					sdgs: 0.05,
					context: 0.02,
					evidence: 0.01
				},
				concepts: ['compost', 'market-waste', 'organic-waste', 'solid-waste']
			})
		);
		expect(reasons.map((reason) => reason.kind)).toEqual([
			'sectors',
			'problem',
			'sdgs',
			'place',
			'development-group',
			'city-size',
			'language',
			'evidence'
		]);
		expect(reasons[0]).toEqual({ kind: 'sectors', sectors: ['waste-management'] });
		// At most three concepts, the most telling first, as the ranker ordered them.
		expect(reasons[1]).toEqual({
			kind: 'problem',
			concepts: ['compost', 'market-waste', 'organic-waste']
		});
		expect(reasons[2]).toEqual({ kind: 'sdgs', goals: [11, 12] });
		expect(reasons[3]).toEqual({ kind: 'place', level: 'intermediate-region', country: 'SN' });
		expect(reasons[4]).toEqual({ kind: 'development-group', groups: ['ldc'] });
		expect(reasons[5]).toEqual({ kind: 'city-size', population: 140_000 });
		expect(reasons[6]).toEqual({ kind: 'language', languages: ['fr'] });
		expect(components.map((component) => component.name).slice(0, 3)).toEqual([
			'sectors',
			'concepts',
			'sdgs'
		]);
		expect(components.reduce((sum, component) => sum + component.share, 0)).toBeCloseTo(1);
	});

	it('says nothing about a component that contributed nothing', () => {
		const { reasons } = explainMatch(
			input({ contributions: { ...none, concepts: 0.35 }, concepts: ['compost'] })
		);
		expect(reasons).toEqual([{ kind: 'problem', concepts: ['compost'] }]);
	});

	it('follows the numbers: the same match reads differently when the weights differ', () => {
		const concepts = ['compost'];
		const contextFirst = explainMatch(
			input({ contributions: { ...none, context: 0.5, concepts: 0.1 }, concepts })
		);
		expect(contextFirst.reasons[0]!.kind).toBe('place');
		const problemFirst = explainMatch(
			input({ contributions: { ...none, context: 0.01, concepts: 0.5 }, concepts })
		);
		expect(problemFirst.reasons[0]!.kind).toBe('problem');
	});

	it('falls back to shared wording when texts share words but no concept', () => {
		const { reasons } = explainMatch(input({ contributions: { ...none, text: 0.2 } }));
		expect(reasons).toEqual([{ kind: 'wording' }]);
		const withConcepts = explainMatch(
			input({ contributions: { ...none, text: 0.2, concepts: 0.3 }, concepts: ['compost'] })
		);
		expect(withConcepts.reasons).toEqual([{ kind: 'problem', concepts: ['compost'] }]);
	});

	it('names the closest level two places share, and leaves out other regions and unlike sizes', () => {
		const far = explainMatch(
			input({
				contributions: { ...none, context: 0.01 },
				matchContext: { places: [brazil], populations: [2_000_000], languages: ['pt'] }
			})
		);
		expect(far.reasons).toEqual([]);
		const sameCountry = explainMatch(
			input({
				contributions: { ...none, context: 0.03 },
				matchContext: { places: [senegal, sierraLeone], populations: [], languages: [] }
			})
		);
		expect(sameCountry.reasons[0]).toEqual({ kind: 'place', level: 'country', country: 'SL' });
	});

	it('handles a match with no score at all', () => {
		const { reasons, components } = explainMatch(input({}));
		expect(reasons).toEqual([]);
		expect(components.every((component) => component.share === 0)).toBe(true);
	});
});
