import { z } from 'zod';

export const API_TOKEN_SCOPES = ['read', 'read-write'] as const;

export const createApiTokenSchema = z.object({
	name: z
		.string({ error: 'is required' })
		.trim()
		.min(1, 'is required')
		.max(80, 'must be 80 characters or fewer'),
	scope: z.enum(API_TOKEN_SCOPES, { error: 'must be read or read-write' })
});

export const revokeApiTokenSchema = z.object({
	tokenId: z.coerce.number({ error: 'is not one of your tokens' }).int().positive()
});
