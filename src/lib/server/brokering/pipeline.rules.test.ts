import { describe, expect, it } from 'vitest';
import {
	canMove,
	isRequesterMove,
	nextStages,
	PIPELINE,
	STAGES,
	type Stage
} from './pipeline.rules.ts';

describe('the brokering pipeline', () => {
	it('moves forward one stage at a time, or to closed', () => {
		for (const [index, stage] of PIPELINE.entries()) {
			const next = PIPELINE[index + 1];
			if (next) expect(canMove(stage, next)).toBe(true);
			if (stage !== 'pilot-launched') expect(canMove(stage, 'closed')).toBe(true);
			for (const earlier of PIPELINE.slice(0, index + 1))
				expect(canMove(stage, earlier)).toBe(false);
		}
	});

	it('lets a broker introduce a suggested match directly, and skips nothing else', () => {
		expect(canMove('suggested', 'introduced')).toBe(true);
		expect(canMove('introduction-requested', 'in-dialogue')).toBe(false);
		expect(canMove('introduced', 'agreement')).toBe(false);
		expect(canMove('in-dialogue', 'pilot-launched')).toBe(false);
	});

	it('ends at pilot launched and at closed', () => {
		expect(nextStages('pilot-launched')).toEqual([]);
		expect(nextStages('closed')).toEqual([]);
		for (const stage of STAGES) {
			expect(canMove('closed', stage)).toBe(false);
			expect(canMove('pilot-launched', stage)).toBe(false);
		}
	});

	it('gives the requester only the request and closing', () => {
		const requesterMoves = STAGES.flatMap((from) =>
			STAGES.filter((to) => isRequesterMove(from, to)).map((to) => `${from}→${to}`)
		);
		const expected: `${Stage}→${Stage}`[] = [
			'suggested→introduction-requested',
			'suggested→closed',
			'introduction-requested→closed',
			'introduced→closed',
			'in-dialogue→closed',
			'agreement→closed'
		];
		expect(requesterMoves.sort()).toEqual(expected.sort());
	});
});
