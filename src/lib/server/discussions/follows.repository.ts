import type { Kysely } from 'kysely';
import type { Database, Row } from '../db/database.ts';

export type FollowTarget = { kind: Row<'follows'>['target_kind']; id: number };

/** Follows a thread or a cluster; following twice is following once. */
export async function insertFollow(
	db: Kysely<Database>,
	userId: number,
	target: FollowTarget,
	now: string
): Promise<void> {
	await db
		.insertInto('follows')
		.values({ user_id: userId, target_kind: target.kind, target_id: target.id, created_at: now })
		.onConflict((conflict) => conflict.columns(['user_id', 'target_kind', 'target_id']).doNothing())
		.execute();
}

export async function deleteFollow(
	db: Kysely<Database>,
	userId: number,
	target: FollowTarget
): Promise<void> {
	await db
		.deleteFrom('follows')
		.where('user_id', '=', userId)
		.where('target_kind', '=', target.kind)
		.where('target_id', '=', target.id)
		.execute();
}

export async function isFollowing(
	db: Kysely<Database>,
	userId: number,
	target: FollowTarget
): Promise<boolean> {
	const row = await db
		.selectFrom('follows')
		.select('user_id')
		.where('user_id', '=', userId)
		.where('target_kind', '=', target.kind)
		.where('target_id', '=', target.id)
		.executeTakeFirst();
	return row !== undefined;
}
