import { describe, expect, it } from 'vitest';
import { createPostingLimiters, spendPost, type DiscussionContext } from './discussions-context.ts';

describe('posting limits', () => {
	it('are 10 posts per 10 minutes and 100 a day, per person', () => {
		expect(createPostingLimiters({ dialect: 'sqlite' }).map((limiter) => limiter.policy)).toEqual([
			{ points: 10, durationSeconds: 600 },
			{ points: 100, durationSeconds: 86_400 }
		]);
	});

	it('refuse the eleventh post in a burst with the given message and a wait', async () => {
		const postingLimiters = createPostingLimiters({ dialect: 'sqlite' });
		const context = (userId: number) =>
			({
				actor: { kind: 'user', userId, role: 'member' },
				postingLimiters
			}) as unknown as DiscussionContext;
		for (let post = 0; post < 10; post += 1) await spendPost(context(1), 'Too fast');
		await expect(spendPost(context(1), 'Too fast')).rejects.toMatchObject({
			code: 'rate_limited',
			message: 'Too fast',
			retryAfterSeconds: expect.any(Number)
		});
		// Someone else still posts.
		await expect(spendPost(context(2), 'Too fast')).resolves.toBeUndefined();
	});
});
