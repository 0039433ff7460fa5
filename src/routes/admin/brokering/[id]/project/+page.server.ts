import { getProjectDraft } from '#lib/server/brokering/connection-project.service.ts';
import { connectionIdOf, projectFormAction } from '#lib/server/brokering/pipeline-form.http.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The pilot project form of a connection at "pilot launched", pre-filled from the need and the
 * match. Curators and admins (the /admin layout and the service's policy); 409 at another stage
 * or when the project exists already.
 */
export const load: PageServerLoad = async ({ locals, params }) => ({
	draft: await getProjectDraft(locals, connectionIdOf(params))
});

/** Creates the project, then shows it. */
export const actions: Actions = { create: projectFormAction };
