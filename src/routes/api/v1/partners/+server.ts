import { apiRoute } from '#lib/server/http/api.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import { partnerListQuerySchema } from '#lib/server/organizations/organizations.schema.ts';
import { listPartners } from '#lib/server/organizations/organizations.service.ts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = apiRoute(({ locals, url }) =>
	listPartners(locals, parseQuery(partnerListQuerySchema, url.searchParams))
);
