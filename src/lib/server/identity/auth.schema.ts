import { z } from 'zod';
import { passwordProblem } from './password-rules.ts';

const email = z
	.string({ error: 'is required' })
	.trim()
	.toLowerCase()
	.max(254, 'is too long')
	.pipe(z.email('must be an email address such as name@city.gov'));

export const signInInputSchema = z.object({
	email,
	password: z.string({ error: 'is required' }).min(1, 'is required').max(256, 'is too long')
});

/** Bots fill every field and submit at once; people leave `website` empty and take a few seconds. */
const humanCheck = {
	// Any value is accepted: a bot that filled the trap is answered as if all went well.
	website: z.string().max(2000).optional(),
	startedAt: z.coerce.number().int().optional()
};

export const registerInputSchema = z
	.object({
		email,
		displayName: z
			.string({ error: 'is required' })
			.trim()
			.min(1, 'is required')
			.max(120, 'is too long'),
		password: z.string({ error: 'is required' }),
		...humanCheck
	})
	.superRefine((input, context) => {
		const problem = passwordProblem(input.password, input.email);
		if (problem) context.addIssue({ code: 'custom', path: ['password'], message: problem });
	});

export const passwordResetRequestSchema = z.object({ email, ...humanCheck });

export const newPasswordSchema = z.object({
	token: z.string().min(20).max(200),
	password: z.string({ error: 'is required' })
});

export const changePasswordSchema = z.object({
	currentPassword: z.string({ error: 'is required' }).min(1, 'is required').max(256),
	newPassword: z.string({ error: 'is required' })
});

export type SignInInput = z.input<typeof signInInputSchema>;
export type RegisterInput = z.input<typeof registerInputSchema>;

export const emailChangeSchema = z.object({
	newEmail: email,
	currentPassword: z.string({ error: 'is required' }).min(1, 'is required').max(256)
});
