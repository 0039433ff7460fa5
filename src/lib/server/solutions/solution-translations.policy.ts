import { isStaff, type Actor } from '../identity/actor.ts';
import { editLevel } from './solution-workflow.rules.ts';
import { canEditSolution, type SolutionAccess } from './solutions.policy.ts';
import type { SolutionRow } from './solutions.repository.ts';

/**
 * Who may change a solution's translations and attachments: whoever may edit the solution (its
 * creator, the active members and editors of the organization that submitted it, curators and
 * admins), while its status lets them edit (owners wait while a curator reviews; nobody changes a
 * rejected solution). The same rule as the authoring workflow's.
 */
export function canChangeSolutionContent(
	actor: Actor,
	solution: Pick<SolutionRow, 'status'>,
	access: SolutionAccess | undefined
): boolean {
	return canEditSolution(actor, access) && editLevel(solution.status, isStaff(actor)) !== null;
}

/** Translators: whoever may change the solution's content (curators and admins among them). */
export function canTranslateSolution(
	actor: Actor,
	solution: Pick<SolutionRow, 'status'>,
	access: SolutionAccess | undefined
): boolean {
	return canChangeSolutionContent(actor, solution, access);
}
