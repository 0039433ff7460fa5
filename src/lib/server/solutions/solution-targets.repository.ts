import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

/** A solution's SDG targets named in the reader's language (English where it has no name). */
export async function findSolutionTargets(
	db: Kysely<Database>,
	solutionId: number,
	locale: string
): Promise<{ code: string; goal: number; title: string }[]> {
	const rows = await db
		.selectFrom('solution_targets as st')
		.innerJoin('sdg_targets as t', 't.code', 'st.target_code')
		.leftJoin('sdg_target_translations as local', (join) =>
			join.onRef('local.target_code', '=', 't.code').on('local.locale', '=', locale)
		)
		.leftJoin('sdg_target_translations as en', (join) =>
			join.onRef('en.target_code', '=', 't.code').on('en.locale', '=', 'en')
		)
		.select(['t.code', 't.goal', 'local.title as localTitle', 'en.title as englishTitle'])
		.where('st.solution_id', '=', solutionId)
		.orderBy('t.goal')
		.orderBy('t.position')
		.execute();
	return rows.map((row) => ({
		code: row.code,
		goal: row.goal,
		title: row.localTitle ?? row.englishTitle ?? row.code
	}));
}
