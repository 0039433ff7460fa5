import { redirect } from '@sveltejs/kit';
import { personalDataFileName } from '#lib/server/identity/personal-data.presenter.ts';
import { exportPersonalData } from '#lib/server/identity/personal-data.service.ts';
import type { RequestHandler } from './$types';

/** Signed-in only: downloads everything the platform holds about the person, as a JSON file. */
export const GET: RequestHandler = async ({ locals }) => {
	if (!locals.user) redirect(303, '/login?next=/account/export');
	const data = await exportPersonalData({ db: locals.db, actor: locals.actor });
	return new Response(JSON.stringify(data, null, 2), {
		headers: {
			'content-type': 'application/json; charset=utf-8',
			'content-disposition': `attachment; filename="${personalDataFileName(data.exportedAt)}"`,
			'cache-control': 'no-store'
		}
	});
};
