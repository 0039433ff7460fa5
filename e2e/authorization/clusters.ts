import { everyone, signedIn, staff, type MatrixEntry } from './roles.ts';

/** Cluster membership, coordinator tools, resources, map and feed. */
export const CLUSTER_ROUTES: Record<string, MatrixEntry> = {
	// Signed-in people without an organization to speak for get the page too: it says how to
	// find one. The test editor edits Koidu's council, which is not a member of Energy.
	'/clusters/[slug]/join': signedIn('/clusters/energy/join'),
	// Coordinator tools and resources: the editors of Waste Management's coordinating
	// organizations (UNOSSC, UN-Habitat) and staff. Koidu's council is a plain member: 403.
	'/clusters/[slug]/manage': staff('/clusters/waste-management/manage'),
	'/clusters/[slug]/resources': staff('/clusters/waste-management/resources'),
	// Demo resources are links; a file that does not exist is a 404 for everyone.
	'/clusters/[slug]/resources/[id]/file': {
		path: '/clusters/waste-management/resources/999999/file',
		visitor: 404,
		member: 404,
		editor: 404,
		curator: 404,
		admin: 404
	},
	'/clusters/[slug]/map.svg': everyone('/clusters/waste-management/map.svg'),
	'/clusters/[slug]/feed.atom': everyone('/clusters/waste-management/feed.atom'),
	'/api/v1/clusters/[slug]/members': everyone('/api/v1/clusters/waste-management/members')
};
