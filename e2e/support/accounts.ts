/** The accounts the end-to-end tests sign in with, one per platform role (made in global setup). */
export type TestRole = 'member' | 'editor' | 'curator' | 'admin';

export const TEST_PASSWORD = 'end to end test passphrase';

/** The SQLite test server's sign-in lockout window (SIGN_IN_LOCKOUT_SECONDS). */
export const LOCKOUT_SECONDS = 3;

export const testAccount = (role: TestRole) => `${role}@e2e.example`;

/** Signs in through the real form post and answers the session cookie ("name=value"). */
export async function signInAs(origin: string, role: TestRole): Promise<string> {
	return signInWith(origin, testAccount(role), TEST_PASSWORD);
}

/** Signs in any account (e.g. one a test created) and answers its session cookie. */
export async function signInWith(origin: string, email: string, password: string): Promise<string> {
	const response = await fetch(`${origin}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email, password, next: '/' })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((header) => header.split(';')[0]!)
		.find((pair) => pair.startsWith('galaxy_session='));
	if (response.status !== 303 || !cookie) {
		throw new Error(`Could not sign in as ${email}: ${response.status} ${await response.text()}`);
	}
	return cookie;
}

/** Posts a form as a signed-in person, the way a browser without JavaScript does. */
export async function postForm(
	origin: string,
	path: string,
	cookie: string,
	fields: Record<string, string>
): Promise<Response> {
	return fetch(`${origin}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin,
			cookie,
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html'
		},
		body: new URLSearchParams(fields)
	});
}

/**
 * Makes a test account (a role's account, or any account's email with the test password) an
 * editor of an organization: they ask to join, and the admin (staff) appoints them. Safe to call
 * twice.
 */
export async function appointEditor(
	origin: string,
	slug: string,
	who: TestRole | { email: string } = 'member'
): Promise<void> {
	const email = typeof who === 'string' ? testAccount(who) : who.email;
	const member = await signInWith(origin, email, TEST_PASSWORD);
	const admin = await signInAs(origin, 'admin');
	await postForm(origin, `/partners/${slug}?/join`, member, {});
	const page = await (
		await fetch(`${origin}/partners/${slug}`, { headers: { cookie: admin } })
	).text();
	const row = new RegExp(`${email.replace('.', '\\.')}[\\s\\S]*?name="userId" value="(\\d+)"`).exec(
		page
	);
	if (!row) throw new Error('The member did not appear in the admin’s member list');
	await postForm(origin, `/partners/${slug}?/decide`, admin, {
		userId: row[1]!,
		decision: 'make-editor'
	});
}

/** A personal API token of a test account, made through the account page as a person would. */
export async function createApiToken(
	origin: string,
	role: TestRole,
	scope: 'read' | 'read-write'
): Promise<string> {
	const cookie = await signInAs(origin, role);
	const created = await postForm(origin, '/account?/createToken', cookie, {
		name: `e2e ${role} ${scope}`,
		scope
	});
	const token = /ssg_[\w-]+/.exec(await created.text())?.[0];
	if (!token) throw new Error(`No API token for ${role}: ${created.status}`);
	return token;
}
