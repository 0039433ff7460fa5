import { z } from 'zod';
import { parseQuery } from '#lib/server/http/query.ts';
import { getPipelineBoard } from '#lib/server/brokering/pipeline-board.service.ts';
import { boardQuerySchema } from '#lib/server/brokering/pipeline-board.schema.ts';
import { boardMoveAction } from '#lib/server/brokering/pipeline-form.http.ts';
import { STAGES } from '#lib/server/brokering/pipeline.rules.ts';
import type { Actions, PageServerLoad } from './$types';

const pageQuerySchema = boardQuerySchema.extend({
	/** After a quick move: which connection, and where it went (shown as a confirmation). */
	moved: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
	to: z.enum(STAGES).optional()
});

/** Curators and admins (the /admin layout and the service's policy). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { moved, to, ...query } = parseQuery(pageQuerySchema, url.searchParams);
	const filters = new URLSearchParams(
		Object.entries(query).filter((entry): entry is [string, string] => Boolean(entry[1]))
	);
	return {
		board: await getPipelineBoard(locals, query),
		filters: filters.size > 0 ? `?${filters}` : '',
		moved: moved && to ? { id: moved, to } : null
	};
};

/** The board's quick move (one card to a stage); the drag-and-drop script posts here too. */
export const actions: Actions = { move: boardMoveAction };
