import { everyone, signedIn, staff, type MatrixEntry } from './roles.ts';

const WASTE = '/clusters/waste-management/discussions';
/** Demo thread 1 is the first seeded: Waste Management's, visible, with ten posts. */
const THREAD = `${WASTE}/1`;
const nowhere: Omit<MatrixEntry, 'path'> = {
	visitor: 404,
	member: 404,
	editor: 404,
	curator: 404,
	admin: 404
};

/**
 * Discussion threads, posts, reports and their moderation. Reading is public; writing is done by
 * POST form actions and API calls whose policies the services' tests check. The test editor edits
 * Koidu's council, a member (not a coordinator) of Waste Management, so it does not moderate it.
 */
export const DISCUSSION_ROUTES: Record<string, MatrixEntry> = {
	'/clusters/[slug]/discussions': everyone(WASTE),
	// Signed-in people outside the cluster get the page too: it tells them how to join.
	'/clusters/[slug]/discussions/new': signedIn(`${WASTE}/new`),
	'/clusters/[slug]/discussions/[thread]': everyone(THREAD),
	// Any file that does not exist is a 404, whoever asks.
	'/clusters/[slug]/discussions/[thread]/attachments/[id]': {
		path: `${THREAD}/attachments/999999`,
		...nowhere
	},
	// The cluster's coordinators and staff.
	'/clusters/[slug]/discussions/moderation': staff(`${WASTE}/moderation`),
	// Every cluster's queue: curators and admins.
	'/admin/reports': staff('/admin/reports'),
	'/api/v1/clusters/[slug]/threads': everyone('/api/v1/clusters/waste-management/threads'),
	'/api/v1/threads/[id]': everyone('/api/v1/threads/1'),
	'/api/v1/threads/[id]/posts': everyone('/api/v1/threads/1/posts'),
	'/api/v1/threads/[id]/posts/[post]': everyone('/api/v1/threads/1/posts/1')
};
