import { parseQuery } from '#lib/server/http/query.ts';
import { projectListQuerySchema } from '#lib/server/projects/projects.schema.ts';
import { listProjects } from '#lib/server/projects/projects.service.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(projectListQuerySchema, url.searchParams);
	return { query, search: url.search, ...(await listProjects(locals, query)) };
};
