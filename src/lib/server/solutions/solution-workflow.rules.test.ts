import { describe, expect, it } from 'vitest';
import {
	canBeSubmitted,
	editLevel,
	isModerationDecision,
	nextStatus,
	recordsVersion,
	type SolutionStatus,
	type WorkflowAction
} from './solution-workflow.rules.ts';

const STATUSES: SolutionStatus[] = [
	'draft',
	'submitted',
	'changes-requested',
	'published',
	'rejected',
	'archived'
];
const ACTIONS: WorkflowAction[] = ['submit', 'publish', 'request-changes', 'reject', 'archive'];

describe('the solution workflow', () => {
	it('allows exactly the moves of the transition table', () => {
		const allowed = STATUSES.flatMap((status) =>
			ACTIONS.flatMap((action) => {
				const to = nextStatus(status, action);
				return to ? [`${status} --${action}--> ${to}`] : [];
			})
		);
		expect(allowed).toEqual([
			'draft --submit--> submitted',
			'submitted --publish--> published',
			'submitted --request-changes--> changes-requested',
			'submitted --reject--> rejected',
			'changes-requested --submit--> submitted',
			'published --archive--> archived'
		]);
	});

	it('refuses to publish a draft or decide twice', () => {
		expect(nextStatus('draft', 'publish')).toBeNull();
		expect(nextStatus('published', 'publish')).toBeNull();
		expect(nextStatus('rejected', 'request-changes')).toBeNull();
		expect(nextStatus('published', 'submit')).toBeNull();
	});

	it('lets owners edit drafts, and keeps published solutions complete', () => {
		expect(editLevel('draft', false)).toBe('draft');
		expect(editLevel('changes-requested', false)).toBe('draft');
		expect(editLevel('submitted', false)).toBeNull();
		expect(editLevel('submitted', true)).toBe('complete');
		expect(editLevel('published', false)).toBe('complete');
		expect(editLevel('rejected', true)).toBeNull();
		expect(editLevel('archived', true)).toBeNull();
	});

	it('records versions only for published solutions, and knows what can be submitted', () => {
		expect(STATUSES.filter(recordsVersion)).toEqual(['published']);
		expect(STATUSES.filter(canBeSubmitted)).toEqual(['draft', 'changes-requested']);
	});

	it('knows the decisions', () => {
		expect(
			['publish', 'request-changes', 'reject', 'archive', 'submit', 'delete'].map(
				isModerationDecision
			)
		).toEqual([true, true, true, true, false, false]);
	});
});
