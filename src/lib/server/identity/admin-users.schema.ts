import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';
import { PLATFORM_ROLES } from './identity.schema.ts';

const roleSchema = z.enum(PLATFORM_ROLES, { error: 'must be member, curator or admin' });

/** `/admin/users?q=koidu&role=curator&page=2` */
export const userListQuerySchema = z.object({
	q: z.string().trim().max(200, 'is too long').optional(),
	role: roleSchema.optional(),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type UserListQuery = z.input<typeof userListQuerySchema>;

export const roleChangeInputSchema = z.object({
	userId: z.coerce
		.number({ error: 'must be a whole number' })
		.int('must be a whole number')
		.positive('must be 1 or more'),
	role: roleSchema
});

/** As it arrives from a form (strings) or from code (a number); parsed by the service. */
export interface RoleChangeInput {
	userId: number | string;
	role: string;
}
