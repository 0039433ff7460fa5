import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import {
	listSdgGoals,
	listSectors,
	type SdgGoalName,
	type SectorName
} from './taxonomy.repository.ts';

export interface TaxonomyNames {
	goals: Map<number, SdgGoalName>;
	sectors: Map<string, SectorName>;
}

/** SDG and sector names for presenters, in the reader's language. Public reference data. */
export async function loadTaxonomyNames(
	db: Kysely<Database>,
	locale: string
): Promise<TaxonomyNames> {
	const [goals, sectors] = await Promise.all([listSdgGoals(db, locale), listSectors(db)]);
	return {
		goals: new Map(goals.map((goal) => [goal.number, goal])),
		sectors: new Map(sectors.map((sector) => [sector.slug, sector]))
	};
}

/** Public reference data: every visitor may read it. */
export async function listSdgGoalNames({ db, locale }: ReadContext) {
	return listSdgGoals(db, locale);
}

export async function listSectorNames({ db }: ReadContext) {
	return listSectors(db);
}
