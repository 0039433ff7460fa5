import { parseQuery } from '#lib/server/http/query.ts';
import { listAuditEvents } from '#lib/server/identity/audit.service.ts';
import { auditLogQuerySchema } from '#lib/server/identity/audit-log.schema.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(auditLogQuerySchema, url.searchParams);
	return {
		action: query.action ?? '',
		search: url.search,
		log: await listAuditEvents({ db: locals.db, actor: locals.actor }, query)
	};
};
