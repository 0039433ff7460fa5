import { z } from 'zod';
import { pageSchema, parseQuery } from '#lib/server/http/query.ts';
import { listOutbox } from '#lib/server/mail/mail.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { page } = parseQuery(z.object({ page: pageSchema }), url.searchParams);
	return {
		search: url.search,
		outbox: await listOutbox({ db: locals.db, actor: locals.actor, page, pageSize: 20 })
	};
};
