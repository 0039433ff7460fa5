import type { TargetKind } from '../brokering/need-ranking.ts';
import type { CloseReason, Stage } from '../brokering/pipeline.rules.ts';

/**
 * Connections on the demo needs (needs.data.ts), so the brokering board has something at every
 * stage: one pilot launched without its project yet (connection 1, which the authorization matrix
 * opens), one closed with a reason, one waiting long enough to be stale. What each connects to is
 * not written here but taken from the need's own ranked matches when the demo is seeded (the
 * best solution, provider or peer city), with the score and explanation the ranker gave, the
 * way a curator's suggestion keeps them.
 *
 * Each path lists the stages the connection went through, oldest first, in days before the demo
 * was seeded; the first is where it entered the pipeline, and every step must be a move the
 * pipeline allows. No demo account exists, so no one is named as having made the moves.
 */
export interface DemoConnection {
	/** The title of a demo need. */
	need: string;
	/** Which of the need's matches: its kind and its place in that list (0 is the best). */
	match: { kind: TargetKind; rank: number };
	path: { stage: Stage; daysAgo: number; note?: string }[];
	closedReason?: CloseReason;
}

const CAMPECHE = 'Reducir las pérdidas de agua potable en la red de distribución';
const KOIDU = 'Market waste and solid waste collection in Koidu';
const RECIFE = 'Energia solar nas escolas e postos de saúde municipais';
const SO_AVA = 'Financer l’assainissement d’une commune lacustre';
const OUAGADOUGOU = 'Inondations des quartiers périphériques et drainage des eaux pluviales';

export const demoConnections: DemoConnection[] = [
	{
		need: CAMPECHE,
		match: { kind: 'solution', rank: 0 },
		path: [
			{
				stage: 'suggested',
				daysAgo: 19,
				note: 'A close match on water lost in the network: worth an introduction.'
			},
			{
				stage: 'introduced',
				daysAgo: 17,
				note: 'Introduced the municipal water operator of Campeche to the team behind the solution; both can work in Spanish.'
			},
			{
				stage: 'in-dialogue',
				daysAgo: 13,
				note: 'First call held: Campeche shared its network map, the provider its plan for dividing a network into metered districts.'
			},
			{
				stage: 'agreement',
				daysAgo: 8,
				note: 'Agreed on a six-month pilot in two districts of the city.'
			},
			{
				stage: 'pilot-launched',
				daysAgo: 2,
				note: 'Pilot launched in two districts. The project record is still to be created.'
			}
		]
	},
	{
		need: KOIDU,
		match: { kind: 'solution', rank: 0 },
		path: [{ stage: 'introduction-requested', daysAgo: 2 }]
	},
	{
		need: RECIFE,
		match: { kind: 'provider', rank: 0 },
		path: [
			{ stage: 'suggested', daysAgo: 12 },
			{
				stage: 'introduced',
				daysAgo: 11,
				note: 'Introduced: this provider has helped cities buy and maintain solar systems for public buildings.'
			}
		]
	},
	{
		need: SO_AVA,
		match: { kind: 'provider', rank: 0 },
		path: [
			{ stage: 'suggested', daysAgo: 25 },
			{ stage: 'introduction-requested', daysAgo: 24 },
			{ stage: 'introduced', daysAgo: 22 },
			{
				stage: 'in-dialogue',
				daysAgo: 18,
				note: 'The provider is reviewing the financing plan and waits for the commune’s cost figures.'
			}
		]
	},
	{
		need: RECIFE,
		match: { kind: 'solution', rank: 0 },
		path: [
			{ stage: 'suggested', daysAgo: 13 },
			{ stage: 'introduced', daysAgo: 11 },
			{
				stage: 'closed',
				daysAgo: 4,
				note: 'The team behind the solution cannot take on another city before next year.'
			}
		],
		closedReason: 'no-capacity'
	},
	{
		need: OUAGADOUGOU,
		match: { kind: 'peer-city', rank: 0 },
		path: [
			{
				stage: 'suggested',
				daysAgo: 8,
				note: 'A city that has faced the same floods: a peer exchange could help prepare the drainage plan.'
			}
		]
	},
	{
		need: CAMPECHE,
		match: { kind: 'peer-city', rank: 0 },
		path: [
			{ stage: 'suggested', daysAgo: 18 },
			{ stage: 'introduced', daysAgo: 15 },
			{ stage: 'in-dialogue', daysAgo: 12 },
			{
				stage: 'agreement',
				daysAgo: 6,
				note: 'Both cities agreed to exchange their water operators’ staff for a week.'
			}
		]
	}
];
