import { describe, expect, it } from 'vitest';
import { conceptLexicon } from './concept-lexicon.ts';
import { MatchIndex } from './match-index.ts';
import { solution } from './match-index.fixtures.ts';
import { RANKERS } from './rankers.ts';
import { COMPONENTS } from './score-combination.ts';
import { queryTerms, rankSolutions, type NeedQuery } from './solution-ranker.ts';

const senegal = {
	country: 'SN',
	region: 2,
	subRegion: 202,
	intermediateRegion: 11,
	ldc: true,
	lldc: false,
	sids: false
};

function corpus(): MatchIndex {
	const index = new MatchIndex(conceptLexicon());
	index.upsert(
		solution(
			1,
			'en',
			'Community composting of vegetable market waste',
			'Market traders separate organic waste, which a cooperative turns into compost sold to farmers.',
			{ sectors: ['waste-management'], sdgs: [11, 12] }
		)
	);
	index.upsert(
		solution(
			2,
			'en',
			'Door-to-door collection of household waste with tricycles',
			'Neighbourhood groups collect household waste and charge a monthly fee.',
			{ sectors: ['waste-management'], sdgs: [11] }
		)
	);
	index.upsert(
		solution(
			3,
			'es',
			'Alerta temprana de inundaciones con las comunidades',
			'Voluntarios miden el nivel del río y avisan a los barrios con sirenas.',
			{ sectors: ['disaster-risk-reduction'], sdgs: [11, 13] }
		)
	);
	index.upsert(
		solution(
			4,
			'fr',
			'Marché central reconstruit avec les commerçants',
			'Les commerçantes ont conçu les étals et gèrent le nouveau marché.',
			{
				sectors: ['local-economic-development'],
				sdgs: [8],
				context: { places: [senegal], populations: [], languages: ['fr'] }
			}
		)
	);
	return index;
}

const need = (overrides: Partial<NeedQuery> = {}): NeedQuery => ({
	title: 'Valoriser les déchets organiques du marché',
	description:
		'Les épluchures et les légumes pourris s’entassent autour du marché. Nous voulons en faire du compost.',
	language: 'fr',
	sectors: [],
	sdgs: [],
	context: { places: [senegal], populations: [], languages: ['fr'] },
	...overrides
});

describe('rankSolutions', () => {
	const index = corpus();
	const settings = RANKERS.hybrid!;

	it('finds an English solution for a French need through shared concepts', () => {
		const { matches, need: analysis } = rankSolutions(index, need(), settings, 10);
		expect(matches[0]!.solutionId).toBe(1);
		expect(matches[0]!.concepts).toEqual(expect.arrayContaining(['composting', 'organic-waste']));
		expect(analysis.sectors.get('waste-management')).toBeGreaterThan(0);
		// The flood warning shares only a goal the text suggests (SDG 11): last, on tags alone.
		const flood = matches.find((match) => match.solutionId === 3);
		expect(flood?.contributions.concepts ?? 0).toBe(0);
		expect(matches.at(-1)!.solutionId).toBe(3);
	});

	it('keeps every component’s contribution, adding up to the score', () => {
		const { matches } = rankSolutions(index, need(), settings, 10);
		for (const match of matches) {
			const sum = COMPONENTS.reduce((total, name) => total + match.contributions[name], 0);
			expect(sum).toBeCloseTo(match.score, 10);
			for (const name of COMPONENTS) {
				expect(match.contributions[name]).toBeGreaterThanOrEqual(0);
				expect(match.contributions[name]).toBeLessThanOrEqual(settings.weights[name] + 1e-9);
			}
		}
		expect(matches[0]!.contributions.concepts).toBe(settings.weights.concepts);
	});

	it('uses the need’s tags unless told to ignore them', () => {
		const tagged = need({
			title: 'Rivers',
			description: 'Our neighbourhoods by the river.',
			sectors: ['disaster-risk-reduction'],
			sdgs: [13]
		});
		const withTags = rankSolutions(index, tagged, settings, 10).matches;
		expect(withTags[0]!.solutionId).toBe(3);
		expect(withTags[0]!.contributions.sectors).toBeGreaterThan(0);
		const textOnly = rankSolutions(index, tagged, { ...settings, useNeedTags: false }, 10);
		expect(textOnly.need.sectors.get('disaster-risk-reduction') ?? 0).toBeLessThan(1);
	});

	it('rewards a similar context, all else equal', () => {
		const market = need({ title: 'Le marché', description: 'Les commerçants du marché.' });
		const { matches } = rankSolutions(index, market, settings, 10);
		const rebuilt = matches.find((match) => match.solutionId === 4)!;
		expect(rebuilt.contributions.context).toBeGreaterThan(0);
		expect(matches[0]!.solutionId).toBe(4);
	});

	it('returns at most `limit` matches and nothing for an unrelated need', () => {
		expect(rankSolutions(index, need(), settings, 1).matches).toHaveLength(1);
		const unrelated = need({ title: 'Zzz', description: 'Qqq xyzzy.' });
		expect(rankSolutions(index, unrelated, settings, 10).matches).toEqual([]);
	});

	it('reads title words with more weight, one term per stem', () => {
		const terms = queryTerms(
			need({ title: 'compost', description: 'Composts, composting.', language: 'en' }),
			settings
		);
		expect(terms).toHaveLength(1);
		expect(terms[0]!.keys).toEqual(expect.arrayContaining(['compost', 'composts', 'composting']));
		expect(terms[0]!.weight).toBeGreaterThan(
			queryTerms(need({ title: 'x', description: 'compost', language: 'en' }), settings).find(
				(term) => term.keys.includes('compost')
			)!.weight
		);
	});
});
