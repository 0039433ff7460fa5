import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules.ts';

describe('passwordProblem', () => {
	it('accepts a long, uncommon passphrase', () => {
		expect(passwordProblem('rainy koidu market morning', 'a@b.org')).toBeNull();
	});
	it('rejects short passwords', () => {
		expect(passwordProblem('short1!', 'a@b.org')).toMatch(/at least 10/);
	});
	it('rejects the email as password, whatever the case', () => {
		expect(passwordProblem('Mayor@Koidu.org', 'mayor@koidu.org')).toMatch(/email/);
	});
	it('rejects common and repeated passwords', () => {
		expect(passwordProblem('Password123', 'a@b.org')).toMatch(/too common/);
		// From the breach list, not written here by hand.
		expect(passwordProblem('qwertyuiop', 'a@b.org')).toMatch(/too common/);
		expect(passwordProblem('1q2w3e4r5t6y', 'a@b.org')).toMatch(/too common/);
		expect(passwordProblem('zzzzzzzzzzzz', 'a@b.org')).toMatch(/too common/);
	});
});
