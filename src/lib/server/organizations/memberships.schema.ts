import { z } from 'zod';

export const memberDecisionSchema = z.object({
	userId: z.coerce.number({ error: 'is not a member' }).int().positive('is not a member'),
	decision: z.enum(['approve', 'decline', 'make-editor', 'remove'], {
		error: 'must be approve, decline, make-editor or remove'
	})
});

export type MemberDecision = z.output<typeof memberDecisionSchema>['decision'];
