/**
 * What a password must be. Long enough, not the email, not a famous password. Length beats
 * composition rules (NIST SP 800-63B), so there are no "one digit, one symbol" rules.
 */
export const MIN_PASSWORD_LENGTH = 10;

const COMMON_PASSWORDS = new Set([
	'1234567890',
	'12345678910',
	'0123456789',
	'1q2w3e4r5t',
	'qwertyuiop',
	'password123',
	'password12',
	'password1234',
	'passw0rd123',
	'iloveyou123',
	'abcdefghij',
	'qwerty1234',
	'qwerty12345',
	'1qaz2wsx3edc',
	'letmein123',
	'welcome123',
	'administrator',
	'changeme123',
	'superman123',
	'football123',
	'aaaaaaaaaa',
	'1111111111',
	'0000000000',
	'southsouthgalaxy',
	'galaxy12345'
]);

export function passwordProblem(password: string, email: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) {
		return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
	}
	if (password.length > 256) return 'must be 256 characters or fewer';
	if (password.toLowerCase() === email.toLowerCase()) return 'must not be your email address';
	if (COMMON_PASSWORDS.has(password.toLowerCase()) || /^(.)\1+$/u.test(password)) {
		return 'is too common; choose a longer phrase only you would think of';
	}
	return null;
}
