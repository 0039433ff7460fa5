/**
 * Evidence: how well a solution documents that it works, independent of any need. Two signals,
 * both language-independent:
 * - documented results with figures: numbers in the results section ("cut losses from 72 % to
 *   6 %", "1,200 households"), saturating at `FIGURES_FOR_FULL_CREDIT`;
 * - replications: implemented in more than one country or city, or a text that says it was
 *   replicated, scaled up or adopted elsewhere (the `replication` concept of the lexicon).
 */

export interface EvidenceFeatures {
	/** Numbers written in the results section. */
	figures: number;
	/** Countries and cities where it was implemented. */
	places: number;
	/** Mentions of replication or scaling up (in any language, via the lexicon). */
	replicationMentions: number;
}

export const FIGURES_FOR_FULL_CREDIT = 3;
export const EVIDENCE_WEIGHTS = { figures: 0.6, replication: 0.4 };

const NUMBER = /^\d/;

/** How many of the analyzed tokens are numbers ("72", "1,200", "3.5"). */
export function countFigures(tokens: readonly string[]): number {
	return tokens.filter((token) => NUMBER.test(token)).length;
}

/** Replication signal in [0, 1]: a second place or one mention half, both or more full. */
export function replicationSignal(features: EvidenceFeatures): number {
	const extraPlaces = Math.max(0, features.places - 1);
	return Math.min(
		1,
		0.5 * Math.min(extraPlaces, 1) + 0.5 * Math.min(features.replicationMentions, 2)
	);
}

/** Evidence in [0, 1]. */
export function evidenceScore(features: EvidenceFeatures): number {
	const figures = Math.min(1, features.figures / FIGURES_FOR_FULL_CREDIT);
	return (
		EVIDENCE_WEIGHTS.figures * figures + EVIDENCE_WEIGHTS.replication * replicationSignal(features)
	);
}
