import { redirect } from '@sveltejs/kit';
import { field, formFailure } from '#lib/server/http/form.ts';
import { requestOrigin } from '#lib/server/http/session-cookie.ts';
import { listDeadJobs, retryDeadJob } from '#lib/server/jobs/jobs-admin.service.ts';
import { PLATFORM_JOBS } from '#lib/server/jobs/registry.ts';
import { apiWriteLimiter, jobQueue } from '#lib/server/runtime.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => ({
	retried: url.searchParams.get('retried') === '1',
	jobs: await listDeadJobs({
		db: locals.db,
		actor: locals.actor,
		queue: jobQueue(),
		jobs: PLATFORM_JOBS
	})
});

export const actions: Actions = {
	retry: async (event) => {
		const form = await event.request.formData();
		const jobId = field(form, 'jobId');
		try {
			await retryDeadJob(
				{
					db: event.locals.db,
					actor: event.locals.actor,
					queue: jobQueue(),
					jobs: PLATFORM_JOBS,
					limiter: apiWriteLimiter()
				},
				{ jobId },
				requestOrigin(event)
			);
		} catch (error) {
			return formFailure(error, { jobId: jobId.slice(0, 200) }, event.setHeaders);
		}
		redirect(303, '/admin/jobs?retried=1');
	}
};
