import { z } from 'zod';
import { field, formFailure } from '#lib/server/http/form.ts';
import { pageSchema, parseQuery } from '#lib/server/http/query.ts';
import {
	listVerificationQueue,
	setOrganizationVerified
} from '#lib/server/organizations/verification.service.ts';
import type { Actions, PageServerLoad } from './$types';

const querySchema = z.object({
	show: z
		.enum(['waiting', 'verified'], { error: 'must be waiting or verified' })
		.default('waiting'),
	page: pageSchema
});

export const load: PageServerLoad = async ({ locals, url }) => {
	const query = parseQuery(querySchema, url.searchParams);
	return {
		query,
		search: url.search,
		queue: await listVerificationQueue(locals, {
			verified: query.show === 'verified',
			page: query.page,
			pageSize: 20
		})
	};
};

export const actions: Actions = {
	default: async ({ locals, request }) => {
		const form = await request.formData();
		const slug = field(form, 'organization');
		try {
			await setOrganizationVerified(locals, slug, field(form, 'verified') === 'true');
		} catch (error) {
			return formFailure(error, {});
		}
		return { changed: slug };
	}
};
