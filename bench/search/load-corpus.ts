import type { Kysely } from 'kysely';
import { insertChunked, insertWithIds } from '#lib/server/db/bulk.ts';
import type { Database, NewRow } from '#lib/server/db/database.ts';
import type { Corpus } from './corpus.ts';

/** Slug → id of what `loadCorpus` inserted, for linking more rows to them. */
export interface CorpusIds {
	organizationIds: Map<string, number>;
	solutionIds: Map<string, number>;
}

/**
 * Inserts a generated corpus in one transaction, in chunks: organizations, then solutions, then
 * their links (goals, sectors, countries, providers). One transaction keeps SQLite from syncing
 * after every chunk and lets PostgreSQL commit once.
 */
export async function loadCorpus(db: Kysely<Database>, corpus: Corpus): Promise<CorpusIds> {
	return db.transaction().execute(async (trx) => {
		const organizationIds = await insertWithIds(
			trx,
			'organizations',
			corpus.organizations.map((organization) => ({
				slug: organization.slug,
				name: organization.name,
				kind: organization.kind,
				country_code: organization.countryCode,
				description: organization.description,
				verified_at: '2024-01-01T00:00:00.000Z',
				created_at: '2024-01-01T00:00:00.000Z',
				updated_at: '2024-01-01T00:00:00.000Z'
			}))
		);
		const solutionIds = await insertWithIds(
			trx,
			'solutions',
			corpus.solutions.map((solution) => ({
				slug: solution.slug,
				reference: solution.reference,
				title: solution.title,
				summary: solution.summary,
				challenge: solution.challenge,
				solution: solution.solution,
				results: solution.results,
				language: solution.language,
				modality: solution.modality,
				start_year: solution.startYear,
				end_year: solution.endYear,
				organization_id: organizationIds.get(corpus.organizations[solution.providers[0]!]!.slug)!,
				status: 'published' as const,
				submitted_at: solution.publishedAt,
				published_at: solution.publishedAt,
				version: 1,
				created_at: solution.publishedAt,
				updated_at: solution.publishedAt
			}))
		);

		const sdgs: NewRow<'solution_sdgs'>[] = [];
		const sectors: NewRow<'solution_sectors'>[] = [];
		const countries: NewRow<'solution_countries'>[] = [];
		const partners: NewRow<'solution_organizations'>[] = [];
		for (const solution of corpus.solutions) {
			const solutionId = solutionIds.get(solution.slug)!;
			for (const goal of solution.sdgs) sdgs.push({ solution_id: solutionId, goal });
			for (const slug of solution.sectors)
				sectors.push({ solution_id: solutionId, sector_slug: slug });
			for (const code of solution.countries)
				countries.push({ solution_id: solutionId, country_code: code });
			solution.providers.forEach((index, position) => {
				partners.push({
					solution_id: solutionId,
					organization_id: organizationIds.get(corpus.organizations[index]!.slug)!,
					role: 'provider',
					position: position + 1
				});
			});
		}
		await insertChunked(trx, 'solution_sdgs', sdgs);
		await insertChunked(trx, 'solution_sectors', sectors);
		await insertChunked(trx, 'solution_countries', countries);
		await insertChunked(trx, 'solution_organizations', partners);
		return { organizationIds, solutionIds };
	});
}
