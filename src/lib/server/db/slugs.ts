import slugify from '@sindresorhus/slugify';
import { sql, type Kysely } from 'kysely';
import type { Database } from './database.ts';
import { isUniqueViolation } from './dialects/index.ts';

/** The tables whose records have a readable, unique `slug`. */
export type SluggedTable = 'solutions' | 'offers' | 'knowledge_products' | 'events' | 'people';

/** Slugs already taken in a table that a new slug built on `base` could collide with. */
export async function findTakenSlugs(
	db: Kysely<Database>,
	table: SluggedTable,
	base: string
): Promise<string[]> {
	const pattern = `${base.replace(/[\\%_]/g, '\\$&')}-%`;
	const rows = await db
		.selectFrom(table)
		.select('slug')
		.where((eb) =>
			eb.or([eb('slug', '=', base), eb('slug', 'like', sql<string>`${pattern} escape '\\'`)])
		)
		.execute();
	return rows.map((row) => row.slug);
}

/**
 * A readable address unique in its table, from a title or name: "water-week", "water-week-2"…
 * Text that slugify cannot spell (Chinese, Arabic) gets `<fallback>-<random>` instead.
 * @example await uniqueSlug(trx, 'events', 'Water week', 'event') // "water-week-2"
 */
export async function uniqueSlug(
	db: Kysely<Database>,
	table: SluggedTable,
	text: string,
	fallback: string
): Promise<string> {
	const base =
		slugify(text).slice(0, 80).replace(/-+$/, '') ||
		`${fallback}-${Math.random().toString(36).slice(2, 8)}`;
	const taken = new Set(await findTakenSlugs(db, table, base));
	let slug = base;
	for (let counter = 2; taken.has(slug); counter += 1) slug = `${base}-${counter}`;
	return slug;
}

/**
 * Runs a transaction that gives a record a new slug, again (up to three times) when another
 * writer took the same slug in between: the unique index refuses the loser, who picks the next.
 */
export async function transactionWithSlugRetry<T>(
	db: Kysely<Database>,
	work: (trx: Kysely<Database>) => Promise<T>
): Promise<T> {
	for (let attempt = 0; ; attempt += 1) {
		try {
			return await db.transaction().execute(work);
		} catch (error) {
			if (attempt >= 3 || !isUniqueViolation(error)) throw error;
		}
	}
}
