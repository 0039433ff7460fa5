import slugify from '@sindresorhus/slugify';
import type { Kysely } from 'kysely';
import { checkNeedForm, emptyNeedForm } from '../brokering/needs.schema.ts';
import { insertNeed, replaceNeedLinks } from '../brokering/needs.repository.ts';
import type { Database } from '../db/database.ts';
import { demoNeeds } from './needs.data.ts';
import { cityKey } from './seed-places-and-partners.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo organizations' needs, one after another so they get ids in the order of the data file
 * (Koidu's is need 1), through the needs repository. Each passes the need form's own checks
 * first, so the demo never shows a need a person could not have posted. No demo account exists,
 * so nobody created them (`created_by` null): their organization's members are their people.
 */
export async function seedNeeds(
	trx: Kysely<Database>,
	{
		organizationIds,
		cityIds
	}: { organizationIds: Map<string, number>; cityIds: Map<string, number> },
	now: Date
): Promise<void> {
	for (const need of demoNeeds) {
		const organizationId = organizationIds.get(need.organization);
		if (organizationId === undefined) {
			throw new Error(`Demo need "${need.title}": unknown organization "${need.organization}"`);
		}
		const cityId = need.city === null ? null : cityIds.get(cityKey(need.city, need.country));
		if (cityId === undefined) {
			throw new Error(`Demo need "${need.title}": unknown city "${need.city}"`);
		}
		const { need: checked, problems } = checkNeedForm({
			...emptyNeedForm(),
			title: need.title,
			description: need.description,
			tried: need.tried ?? '',
			language: need.language,
			organization: need.organization,
			supportTypes: need.supportTypes,
			sdgs: need.sdgs.map(String),
			targets: need.targets,
			sectors: need.sectors,
			country: need.country,
			city: need.city ?? '',
			timeframe: need.timeframe ?? '',
			languages: need.languages,
			visibility: need.visibility
		});
		if (problems.length > 0) {
			throw new Error(
				`Demo need "${need.title}": ${problems.map((problem) => problem.field).join(', ')}`
			);
		}
		const postedAt = new Date(now.getTime() - need.daysAgo * DAY).toISOString();
		const id = await insertNeed(trx, {
			slug: slugify(need.title).slice(0, 60).replace(/-+$/, ''),
			title: checked.title,
			description: checked.description,
			tried: checked.tried,
			language: checked.language,
			organization_id: organizationId,
			country_code: checked.country,
			city_id: cityId,
			timeframe: checked.timeframe,
			visibility: checked.visibility,
			status: 'open',
			created_by: null,
			created_at: postedAt,
			updated_at: postedAt
		});
		await replaceNeedLinks(trx, id, {
			supportTypes: checked.supportTypes,
			sdgs: checked.sdgs,
			targets: checked.targets,
			sectors: checked.sectors,
			languages: checked.languages
		});
	}
}
