import { signedIn, type MatrixEntry } from './roles.ts';

/** The bell, the notifications page, email choices and unsubscribing. */
export const NOTIFICATION_ROUTES: Record<string, MatrixEntry> = {
	'/notifications': signedIn('/notifications'),
	// Opening a notification: no test account has notification 2147483647, so signed-in people
	// get a 404 (someone else's notification reads the same); visitors sign in first.
	'/notifications/[id]': {
		...signedIn('/notifications/2147483647'),
		member: 404,
		editor: 404,
		curator: 404,
		admin: 404
	},
	'/account/notifications': signedIn('/account/notifications'),
	// The link of every notification email: the token is the key, so the answer is the same for
	// everyone; an unknown token is a 404 (a known one shows the question, and only POST acts).
	'/unsubscribe': {
		path: '/unsubscribe?token=unknown-token',
		visitor: 404,
		member: 404,
		editor: 404,
		curator: 404,
		admin: 404
	}
};
