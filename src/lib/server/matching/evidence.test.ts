import { describe, expect, it } from 'vitest';
import { countFigures, evidenceScore, replicationSignal } from './evidence.ts';

describe('evidence', () => {
	it('counts numbers among the analyzed tokens', () => {
		expect(countFigures(['losses', 'fell', '72', '6', 'households', '1,200', '3.5'])).toBe(4);
		expect(countFigures(['no', 'figures'])).toBe(0);
	});

	it('credits replication from more places or from the text', () => {
		expect(replicationSignal({ figures: 0, places: 1, replicationMentions: 0 })).toBe(0);
		expect(replicationSignal({ figures: 0, places: 3, replicationMentions: 0 })).toBe(0.5);
		expect(replicationSignal({ figures: 0, places: 1, replicationMentions: 1 })).toBe(0.5);
		expect(replicationSignal({ figures: 0, places: 2, replicationMentions: 4 })).toBe(1);
	});

	it('scores documented results with figures and replications in [0, 1]', () => {
		const none = evidenceScore({ figures: 0, places: 1, replicationMentions: 0 });
		const figures = evidenceScore({ figures: 3, places: 1, replicationMentions: 0 });
		const both = evidenceScore({ figures: 10, places: 4, replicationMentions: 2 });
		expect(none).toBe(0);
		expect(figures).toBeCloseTo(0.6, 10);
		expect(both).toBe(1);
		expect(evidenceScore({ figures: 1, places: 1, replicationMentions: 0 })).toBeLessThan(figures);
	});
});
