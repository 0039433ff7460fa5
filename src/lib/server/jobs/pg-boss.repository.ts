import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { JobCounts } from './job.ts';

/**
 * Counts from pg-boss's own job table, fresh (its queue statistics are cached for a minute):
 * waiting and retrying jobs, running ones, and the dead letters admins have not retried.
 */
export async function countPgBossJobs(
	db: Kysely<Database>,
	{ schema, deadLetter }: { schema: string; deadLetter: string }
): Promise<JobCounts> {
	const { rows } = await sql<{ state: string; dead: boolean; count: number }>`
		select state, name = ${deadLetter} as dead, count(*)::int as count
		from ${sql.table(`${schema}.job`)}
		where name not like '\\_\\_pgboss\\_\\_%'
			and (
				(name <> ${deadLetter} and state in ('created', 'retry', 'active'))
				or (name = ${deadLetter} and state in ('created', 'failed'))
			)
		group by 1, 2
	`.execute(db);
	const total = (match: (row: { state: string; dead: boolean }) => boolean) =>
		rows.filter(match).reduce((sum, row) => sum + Number(row.count), 0);
	return {
		queued: total((row) => !row.dead && row.state !== 'active'),
		running: total((row) => !row.dead && row.state === 'active'),
		failed: total((row) => row.dead)
	};
}
