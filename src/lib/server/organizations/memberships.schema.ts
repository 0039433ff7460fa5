import { z } from 'zod';

export const memberDecisionSchema = z.object({
	userId: z.coerce.number({ error: 'is not a member' }).int().positive('is not a member'),
	decision: z.enum(['approve', 'decline', 'make-editor', 'remove'], {
		error: 'must be approve, decline, make-editor or remove'
	})
});

export type MemberDecision = z.output<typeof memberDecisionSchema>['decision'];

export const invitationSchema = z.object({
	email: z
		.string({ error: 'is required' })
		.trim()
		.toLowerCase()
		.pipe(z.email('must be an email address such as name@city.gov'))
});
