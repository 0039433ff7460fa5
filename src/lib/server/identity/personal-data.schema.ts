import { z } from 'zod';

export const deleteAccountSchema = z.object({
	password: z.string({ error: 'is required' }).min(1, 'is required').max(256, 'is too long'),
	removeContributions: z.boolean().default(false)
});

export type DeleteAccountInput = z.input<typeof deleteAccountSchema>;
