import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { projectListQuerySchema } from '#lib/server/projects/projects.schema.ts';
import { listProjects } from '#lib/server/projects/projects.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(async ({ locals, url }) => {
	const { data, page, pageSize, total } = await listProjects(
		locals,
		parseQuery(projectListQuerySchema, url.searchParams)
	);
	return { data, page, pageSize, total };
});
