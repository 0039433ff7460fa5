import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * What a password must be. Long enough, not the email, not a famous password. Length beats
 * composition rules (NIST SP 800-63B), so there are no "one digit, one symbol" rules.
 */
export const MIN_PASSWORD_LENGTH = 10;

/** Passwords of this platform itself that people reach for first. */
const PLATFORM_WORDS = ['southsouthgalaxy', 'south-south galaxy', 'galaxy12345', 'unossc12345'];

let commonPasswords: Set<string> | undefined;

/**
 * The ~49,000 most common passwords from real breaches (zxcvbn-ts's list, MIT). Only those long
 * enough to pass the length rule matter; the set is built on first use.
 */
function isCommon(password: string): boolean {
	commonPasswords ??= new Set(
		[...dictionary['passwords-common'], ...PLATFORM_WORDS]
			.filter((candidate) => candidate.length >= MIN_PASSWORD_LENGTH)
			.map((candidate) => candidate.toLowerCase())
	);
	return commonPasswords.has(password.toLowerCase());
}

export function passwordProblem(password: string, email: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH) {
		return `must be at least ${MIN_PASSWORD_LENGTH} characters long`;
	}
	if (password.length > 256) return 'must be 256 characters or fewer';
	if (password.toLowerCase() === email.toLowerCase()) return 'must not be your email address';
	if (isCommon(password) || /^(.)\1+$/u.test(password)) {
		return 'is too common; choose a longer phrase only you would think of';
	}
	return null;
}
