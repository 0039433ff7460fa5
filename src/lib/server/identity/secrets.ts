import { createHash, randomBytes } from 'node:crypto';

/**
 * Secrets handed to people (session cookies, email links, API tokens) are 256 random bits; the
 * database keeps only their SHA-256, so a leaked table cannot be replayed. A fast hash is right
 * here: unlike passwords, these secrets cannot be guessed.
 */
export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
