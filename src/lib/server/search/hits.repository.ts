import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import type { SearchKind } from './index-document.ts';

/** What a search result shows of any record: its address, title, text and language. */
export interface HitRow {
	id: number;
	slug: string;
	title: string;
	text: string;
	language: string;
}

export async function findSolutionIdBySlug(db: Kysely<Database>, slug: string) {
	const row = await db
		.selectFrom('solutions')
		.select('id')
		.where('slug', '=', slug)
		.executeTakeFirst();
	return row?.id;
}

export async function findSolutionRows(db: Kysely<Database>, ids: number[]) {
	if (ids.length === 0) return [];
	return db.selectFrom('solutions').selectAll().where('id', 'in', ids).execute();
}

/** The rows of some records of one kind, reduced to what a result shows. */
export async function findHitRows(
	db: Kysely<Database>,
	kind: SearchKind,
	ids: number[]
): Promise<HitRow[]> {
	if (ids.length === 0) return [];
	switch (kind) {
		case 'solution':
			return db
				.selectFrom('solutions')
				.select(['id', 'slug', 'title', 'summary as text', 'language'])
				.where('id', 'in', ids)
				.execute();
		case 'partner':
			return (
				await db
					.selectFrom('organizations')
					.select(['id', 'slug', 'name as title', 'description as text'])
					.where('id', 'in', ids)
					.execute()
			).map((row) => ({ ...row, language: 'en' }));
		case 'project':
			return (
				await db
					.selectFrom('projects')
					.select(['id', 'slug', 'title', 'summary as text'])
					.where('id', 'in', ids)
					.execute()
			).map((row) => ({ ...row, language: 'en' }));
		case 'event':
			return (
				await db
					.selectFrom('events')
					.select(['id', 'slug', 'title', 'summary as text'])
					.where('id', 'in', ids)
					.execute()
			).map((row) => ({ ...row, language: 'en' }));
		case 'cluster':
			return (
				await db
					.selectFrom('clusters')
					.select(['id', 'slug', 'name as title', 'description as text'])
					.where('id', 'in', ids)
					.execute()
			).map((row) => ({ ...row, language: 'en' }));
		case 'knowledge':
			return db
				.selectFrom('knowledge_products')
				.select(['id', 'slug', 'title', 'summary as text', 'language'])
				.where('id', 'in', ids)
				.execute();
		// Needs and offers are addressed by their id.
		case 'need':
			return (
				await db
					.selectFrom('needs')
					.select(['id', 'title', 'description as text', 'language'])
					.where('id', 'in', ids)
					.execute()
			).map((row) => ({ ...row, slug: String(row.id) }));
		case 'offer':
			return (
				await db
					.selectFrom('offers')
					.select(['id', 'title', 'description as text', 'language'])
					.where('id', 'in', ids)
					.execute()
			).map((row) => ({ ...row, slug: String(row.id) }));
	}
}
