import { z } from 'zod';
import { getConnectionPage } from '#lib/server/brokering/connection-page.service.ts';
import { connectionIdOf, connectionMoveAction } from '#lib/server/brokering/pipeline-form.http.ts';
import { STAGES } from '#lib/server/brokering/pipeline.rules.ts';
import { parseQuery } from '#lib/server/http/query.ts';
import type { Actions, PageServerLoad } from './$types';

const querySchema = z.object({
	/** After a move: the stage it went to (shown as a confirmation). */
	moved: z.enum(STAGES).optional(),
	/** A stage to preselect in the move form (the board sends "closed" here: it needs a reason). */
	to: z.enum(STAGES).optional()
});

/** Curators and admins (the /admin layout and the service's policy). */
export const load: PageServerLoad = async ({ locals, params, url }) => ({
	page: await getConnectionPage(locals, connectionIdOf(params)),
	...parseQuery(querySchema, url.searchParams)
});

/** One move, with its note, close reason or introduction contact. Rate limited per account. */
export const actions: Actions = { move: connectionMoveAction };
