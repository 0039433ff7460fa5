import slugify from '@sindresorhus/slugify';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ReadContext } from '../context.ts';
import { toPaging } from '../db/paging.ts';
import { forbidden, unauthenticated } from '../http/errors.ts';
import { pageSchema, parseInput, type Page } from '../http/query.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import { reindex } from '../search/index-writer.ts';
import { countryNames, taxonomyNames } from '../search/reference-values.ts';
import type { FormProblem } from '../solutions/solution-editor.schema.ts';
import {
	findActiveMemberships,
	findExistingSectors,
	findExistingTargets,
	findOrganizationRef
} from '../solutions/solution-editor.repository.ts';
import { invalidSolutionForm, translatorFor } from '../solutions/solution-messages.ts';
import { actorUserId, spendWrite, type BrokeringContext } from './brokering-context.ts';
import { SUPPORT_TYPES } from './brokering-terms.ts';
import {
	canEditNeed,
	canPostFor,
	canPostForOrganizations,
	canSeeMatches,
	visibleNeedVisibilities
} from './brokering.policy.ts';
import { findReadableNeed } from './need-access.ts';
import {
	needToFormValues,
	presentNeedCard,
	presentNeedDetail,
	type NeedCard,
	type NeedDetail
} from './needs.presenter.ts';
import {
	countryExists,
	deleteNeed as deleteNeedRow,
	findCityInCountry,
	findNeeds,
	insertNeed,
	loadNeedLinks,
	loadNeedSurroundings,
	loadNeedTags,
	replaceNeedLinks,
	suggestCitiesInCountry,
	updateNeed as updateNeedRow,
	type NeedLinks,
	type NeedRow
} from './needs.repository.ts';
import {
	checkNeedForm,
	emptyNeedForm,
	toNeedFormValues,
	type CheckedNeed,
	type NeedFormValues
} from './needs.schema.ts';

/** Use-cases of needs: list, read, post, edit, close, delete. Matches are in need-matches. */

const listQuerySchema = z.object({
	q: z.string().trim().max(200, 'must be 200 characters or fewer').optional(),
	sector: z.string().max(80).optional(),
	sdg: z.coerce.number().int().min(1).max(17).optional(),
	country: z
		.string()
		.regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
		.transform((code) => code.toUpperCase())
		.optional(),
	support: z.enum(SUPPORT_TYPES).optional(),
	status: z.enum(['open', 'matched', 'closed']).optional(),
	organization: z.string().max(200).optional(),
	page: pageSchema
});

export type NeedListQuery = z.input<typeof listQuerySchema>;

const PAGE_SIZE = 20;

/**
 * The needs a reader may see, newest first, with filters.
 * @example await listNeeds({ db, actor, locale }, { sector: 'water-sanitation', page: 1 })
 */
export async function listNeeds(context: ReadContext, input: unknown): Promise<Page<NeedCard>> {
	const { db, actor, locale } = context;
	const { page, ...filters } = parseInput(listQuerySchema, input);
	const { rows, total } = await findNeeds(
		db,
		{ visibilities: visibleNeedVisibilities(actor), userId: actorUserId(context) },
		filters,
		toPaging(page, PAGE_SIZE)
	);
	const [tags, names, countries] = await Promise.all([
		loadNeedTags(
			db,
			rows.map((row) => row.id)
		),
		taxonomyNames(db, locale),
		countryNames(db, locale)
	]);
	const data = rows.map((row) =>
		presentNeedCard(
			row,
			{
				sdgs: tags.sdgs.filter((tag) => tag.need_id === row.id).map((tag) => tag.goal),
				sectors: tags.sectors.filter((tag) => tag.need_id === row.id).map((tag) => tag.sector_slug)
			},
			names,
			countries
		)
	);
	return { data, page, pageSize: PAGE_SIZE, total };
}

/** One need as its page and the API show it; 404 for anyone who may not see it. */
export async function getNeed(context: ReadContext, id: number): Promise<NeedDetail> {
	const { db, actor, locale } = context;
	const { row, access } = await findReadableNeed(db, actor, id);
	const [links, surroundings, names, countries] = await Promise.all([
		loadNeedLinks(db, row.id),
		loadNeedSurroundings(db, row),
		taxonomyNames(db, locale),
		countryNames(db, locale)
	]);
	return presentNeedDetail(row, links, surroundings, names, countries, {
		edit: canEditNeed(actor, access),
		seeMatches: canSeeMatches(actor, access)
	});
}

export interface NeedEditor {
	id: number | null;
	values: NeedFormValues;
	/** Organizations the person may post for (all of them for curators: they type the address). */
	organizations: { slug: string; name: string }[];
	status: NeedRow['status'] | null;
}

/** The need form: empty for a new need, or the saved need for its people and curators. */
export async function getNeedEditor(context: ReadContext, id: number | null): Promise<NeedEditor> {
	const { db, actor, locale } = context;
	const userId = actorUserId(context);
	if (actor.kind === 'visitor') throw unauthenticated();
	const organizations =
		userId === null
			? []
			: (await findActiveMemberships(db, userId)).map(({ slug, name }) => ({ slug, name }));
	if (id === null) {
		refuseWithoutOrganization(context, organizations.length);
		const values = emptyNeedForm();
		values.language = locale;
		if (organizations.length === 1) values.organization = organizations[0]!.slug;
		return { id: null, values, organizations, status: null };
	}
	const { row, access } = await findReadableNeed(db, actor, id);
	if (!canEditNeed(actor, access)) {
		throw forbidden(translatorFor(locale)('needForm.error.forbidden'));
	}
	const [links, surroundings] = await Promise.all([
		loadNeedLinks(db, row.id),
		loadNeedSurroundings(db, row)
	]);
	const values = needToFormValues(
		row,
		links,
		surroundings.organization?.slug ?? null,
		surroundings.city?.name ?? null
	);
	return { id: row.id, values, organizations, status: row.status };
}

function refuseWithoutOrganization(context: ReadContext, memberships: number): void {
	if (!canPostForOrganizations(context.actor, memberships)) {
		throw forbidden(translatorFor(context.locale)('needForm.error.noMembership'));
	}
}

interface ResolvedNeed {
	organizationId: number | null;
	cityId: number | null;
	links: NeedLinks;
}

/** Turns the checked form's names into records, with a problem per field for what is unknown. */
async function resolveNeed(
	context: ReadContext,
	need: CheckedNeed,
	ownOrganizationIds: number[],
	problems: FormProblem[]
): Promise<ResolvedNeed> {
	const { db, actor } = context;
	let organizationId: number | null = null;
	if (need.organization) {
		const found = await findOrganizationRef(db, need.organization);
		if (found && canPostFor(actor, found.id, ownOrganizationIds)) organizationId = found.id;
		else problems.push({ field: 'organization', key: 'solutionForm.error.organization' });
	} else if (actor.kind === 'user' && !canPostFor(actor, -1, [])) {
		problems.push({ field: 'organization', key: 'solutionForm.error.organization' });
	}
	const [sectors, targets] = await Promise.all([
		findExistingSectors(db, need.sectors),
		findExistingTargets(db, need.targets)
	]);
	if (sectors.length !== need.sectors.length) {
		problems.push({ field: 'sectors', key: 'solutionForm.error.unknownSector' });
	}
	// A code that is not even written like one was already refused by the form's own checks.
	if (targets.length !== need.targets.length && !problems.some((p) => p.field === 'targets')) {
		const missing = need.targets.filter((code) => !targets.includes(code));
		problems.push({
			field: 'targets',
			key: 'solutionForm.error.unknownTarget',
			values: { codes: missing.join(', ') }
		});
	}
	let cityId: number | null = null;
	if (need.country && !(await countryExists(db, need.country))) {
		problems.push({
			field: 'country',
			key: 'solutionForm.error.unknownCountry',
			values: { name: need.country }
		});
	} else if (need.country && need.city) {
		const cities = await findCityInCountry(db, need.country, need.city);
		if (cities.length >= 1) {
			cityId = cities[0]!.id;
		} else {
			const suggestions = await suggestCitiesInCountry(db, need.country, need.city);
			problems.push(
				suggestions.length > 0
					? {
							field: 'city',
							key: 'solutionForm.error.unknownCitySuggest',
							values: {
								name: need.city,
								suggestions: suggestions.map((city) => city.name).join(', ')
							}
						}
					: { field: 'city', key: 'needForm.error.unknownCity', values: { name: need.city } }
			);
		}
	}
	// Targets imply their goals: a need tagged 11.6 is about SDG 11.
	const goals = new Set(need.sdgs);
	for (const code of targets) goals.add(Number(code.split('.')[0]));
	return {
		organizationId,
		cityId,
		links: {
			supportTypes: need.supportTypes,
			sdgs: [...goals].sort((a, b) => a - b),
			targets,
			sectors,
			languages: need.languages
		}
	};
}

/** Checks and resolves a whole need, or throws `invalid_input` with every problem at once. */
async function validateNeed(
	context: ReadContext,
	values: NeedFormValues,
	ownOrganizationIds: number[]
): Promise<{ need: CheckedNeed; resolved: ResolvedNeed }> {
	const { need, problems } = checkNeedForm(values);
	const resolved = await resolveNeed(context, need, ownOrganizationIds, problems);
	if (problems.length > 0) throw invalidSolutionForm(context.locale, problems);
	return { need, resolved };
}

function needColumns(need: CheckedNeed, resolved: ResolvedNeed, now: string) {
	return {
		title: need.title,
		description: need.description,
		tried: need.tried,
		language: need.language,
		organization_id: resolved.organizationId,
		country_code: need.country,
		city_id: resolved.cityId,
		timeframe: need.timeframe,
		visibility: need.visibility,
		updated_at: now
	};
}

function newNeedSlug(title: string): string {
	const base = slugify(title).slice(0, 60).replace(/-+$/, '') || 'need';
	return `${base}-${randomBytes(4).toString('hex')}`;
}

async function ownOrganizationIds(context: ReadContext): Promise<number[]> {
	const userId = actorUserId(context);
	if (userId === null) return [];
	return (await findActiveMemberships(context.db, userId)).map((organization) => organization.id);
}

/**
 * Posts a need for one of the person's organizations. Everything is checked first and written in
 * one transaction; bad input → 400 naming each field, in the reader's language.
 * @example const { id } = await createNeed(context, { title, description, language: 'fr', … })
 */
export async function createNeed(
	context: BrokeringContext,
	input: unknown
): Promise<{ id: number }> {
	const { db, actor } = context;
	if (actor.kind === 'visitor') throw unauthenticated();
	const own = await ownOrganizationIds(context);
	refuseWithoutOrganization(context, own.length);
	await spendWrite(context);
	const values = toNeedFormValues(input);
	const { need, resolved } = await validateNeed(context, values, own);
	const now = (context.now ?? new Date()).toISOString();
	const id = await db.transaction().execute(async (trx) => {
		const id = await insertNeed(trx, {
			...needColumns(need, resolved, now),
			slug: newNeedSlug(need.title),
			status: 'open',
			created_by: actorUserId(context),
			created_at: now
		});
		await replaceNeedLinks(trx, id, resolved.links);
		await reindex(trx, 'need', [id]);
		await recordAudit(trx, {
			at: now,
			actorUserId: actorUserId(context),
			action: 'need.create',
			subjectType: 'need',
			subjectId: id
		});
		return id;
	});
	return { id };
}

async function findEditableNeed(context: ReadContext, id: number) {
	const { row, access } = await findReadableNeed(context.db, context.actor, id);
	if (!canEditNeed(context.actor, access)) {
		throw forbidden(translatorFor(context.locale)('needForm.error.forbidden'));
	}
	return row;
}

/**
 * Edits a need. The API may send only the fields it changes (`partial`): the rest keep their
 * saved values. The organization stays what it was unless the person may post for the new one.
 */
export async function updateNeed(
	context: BrokeringContext,
	id: number,
	input: unknown,
	{ partial = false }: { partial?: boolean } = {}
): Promise<{ id: number }> {
	const { db } = context;
	const row = await findEditableNeed(context, id);
	await spendWrite(context);
	const [links, surroundings] = await Promise.all([
		loadNeedLinks(db, row.id),
		loadNeedSurroundings(db, row)
	]);
	const saved = needToFormValues(
		row,
		links,
		surroundings.organization?.slug ?? null,
		surroundings.city?.name ?? null
	);
	const given = toNeedFormValues(input);
	const values: NeedFormValues = partial
		? {
				...saved,
				...Object.fromEntries(
					Object.keys(given)
						.filter((key) => isObjectWith(input, key))
						.map((key) => [key, given[key as keyof NeedFormValues]])
				)
			}
		: given;
	const own = await ownOrganizationIds(context);
	if (row.organization_id !== null && values.organization === surroundings.organization?.slug) {
		own.push(row.organization_id);
	}
	const { need, resolved } = await validateNeed(context, values, own);
	const now = (context.now ?? new Date()).toISOString();
	await db.transaction().execute(async (trx) => {
		await updateNeedRow(trx, row.id, needColumns(need, resolved, now));
		await replaceNeedLinks(trx, row.id, resolved.links);
		await reindex(trx, 'need', [row.id]);
	});
	return { id: row.id };
}

function isObjectWith(input: unknown, key: string): boolean {
	return typeof input === 'object' && input !== null && key in input;
}

const statusSchema = z.object({ status: z.enum(['open', 'matched', 'closed']) });

/** Closes a need (or opens it again): closed needs leave the open lists and get no new matches. */
export async function setNeedStatus(
	context: BrokeringContext,
	id: number,
	input: unknown
): Promise<{ id: number; status: NeedRow['status'] }> {
	const row = await findEditableNeed(context, id);
	await spendWrite(context);
	const { status } = parseInput(statusSchema, input);
	const now = (context.now ?? new Date()).toISOString();
	await context.db.transaction().execute(async (trx) => {
		await updateNeedRow(trx, row.id, { status, updated_at: now });
		await reindex(trx, 'need', [row.id]);
	});
	return { id: row.id, status };
}

/** Deletes a need with its connections and their history (its people and curators). */
export async function deleteNeed(context: BrokeringContext, id: number): Promise<void> {
	const row = await findEditableNeed(context, id);
	await spendWrite(context);
	const now = (context.now ?? new Date()).toISOString();
	await context.db.transaction().execute(async (trx) => {
		await deleteNeedRow(trx, row.id);
		await reindex(trx, 'need', [row.id]);
		await recordAudit(trx, {
			at: now,
			actorUserId: actorUserId(context),
			action: 'need.delete',
			subjectType: 'need',
			subjectId: row.id,
			details: { title: row.title }
		});
	});
}
