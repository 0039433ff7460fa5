/** The answers a route can give and the usual patterns of who gets what. */
export type Answer = 200 | 303 | 401 | 403 | 404 | 'login';

export interface MatrixEntry {
	/** A concrete address for the route. */
	path: string;
	visitor: Answer;
	member: Answer;
	/** A member who is an editor of one organization (the test account edits Koidu's council). */
	editor: Answer;
	curator: Answer;
	admin: Answer;
}

export const everyone = (path: string): MatrixEntry => ({
	path,
	visitor: 200,
	member: 200,
	editor: 200,
	curator: 200,
	admin: 200
});
export const signedIn = (path: string): MatrixEntry => ({
	path,
	visitor: 'login',
	member: 200,
	editor: 200,
	curator: 200,
	admin: 200
});
export const staff = (path: string): MatrixEntry => ({
	path,
	visitor: 'login',
	member: 403,
	editor: 403,
	curator: 200,
	admin: 200
});
export const adminsOnly = (path: string): MatrixEntry => ({
	path,
	visitor: 'login',
	member: 403,
	editor: 403,
	curator: 403,
	admin: 200
});
/** A record that does not exist (or a file that was never uploaded): 404 whoever asks. */
export const nobody = (path: string): MatrixEntry => ({
	path,
	visitor: 404,
	member: 404,
	editor: 404,
	curator: 404,
	admin: 404
});
