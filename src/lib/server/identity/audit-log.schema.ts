import { z } from 'zod';
import { pageSchema, pageSizeSchema } from '../http/query.ts';

/** `/admin/audit?action=role-changed&page=2` */
export const auditLogQuerySchema = z.object({
	action: z
		.string()
		.trim()
		.max(60, 'is too long')
		.regex(/^[a-z][a-z0-9-]*$/, 'must be an action such as sign-in or role-changed')
		.optional(),
	page: pageSchema,
	pageSize: pageSizeSchema
});

export type AuditLogQuery = z.input<typeof auditLogQuerySchema>;
