import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';

export interface SdgGoalName {
	number: number;
	color: string;
	shortName: string;
	title: string;
}

/** The 17 goals with names in `locale`, falling back to English where a translation is missing. */
export async function listSdgGoals(db: Kysely<Database>, locale: string): Promise<SdgGoalName[]> {
	const rows = await db
		.selectFrom('sdg_goals as g')
		.innerJoin('sdg_goal_translations as en', (join) =>
			join.onRef('en.goal', '=', 'g.number').on('en.locale', '=', 'en')
		)
		.leftJoin('sdg_goal_translations as local', (join) =>
			join.onRef('local.goal', '=', 'g.number').on('local.locale', '=', locale)
		)
		.select([
			'g.number',
			'g.color',
			'en.short_name as enShort',
			'en.title as enTitle',
			'local.short_name as localShort',
			'local.title as localTitle'
		])
		.orderBy('g.number')
		.execute();
	return rows.map((row) => ({
		number: row.number,
		color: row.color,
		shortName: row.localShort ?? row.enShort,
		title: row.localTitle ?? row.enTitle
	}));
}

export interface SectorName {
	slug: string;
	name: string;
}

export async function listSectors(db: Kysely<Database>): Promise<SectorName[]> {
	return db.selectFrom('sectors').select(['slug', 'name']).orderBy('position').execute();
}
