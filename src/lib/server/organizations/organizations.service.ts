import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden, notFound } from '../http/errors.ts';
import type { Page } from '../http/query.ts';
import { canReadOrganizations } from './organizations.policy.ts';
import {
	presentPartnerCard,
	presentPartnerDetail,
	type PartnerCard,
	type PartnerDetail
} from './organizations.presenter.ts';
import {
	findOrganizationBySlug,
	findOrganizationClusters,
	findOrganizationEvents,
	findOrganizationPeople,
	findOrganizationProjects,
	findOrganizations
} from './organizations.repository.ts';
import type { PartnerListQuery } from './organizations.schema.ts';
import { listSolutions } from '../solutions/solutions.service.ts';

export async function listPartners(
	{ db, actor, locale }: ReadContext,
	query: PartnerListQuery
): Promise<Page<PartnerCard>> {
	if (!canReadOrganizations(actor)) throw forbidden();
	const { rows, total } = await findOrganizations(
		db,
		{ text: query.q, kinds: query.kind, countries: query.country },
		toPaging(query.page, query.pageSize),
		locale
	);
	return { data: rows.map(presentPartnerCard), page: query.page, pageSize: query.pageSize, total };
}

/** A partner's profile with its people, projects, events and clusters (solutions are paged apart). */
export async function getPartner(
	{ db, actor, locale }: ReadContext,
	slug: string
): Promise<PartnerDetail> {
	if (!canReadOrganizations(actor)) throw forbidden();
	const row = await findOrganizationBySlug(db, slug, locale);
	if (!row) throw notFound('partner');
	const [people, projects, events, clusters] = await Promise.all([
		findOrganizationPeople(db, row.id),
		findOrganizationProjects(db, row.id),
		findOrganizationEvents(db, row.id),
		findOrganizationClusters(db, row.id)
	]);
	return presentPartnerDetail(row, { people, projects, events, clusters });
}

/** A partner's page: its profile and one page of the solutions it provides. */
export async function getPartnerProfile(context: ReadContext, slug: string, page: number) {
	const partner = await getPartner(context, slug);
	const solutions = await listSolutions(
		context,
		{ sdg: [], sector: [], country: [], region: [], page, pageSize: 10 },
		{ organizationSlug: slug }
	);
	return { partner, solutions };
}
