import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { NeedToMatch } from '../matching/matching.service.ts';
import { loadNeedLinks, type NeedRow } from './needs.repository.ts';

/**
 * A saved need as the ranker reads it. Kept apart from the services, which bring the interface's
 * messages along: the demo seeder, run by the command line under plain Node, uses it too.
 */
export async function needToMatch(db: Kysely<Database>, row: NeedRow): Promise<NeedToMatch> {
	const links = await loadNeedLinks(db, row.id);
	return {
		title: row.title,
		description: row.description,
		tried: row.tried,
		language: row.language,
		sectors: links.sectors,
		sdgs: links.sdgs,
		countryCode: row.country_code,
		cityId: row.city_id,
		languages: links.languages
	};
}
