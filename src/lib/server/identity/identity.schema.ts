import { z } from 'zod';
import { passwordProblem } from './password-rules.ts';

export const PLATFORM_ROLES = ['member', 'curator', 'admin'] as const;

export const createUserInputSchema = z
	.object({
		email: z
			.string()
			.trim()
			.toLowerCase()
			.pipe(z.email('must be an email address such as name@city.gov')),
		displayName: z.string().trim().min(1, 'must not be empty').max(120, 'is too long'),
		role: z.enum(PLATFORM_ROLES, { error: 'must be member, curator or admin' }),
		password: z.string()
	})
	.superRefine((input, context) => {
		const problem = passwordProblem(input.password, input.email);
		if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
	});

export type CreateUserInput = z.input<typeof createUserInputSchema>;
