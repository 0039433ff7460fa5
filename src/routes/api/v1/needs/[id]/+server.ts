import {
	brokeringContext,
	checkedNeedInput,
	needIdOf
} from '#lib/server/brokering/brokering-form.http.ts';
import { readJsonObject, apiRoute } from '#lib/server/http/api.ts';
import {
	deleteNeed,
	getNeed,
	setNeedStatus,
	updateNeed
} from '#lib/server/brokering/needs.service.ts';
import type { RequestHandler } from './$types';

/** One need; 404 for anyone who may not see it (members-only, curators-only). */
export const GET: RequestHandler = apiRoute(async ({ locals, params }) => ({
	data: await getNeed(locals, needIdOf(params))
}));

/**
 * Changes the fields given (`{"timeframe":"…"}`), the others keep their values;
 * `{"status":"closed"}` closes the need and `{"status":"open"}` opens it again. Its people and
 * curators.
 */
export const PATCH: RequestHandler = apiRoute(async ({ locals, params, request }) => {
	const id = needIdOf(params);
	const { status, ...fields } = await readJsonObject(request);
	const context = brokeringContext(locals);
	if (Object.keys(fields).length > 0 || status === undefined) {
		await updateNeed(context, id, checkedNeedInput(fields), { partial: true });
	}
	if (status !== undefined) await setNeedStatus(context, id, { status });
	return { data: await getNeed(locals, id) };
});

/** Deletes the need with its connections (close it with PATCH to keep it). */
export const DELETE: RequestHandler = apiRoute(async ({ locals, params }) => {
	const id = needIdOf(params);
	await deleteNeed(brokeringContext(locals), id);
	return { data: { id, deleted: true } };
});
