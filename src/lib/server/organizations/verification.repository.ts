import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { countRows, type Paging } from '../db/paging.ts';

function queue(db: Kysely<Database>, verified: boolean) {
	return db
		.selectFrom('organizations as o')
		.where('o.verified_at', verified ? 'is not' : 'is', null);
}

/** Organizations waiting for verification (or verified ones), by name. */
export async function findOrganizationsByVerification(
	db: Kysely<Database>,
	verified: boolean,
	paging: Paging
) {
	const [rows, total] = await Promise.all([
		queue(db, verified)
			.leftJoin('countries as c', 'c.code', 'o.country_code')
			.select(['o.id', 'o.slug', 'o.name', 'o.kind', 'o.verified_at', 'c.name as country_name'])
			.orderBy('o.name')
			.limit(paging.limit)
			.offset(paging.offset)
			.execute(),
		countRows(queue(db, verified))
	]);
	return { rows, total };
}

export async function setVerification(
	db: Kysely<Database>,
	organizationId: number,
	verifiedAt: string | null,
	now: string
) {
	await db
		.updateTable('organizations')
		.set({ verified_at: verifiedAt, updated_at: now })
		.where('id', '=', organizationId)
		.execute();
}
