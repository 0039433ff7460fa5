import { reindex } from '../search/index-writer.ts';
import type { Kysely } from 'kysely';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { createTranslator, type Translate } from '../../i18n/translator.ts';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { transactionWithSlugRetry, uniqueSlug } from '../db/slugs.ts';
import { toPaging } from '../db/paging.ts';
import {
	forbidden,
	invalidInput,
	notFound,
	unauthenticated,
	type DomainError,
	type FieldProblem
} from '../http/errors.ts';
import { parseInput, type Page } from '../http/query.ts';
import type { RateLimiter } from '../http/rate-limit.ts';
import { isStaff, type Actor } from '../identity/actor.ts';
import { listSectors } from '../taxonomy/taxonomy.repository.ts';
import { BROKERING_LANGUAGES, SUPPORT_TYPES } from './brokering-terms.ts';
import { canEditOffer, canPostFor, canPostForOrganizations } from './brokering.policy.ts';
import {
	presentOfferCard,
	presentOfferDetail,
	presentRegionChoices,
	regionNamesOf,
	toOfferFormValues,
	type OfferCard,
	type OfferDetail,
	type OfferEditor,
	type OfferFormOptions,
	type RegionChoice
} from './offers.presenter.ts';
import {
	deleteOfferRow,
	findActiveMemberships,
	findOfferById,
	findOffers,
	findOrganizationBySlug,
	insertOffer,
	listOrganizationNames,
	listRegions,
	loadOfferLinks,
	replaceOfferLinks,
	updateOfferRow,
	type OfferRow
} from './offers.repository.ts';
import {
	checkOfferForm,
	emptyOfferForm,
	OFFER_STATUSES,
	offerChangesSchema,
	offerFormSchema,
	type OfferFormValues,
	type OfferListQuery,
	type OfferProblem,
	type OfferStatus
} from './offers.schema.ts';

/**
 * Offers: what a provider (a center of excellence, an agency, a city) can give, for which kinds of
 * support, sectors, languages and regions. Active offers are public; a withdrawn offer is seen
 * only by the offering organization's active members and by curators, and everyone else is told
 * it does not exist. Each use-case asks the brokering policy first.
 */

/** What the writing use-cases need besides the reader: the per-account write budget. */
export interface OfferWorkContext extends ReadContext {
	/** Spends one point per write, per account (429 when the account writes too fast). */
	limiter: Pick<RateLimiter, 'enforce'>;
	now?: Date;
}

function translatorFor(locale: string): Translate {
	return createTranslator(locale, MESSAGES[locale] ?? ENGLISH, ENGLISH);
}

/** Field problems in the reader's language; several about one field read as one message. */
function invalidOffer(locale: string, problems: OfferProblem[]): DomainError {
	const t = translatorFor(locale);
	const byField = new Map<string, string[]>();
	for (const problem of problems) {
		const reasons = byField.get(problem.field) ?? [];
		const reason = t(problem.key, problem.values);
		if (!reasons.includes(reason)) reasons.push(reason);
		byField.set(problem.field, reasons);
	}
	const details: FieldProblem[] = [...byField].map(([field, reasons]) => ({
		field,
		reason: reasons.join(' ')
	}));
	return invalidInput(details, t('offers.error.summary', { count: details.length }));
}

/** The active memberships of the reader (none for visitors and the command line). */
async function ownOrganizations(db: Kysely<Database>, actor: Actor) {
	return actor.kind === 'user' ? findActiveMemberships(db, actor.userId) : [];
}

async function regionChoices(db: Kysely<Database>, locale: string): Promise<RegionChoice[]> {
	return presentRegionChoices(await listRegions(db), translatorFor(locale), locale);
}

/**
 * The codes a region filter stands for: a region takes in its sub-regions, and a sub-region the
 * region around it (an offer for all of Africa is an offer for Sub-Saharan Africa too).
 */
function regionFilterCodes(regions: RegionChoice[], code: number): number[] {
	for (const region of regions) {
		if (region.code === code) return [code, ...region.subRegions.map((sub) => sub.code)];
		if (region.subRegions.some((sub) => sub.code === code)) return [code, region.code];
	}
	throw invalidInput([{ field: 'region', reason: 'is not the UN M49 region of any country' }]);
}

/** An offer and whether the reader speaks for its organization. */
async function offerWithAccess(context: ReadContext, id: number) {
	const row = await findOfferById(context.db, id);
	if (!row) throw notFound('offer');
	const own = await ownOrganizations(context.db, context.actor);
	const member = own.some((organization) => organization.id === row.organization_id);
	// A withdrawn offer does not exist for anyone who may not edit it.
	if (row.status !== 'active' && !canEditOffer(context.actor, member)) throw notFound('offer');
	return { row, own, member };
}

async function presentDetail(context: ReadContext, row: OfferRow, member: boolean) {
	const [links, regions] = await Promise.all([
		loadOfferLinks(context.db, [row.id]),
		regionChoices(context.db, context.locale)
	]);
	return presentOfferDetail(row, links, regionNamesOf(regions), {
		edit: canEditOffer(context.actor, member)
	});
}

/**
 * One page of offers, the most recently changed first. Anyone may read active offers; withdrawn
 * ones (`status: 'withdrawn'`) are listed only for the reader's own organizations, or all of
 * them for curators.
 * @example await listOffers(context, { q: 'hydropower', region: 34, status: 'active', page: 1, pageSize: 20 })
 */
export async function listOffers(
	context: ReadContext,
	query: OfferListQuery
): Promise<Page<OfferCard>> {
	const { db, actor, locale } = context;
	const organizationIds =
		query.status === 'active' || isStaff(actor)
			? undefined
			: (await ownOrganizations(db, actor)).map((organization) => organization.id);
	const regions = await regionChoices(db, locale);
	const { rows, total } = await findOffers(
		db,
		{
			text: query.q,
			sector: query.sector,
			support: query.support,
			language: query.language,
			regionCodes:
				query.region === undefined ? undefined : regionFilterCodes(regions, query.region),
			organizationSlug: query.organization,
			status: query.status,
			organizationIds
		},
		toPaging(query.page, query.pageSize)
	);
	const links = await loadOfferLinks(
		db,
		rows.map((row) => row.id)
	);
	const names = regionNamesOf(regions);
	return {
		data: rows.map((row) => presentOfferCard(row, links, names)),
		page: query.page,
		pageSize: query.pageSize,
		total
	};
}

/** What the list's filters offer: kinds of support, sectors, languages and regions. */
export async function getOfferFilterOptions(
	context: ReadContext
): Promise<Omit<OfferFormOptions, 'organizations'>> {
	const [sectors, regions] = await Promise.all([
		listSectors(context.db),
		regionChoices(context.db, context.locale)
	]);
	return {
		supportTypes: [...SUPPORT_TYPES],
		sectors,
		languages: [...BROKERING_LANGUAGES],
		regions
	};
}

/**
 * One offer. A withdrawn offer is not found, except by its organization's people and curators.
 * @example await getOffer({ db, actor: visitor, locale: 'fr' }, 1)
 */
export async function getOffer(context: ReadContext, id: number): Promise<OfferDetail> {
	const { row, member } = await offerWithAccess(context, id);
	return presentDetail(context, row, member);
}

/**
 * The offer form: empty for a new offer (id null), filled for an existing one. Needs a signed-in
 * person; an existing offer needs one who may edit it (forbidden otherwise, not found when it is
 * withdrawn and they may not see it).
 */
export async function getOfferEditor(
	context: ReadContext,
	id: number | null
): Promise<OfferEditor> {
	const { db, actor, locale } = context;
	if (actor.kind === 'visitor') throw unauthenticated();
	const t = translatorFor(locale);
	const access = id === null ? null : await offerWithAccess(context, id);
	if (access && !canEditOffer(actor, access.member)) throw forbidden(t('offers.error.forbidden'));
	const own = access ? access.own : await ownOrganizations(db, actor);
	const [organizations, filters] = await Promise.all([
		isStaff(actor) ? listOrganizationNames(db) : own,
		getOfferFilterOptions(context)
	]);
	const options: OfferFormOptions = {
		...filters,
		organizations: organizations.map(({ slug, name }) => ({ slug, name }))
	};
	if (access) {
		const { row } = access;
		if (
			!options.organizations.some((organization) => organization.slug === row.organization_slug)
		) {
			options.organizations.unshift({ slug: row.organization_slug, name: row.organization_name });
		}
		const links = await loadOfferLinks(db, [row.id]);
		return {
			offer: { id: row.id, slug: row.slug, title: row.title, status: row.status },
			canCreate: true,
			values: toOfferFormValues(row, links),
			options
		};
	}
	const values = emptyOfferForm();
	values.language = (BROKERING_LANGUAGES as readonly string[]).includes(locale) ? locale : 'en';
	values.organization = own[0]?.slug ?? '';
	return {
		offer: null,
		canCreate: canPostForOrganizations(actor, own.length),
		values,
		options
	};
}

/** The writer's account (the command line writes as nobody in particular). */
function writerOf(actor: Actor): number | null {
	if (actor.kind === 'visitor') throw unauthenticated();
	return actor.kind === 'user' ? actor.userId : null;
}

/**
 * Checks an offer's values against the sectors and regions that exist and resolves its
 * organization, which must be one the writer may speak for. Throws invalid_input with a problem
 * per field, in the reader's language, or forbidden.
 */
async function checkedOffer(
	context: OfferWorkContext,
	values: OfferFormValues,
	ownOrganizationIds: number[],
	extraProblems: OfferProblem[] = []
) {
	const { db, actor, locale } = context;
	const [sectors, regions] = await Promise.all([listSectors(db), listRegions(db)]);
	const { offer, problems } = checkOfferForm(values, {
		sectors: new Set(sectors.map((sector) => sector.slug)),
		regions: new Set(regions.flatMap((row) => [row.region_code, row.sub_region_code]))
	});
	problems.push(...extraProblems);
	const organization = offer.organization
		? await findOrganizationBySlug(db, offer.organization)
		: undefined;
	if (offer.organization && !organization) {
		problems.push({ field: 'organization', key: 'offers.error.organizationUnknown' });
	}
	if (problems.length > 0) throw invalidOffer(locale, problems);
	if (!canPostFor(actor, organization!.id, ownOrganizationIds)) {
		throw forbidden(translatorFor(locale)('offers.error.notYourOrganization'));
	}
	return { offer, organizationId: organization!.id };
}

/**
 * Posts an offer for one of the writer's organizations (curators: any organization), with its
 * links, in one transaction. Throws invalid_input with a problem per field.
 * @example await createOffer(context, { organization: 'inshp', title: 'Small hydropower training', … })
 */
export async function createOffer(context: OfferWorkContext, input: unknown): Promise<OfferDetail> {
	const { db, actor, locale } = context;
	const userId = writerOf(actor);
	const own = await ownOrganizations(db, actor);
	if (!canPostForOrganizations(actor, own.length)) {
		throw forbidden(translatorFor(locale)('offers.error.noMembership'));
	}
	await context.limiter.enforce(`offer-write:${userId ?? 'system'}`);
	const values = parseInput(offerFormSchema, input);
	const { offer, organizationId } = await checkedOffer(
		context,
		values,
		own.map((organization) => organization.id)
	);
	const now = (context.now ?? new Date()).toISOString();
	const id = await transactionWithSlugRetry(db, async (trx) => {
		const created = await insertOffer(trx, {
			slug: await uniqueSlug(trx, 'offers', offer.title, 'offer'),
			organization_id: organizationId,
			title: offer.title,
			description: offer.description,
			status: 'active',
			language: offer.language,
			created_by: userId,
			created_at: now,
			updated_at: now
		});
		await replaceOfferLinks(trx, created, offer);
		await reindex(trx, 'offer', [created]);
		return created;
	});
	return getOffer(context, id);
}

/**
 * Changes an offer: the fields given replace the current ones (a form gives them all), and
 * `status` withdraws or restores it. The offering organization's people and curators only; it
 * may move to another organization the writer speaks for.
 */
export async function updateOffer(
	context: OfferWorkContext,
	{ id, input }: { id: number; input: unknown }
): Promise<OfferDetail> {
	const { db, actor, locale } = context;
	const userId = writerOf(actor);
	const { row, own, member } = await offerWithAccess(context, id);
	if (!canEditOffer(actor, member))
		throw forbidden(translatorFor(locale)('offers.error.forbidden'));
	await context.limiter.enforce(`offer-write:${userId ?? 'system'}`);
	const changes = parseInput(offerChangesSchema, input);
	const current = toOfferFormValues(row, await loadOfferLinks(db, [row.id]));
	const { status: statusInput, ...fields } = changes;
	const values = { ...current };
	for (const [field, value] of Object.entries(fields)) {
		if (value !== undefined) Object.assign(values, { [field]: value });
	}
	const status = statusInput?.trim() || row.status;
	const statusProblems: OfferProblem[] = (OFFER_STATUSES as readonly string[]).includes(status)
		? []
		: [{ field: 'status', key: 'offers.error.status' }];
	const { offer, organizationId } = await checkedOffer(
		context,
		values,
		own.map((organization) => organization.id),
		statusProblems
	);
	const now = (context.now ?? new Date()).toISOString();
	await db.transaction().execute(async (trx) => {
		await updateOfferRow(trx, id, {
			organization_id: organizationId,
			title: offer.title,
			description: offer.description,
			language: offer.language,
			status: status as OfferStatus,
			updated_at: now
		});
		await replaceOfferLinks(trx, id, offer);
		await reindex(trx, 'offer', [id]);
	});
	return getOffer(context, id);
}

async function setOfferStatus(
	context: OfferWorkContext,
	id: number,
	status: OfferStatus
): Promise<OfferDetail> {
	const { db, actor, locale } = context;
	const userId = writerOf(actor);
	const { member } = await offerWithAccess(context, id);
	if (!canEditOffer(actor, member))
		throw forbidden(translatorFor(locale)('offers.error.forbidden'));
	await context.limiter.enforce(`offer-write:${userId ?? 'system'}`);
	const now = (context.now ?? new Date()).toISOString();
	await db.transaction().execute(async (trx) => {
		await updateOfferRow(trx, id, { status, updated_at: now });
		await reindex(trx, 'offer', [id]);
	});
	return getOffer(context, id);
}

/** Withdraws an offer: it leaves lists and matches but stays for its organization to restore. */
export async function withdrawOffer(context: OfferWorkContext, id: number): Promise<OfferDetail> {
	return setOfferStatus(context, id, 'withdrawn');
}

/** Makes a withdrawn offer active again. */
export async function reactivateOffer(context: OfferWorkContext, id: number): Promise<OfferDetail> {
	return setOfferStatus(context, id, 'active');
}

/** Deletes an offer and its links for good. The offering organization's people and curators. */
export async function deleteOffer(context: OfferWorkContext, id: number): Promise<void> {
	const { db, actor, locale } = context;
	const userId = writerOf(actor);
	const { member } = await offerWithAccess(context, id);
	if (!canEditOffer(actor, member))
		throw forbidden(translatorFor(locale)('offers.error.forbidden'));
	await context.limiter.enforce(`offer-write:${userId ?? 'system'}`);
	await db.transaction().execute(async (trx) => {
		await deleteOfferRow(trx, id);
		await reindex(trx, 'offer', [id]);
	});
}
