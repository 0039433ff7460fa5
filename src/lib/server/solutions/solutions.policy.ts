import { isStaff, type Actor } from '../identity/actor.ts';
import type { SolutionRow } from './solutions.repository.ts';

/** Only published solutions are public; curators and admins also see the moderation states. */
export function visibleSolutionStatuses(actor: Actor): SolutionRow['status'][] {
	return isStaff(actor)
		? ['published', 'submitted', 'changes-requested', 'archived', 'draft']
		: ['published'];
}

export function canReadSolution(actor: Actor, solution: Pick<SolutionRow, 'status'>): boolean {
	return visibleSolutionStatuses(actor).includes(solution.status);
}
