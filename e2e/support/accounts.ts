/** The accounts the end-to-end tests sign in with, one per platform role (made in global setup). */
export type TestRole = 'member' | 'curator' | 'admin';

export const TEST_PASSWORD = 'end to end test passphrase';

export const testAccount = (role: TestRole) => `${role}@e2e.example`;

/** Signs in through the real form post and answers the session cookie ("name=value"). */
export async function signInAs(origin: string, role: TestRole): Promise<string> {
	const response = await fetch(`${origin}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ email: testAccount(role), password: TEST_PASSWORD, next: '/' })
	});
	const cookie = response.headers
		.getSetCookie()
		.map((header) => header.split(';')[0]!)
		.find((pair) => pair.startsWith('galaxy_session='));
	if (response.status !== 303 || !cookie) {
		throw new Error(`Could not sign in as ${role}: ${response.status} ${await response.text()}`);
	}
	return cookie;
}
