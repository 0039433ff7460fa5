/**
 * Who may open what: every route of the app (a page or an endpoint) × every role, with the answer
 * expected for a GET. `login` means "sent to sign in" (303 to /login?next=…). The test fails when a
 * route exists without an entry here, so a new route cannot ship without a decision.
 *
 * Actions that change state are POST-only form actions or endpoints protected by SvelteKit's
 * same-origin check; their policies are tested in the services' own tests.
 */
import { adminsOnly, everyone, signedIn, staff, type MatrixEntry } from './authorization/roles.ts';
import { CLUSTER_ROUTES } from './authorization/clusters.ts';
import { DISCUSSION_ROUTES } from './authorization/discussions.ts';
import { EVENT_ROUTES } from './authorization/events.ts';
import { JOB_ROUTES } from './authorization/jobs.ts';
import { NOTIFICATION_ROUTES } from './authorization/notifications.ts';

export type { Answer, MatrixEntry } from './authorization/roles.ts';

/** A need's people (the test editor, for Koidu's need 1) and staff. */
/**
 * A need's edit form and matches: its people and curators. Recife's public need (3) has no test
 * account among its people (the journeys make the member and the editor members of Koidu's
 * council, whose need is 1), so members and editors alike get 403 whatever ran before.
 */
const needsPeople = {
	visitor: 'login',
	member: 403,
	editor: 403,
	curator: 200,
	admin: 200
} as const satisfies Omit<MatrixEntry, 'path'>;
const needsPeopleApi = { ...needsPeople, visitor: 403 } as const satisfies Omit<
	MatrixEntry,
	'path'
>;

export const AUTHORIZATION_MATRIX: Record<string, MatrixEntry> = {
	'/': everyone('/'),
	'/solutions': everyone('/solutions'),
	'/search': everyone('/search?q=water'),
	'/solutions/[slug]': everyone('/solutions/open-contracting-data-for-public-procurement-paraguay'),
	// Signed-in people without an organization get the page too: it tells them how to join one.
	'/solutions/new': signedIn('/solutions/new'),
	// Owners (creator, members of the submitting organization) and staff; this demo solution has
	// neither a creator nor a submitting organization, so only staff may edit it.
	'/solutions/[slug]/edit': staff(
		'/solutions/open-contracting-data-for-public-procurement-paraguay/edit'
	),
	// Public for a published solution (its moderation log only for owners and staff).
	'/solutions/[slug]/history': everyone(
		'/solutions/open-contracting-data-for-public-procurement-paraguay/history'
	),
	// Translations and attachments: those who may edit the solution (the test editor edits Koidu's
	// council, which did not submit this one) and curators. Any file that does not exist is a 404.
	'/solutions/[slug]/translations': staff(
		'/solutions/open-contracting-data-for-public-procurement-paraguay/translations'
	),
	'/solutions/[slug]/translations/[lang]': staff(
		'/solutions/open-contracting-data-for-public-procurement-paraguay/translations/fr'
	),
	'/solutions/[slug]/attachments': staff(
		'/solutions/open-contracting-data-for-public-procurement-paraguay/attachments'
	),
	'/solutions/[slug]/attachments/[id]/[name]': {
		path: '/solutions/open-contracting-data-for-public-procurement-paraguay/attachments/999999/none.png',
		visitor: 404,
		member: 404,
		editor: 404,
		curator: 404,
		admin: 404
	},
	'/offers': everyone('/offers'),
	// Signed-in people without an organization get the page too: it tells them how to join one.
	'/offers/new': signedIn('/offers/new'),
	// Demo offer 1 is the International Center on Small Hydro Power's, active: public.
	'/offers/[id]': everyone('/offers/1'),
	// Its organization's active members and staff; the test editor edits Koidu's council.
	'/offers/[id]/edit': staff('/offers/1/edit'),
	'/needs': everyone('/needs'),
	// Signed-in people without an organization get the page too: it tells them how to join one.
	'/needs/new': signedIn('/needs/new'),
	// Demo need 1 is Koidu's council's, public: everyone reads it; its matches are shown only to
	// its people (the test editor edits Koidu's council) and staff.
	'/needs/[id]': everyone('/needs/1'),
	// Its people and staff; other members may read it but not edit it.
	'/needs/[id]/edit': { path: '/needs/3/edit', ...needsPeople },
	// Public, like the reference data it reads (rate limited per account or address).
	'/needs/tag-suggestions': everyone(
		'/needs/tag-suggestions?lang=en&text=market%20waste%20piles%20up'
	),
	'/partners': everyone('/partners'),
	'/partners/[slug]': everyone('/partners/unossc'),
	'/projects': everyone('/projects'),
	'/projects/[slug]': everyone('/projects/sstc-sustainable-waste-management-koidu'),
	'/events': everyone('/events'),
	'/events/[slug]': everyone('/events/promoting-sstc-covid-19-recovery-2022'),
	'/clusters': everyone('/clusters'),
	'/clusters/[slug]': everyone('/clusters/waste-management'),
	'/knowledge': everyone('/knowledge'),
	'/knowledge/[slug]': everyone('/knowledge/south-south-cities-clusters'),
	'/language': {
		path: '/language?lang=en',
		visitor: 303,
		member: 303,
		editor: 303,
		curator: 303,
		admin: 303
	},
	'/login': { path: '/login', visitor: 200, member: 303, editor: 303, curator: 303, admin: 303 },
	'/logout': { path: '/logout', visitor: 303, member: 200, editor: 200, curator: 200, admin: 200 },
	'/register': {
		path: '/register',
		visitor: 200,
		member: 303,
		editor: 303,
		curator: 303,
		admin: 303
	},
	'/register/confirm': everyone('/register/confirm?token=unknown'),
	'/forgot-password': everyone('/forgot-password'),
	'/reset-password': everyone('/reset-password?token=unknown'),
	'/account': signedIn('/account'),
	'/account/email/confirm': everyone('/account/email/confirm?token=unknown'),
	'/account/export': signedIn('/account/export'),
	'/account/delete': signedIn('/account/delete'),
	'/admin': staff('/admin'),
	'/admin/audit': staff('/admin/audit'),
	'/admin/brokering': staff('/admin/brokering'),
	// Demo connection 1 is at "pilot launched" with no project yet: its project form opens.
	'/admin/brokering/[id]': staff('/admin/brokering/1'),
	'/admin/brokering/[id]/project': staff('/admin/brokering/1/project'),
	'/admin/moderation': staff('/admin/moderation'),
	// A published solution: staff see it with its log and no decision to take.
	'/admin/moderation/[slug]': staff(
		'/admin/moderation/open-contracting-data-for-public-procurement-paraguay'
	),
	'/admin/organizations': staff('/admin/organizations'),
	'/admin/outbox': adminsOnly('/admin/outbox'),
	'/admin/users': adminsOnly('/admin/users'),
	'/api/v1': everyone('/api/v1'),
	'/api/v1/[...rest]': {
		path: '/api/v1/nothing',
		visitor: 404,
		member: 404,
		editor: 404,
		curator: 404,
		admin: 404
	},
	'/api/v1/solutions': everyone('/api/v1/solutions'),
	'/api/v1/search': everyone('/api/v1/search?q=water'),
	'/api/v1/solutions/[slug]': everyone(
		'/api/v1/solutions/open-contracting-data-for-public-procurement-paraguay'
	),
	'/api/v1/offers': everyone('/api/v1/offers'),
	'/api/v1/offers/[id]': everyone('/api/v1/offers/1'),
	// The pipeline's connections: staff only (403; the API does not send anyone to sign in). Demo
	// connection 1 is on Campeche's need, so the test editor (Koidu's) is not one of its people.
	'/api/v1/connections': {
		path: '/api/v1/connections',
		visitor: 403,
		member: 403,
		editor: 403,
		curator: 200,
		admin: 200
	},
	'/api/v1/connections/[id]': {
		path: '/api/v1/connections/1',
		visitor: 404,
		member: 404,
		editor: 404,
		curator: 200,
		admin: 200
	},
	'/api/v1/connections/[id]/transitions': {
		path: '/api/v1/connections/1/transitions',
		visitor: 404,
		member: 404,
		editor: 404,
		curator: 200,
		admin: 200
	},
	'/api/v1/needs': everyone('/api/v1/needs'),
	'/api/v1/needs/[id]': everyone('/api/v1/needs/1'),
	// A need's matches, connections and matches set aside: its people and staff; other readers
	// get 403 (the API does not send anyone to sign in).
	'/api/v1/needs/[id]/matches': { path: '/api/v1/needs/3/matches', ...needsPeopleApi },
	'/api/v1/needs/[id]/connections': { path: '/api/v1/needs/3/connections', ...needsPeopleApi },
	'/api/v1/needs/[id]/dismissals': { path: '/api/v1/needs/3/dismissals', ...needsPeopleApi },
	'/api/v1/partners': everyone('/api/v1/partners'),
	'/api/v1/partners/[slug]': everyone('/api/v1/partners/unossc'),
	'/api/v1/projects': everyone('/api/v1/projects'),
	'/api/v1/projects/[slug]': everyone('/api/v1/projects/sstc-sustainable-waste-management-koidu'),
	'/api/v1/events': everyone('/api/v1/events'),
	'/api/v1/events/[slug]': everyone('/api/v1/events/promoting-sstc-covid-19-recovery-2022'),
	'/api/v1/clusters': everyone('/api/v1/clusters'),
	'/api/v1/clusters/[slug]': everyone('/api/v1/clusters/waste-management'),
	'/api/v1/knowledge': everyone('/api/v1/knowledge'),
	'/api/v1/knowledge/[slug]': everyone('/api/v1/knowledge/south-south-cities-clusters'),
	'/api/v1/sdgs': everyone('/api/v1/sdgs'),
	'/api/v1/sectors': everyone('/api/v1/sectors'),
	...CLUSTER_ROUTES,
	...DISCUSSION_ROUTES,
	...NOTIFICATION_ROUTES,
	...JOB_ROUTES,
	...EVENT_ROUTES
};
