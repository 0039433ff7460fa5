import slugify from '@sindresorhus/slugify';
import type { ReadContext } from '../context.ts';
import { isUniqueViolation } from '../db/dialects/index.ts';
import { conflict, forbidden, invalidInput, notFound, type FieldProblem } from '../http/errors.ts';
import { recordAudit } from '../identity/audit.repository.ts';
import {
	findCitiesNamed,
	findExistingCountryCodes,
	findExistingSectors,
	findOrganizationsByIds,
	findOrganizationsBySlugs,
	findProjectOfConnection,
	findProjectSlugsLike,
	insertProject,
	insertProjectLinks
} from '../projects/project-writes.repository.ts';
import { reindex } from '../search/index-writer.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import {
	listSdgGoals,
	listSectors,
	type SdgGoalName,
	type SectorName
} from '../taxonomy/taxonomy.repository.ts';
import { PROJECT_STATUSES, type ProjectStatus } from '../../vocabulary/project-statuses.ts';
import { actorUserId, spendWrite, type BrokeringContext } from './brokering-context.ts';
import { canRunPipeline } from './brokering.policy.ts';
import {
	claimPilotConnection,
	findFirstOrganizationInCity
} from './connection-project.repository.ts';
import {
	BROKERED_PROGRAMME,
	PROJECT_ROLES,
	projectFormSchema,
	toProjectFormValues,
	type CheckedProject,
	type ProjectFormValues,
	type ProjectRole
} from './connection-project.schema.ts';
import {
	findCity,
	findConnectionById,
	findSolutionContact,
	findSolutionProviders,
	type ConnectionRow
} from './connections.repository.ts';
import { findCountryNames } from './pipeline-board.repository.ts';
import { excerptOf } from './needs.presenter.ts';
import { findNeedById, loadNeedLinks, type NeedRow } from './needs.repository.ts';

/**
 * From partnership to project: once a connection reaches "pilot launched", curators create the
 * pilot project from it — pre-filled from the need (its place, SDGs, sectors, organization) and
 * the match (the solution or provider that transfers) — and the project keeps the connection it
 * came from. One project per connection.
 */

export interface ProjectDraft {
	connection: {
		id: number;
		need: { id: number; title: string };
		/** The solution, provider or peer city matched. */
		match: string;
	};
	values: ProjectFormValues;
	options: {
		statuses: readonly ProjectStatus[];
		roles: readonly ProjectRole[];
		sdgs: SdgGoalName[];
		sectors: SectorName[];
	};
}

/** The connection a project may be made from, or the refusal saying why not. */
async function findPilotConnection(
	context: ReadContext,
	connectionId: number
): Promise<{ connection: ConnectionRow; need: NeedRow }> {
	const t = translatorFor(context.locale);
	if (!canRunPipeline(context.actor)) throw forbidden(t('pipeline.error.board'));
	const connection = await findConnectionById(context.db, connectionId);
	if (!connection) throw notFound('connection');
	const need = await findNeedById(context.db, connection.need_id);
	if (!need) throw notFound('connection');
	if (connection.stage !== 'pilot-launched') {
		throw conflict(
			t('brokering.project.error.stage', {
				stage: t(`pipeline.stage.${connection.stage}`)
			})
		);
	}
	if (await findProjectOfConnection(context.db, connection.id)) {
		throw conflict(t('brokering.project.error.exists'));
	}
	return { connection, need };
}

/** The match's name and the organizations on its side (a solution's, a provider, a city's). */
async function matchSide(
	context: ReadContext,
	connection: ConnectionRow
): Promise<{ name: string; organizationIds: number[] }> {
	const { db } = context;
	const fallback = connection.target_key ?? '';
	const provider = connection.provider_organization_id;
	if (connection.target_kind === 'solution' && connection.solution_id !== null) {
		const solution = await findSolutionContact(db, connection.solution_id);
		const own = provider ?? solution?.organization_id ?? null;
		// A solution documented without a submitting organization: its first provider.
		const ids =
			own !== null ? [own] : (await findSolutionProviders(db, connection.solution_id)).slice(0, 1);
		return { name: solution?.title ?? fallback, organizationIds: ids };
	}
	if (connection.target_kind === 'provider' && provider !== null) {
		const [organization] = await findOrganizationsByIds(db, [provider]);
		return { name: organization?.name ?? fallback, organizationIds: [provider] };
	}
	if (connection.target_kind === 'peer-city' && connection.peer_city_id !== null) {
		const city = await findCity(db, connection.peer_city_id);
		const organization = await findFirstOrganizationInCity(db, connection.peer_city_id);
		return {
			name: city?.name ?? fallback,
			organizationIds: organization ? [organization.id] : []
		};
	}
	return { name: fallback, organizationIds: provider === null ? [] : [provider] };
}

/**
 * The project form, pre-filled: "Pilot: <match> in <the need's place>", the need's description and
 * the match as the summary, the brokering programme, status pipeline from today, the need's and
 * the provider's organizations as implementing, the need's place, SDGs and sectors.
 * Curators only; 409 unless the connection is at "pilot launched" and has no project yet.
 * @example const { values } = await getProjectDraft(locals, 7)
 */
export async function getProjectDraft(
	context: ReadContext & { now?: Date },
	connectionId: number
): Promise<ProjectDraft> {
	const { connection, need } = await findPilotConnection(context, connectionId);
	const { db, locale } = context;
	const t = translatorFor(locale);
	const [match, links, city, sdgs, sectors] = await Promise.all([
		matchSide(context, connection),
		loadNeedLinks(db, need.id),
		need.city_id === null ? undefined : findCity(db, need.city_id),
		listSdgGoals(db, locale),
		listSectors(db)
	]);
	const countryCodes = [
		...new Set(
			[need.country_code, city?.country_code].filter((code): code is string => Boolean(code))
		)
	];
	const countryNames = await findCountryNames(db, countryCodes, locale);
	const place = [city?.name, need.country_code ? countryNames.get(need.country_code) : undefined]
		.filter(Boolean)
		.join(', ');
	const organizationIds = [
		...new Set([need.organization_id, ...match.organizationIds].filter((id) => id !== null))
	];
	const organizations = await findOrganizationsByIds(db, organizationIds);
	const slugOf = new Map(organizations.map((organization) => [organization.id, organization.slug]));
	const today = (context.now ?? new Date()).toISOString().slice(0, 10);
	return {
		connection: {
			id: connection.id,
			need: { id: need.id, title: need.title },
			match: match.name
		},
		values: {
			title: place
				? t('brokering.project.draftTitle', { match: match.name, place })
				: t('brokering.project.draftTitleNoPlace', { match: match.name, need: need.title }),
			summary: `${excerptOf(need.description)}\n\n${t('brokering.project.draftSummary', { match: match.name })}`,
			programme: BROKERED_PROGRAMME,
			status: 'pipeline',
			startDate: today,
			endDate: '',
			budgetAmount: '',
			budgetCurrency: '',
			organizations: organizationIds
				.map((id) => slugOf.get(id))
				.filter((slug): slug is string => slug !== undefined)
				.map((organization) => ({ organization, role: 'implementing' })),
			countries: countryCodes.join(', '),
			cities: city?.name ?? '',
			sdgs: links.sdgs.map(String),
			sectors: links.sectors
		},
		options: { statuses: PROJECT_STATUSES, roles: PROJECT_ROLES, sdgs, sectors }
	};
}

/** Field problems of the zod check, named as the form names its fields. */
function problemsOf(issues: { path: PropertyKey[]; message: string }[]): FieldProblem[] {
	const problems: FieldProblem[] = [];
	for (const issue of issues) {
		const path = issue.path.map(String);
		// A bad item of a list is a problem of the list's field; organization rows keep their row.
		const field = path[0] === 'organizations' ? path.slice(0, 2).join('.') : (path[0] ?? '(input)');
		const known = problems.find((problem) => problem.field === field);
		if (!known) problems.push({ field, reason: issue.message });
		else if (!known.reason.includes(issue.message)) known.reason += ` ${issue.message}`;
	}
	return problems;
}

/** What the form names, found in the database: organizations, countries, cities, sectors. */
async function resolveReferences(context: ReadContext, project: CheckedProject) {
	const { db } = context;
	const t = translatorFor(context.locale);
	const [organizations, countries, cities, sectors] = await Promise.all([
		findOrganizationsBySlugs(db, [...new Set(project.organizations.map((row) => row.slug))]),
		findExistingCountryCodes(db, project.countries),
		findCitiesNamed(db, project.countries, project.cities),
		findExistingSectors(db, project.sectors)
	]);
	const problems: FieldProblem[] = [];
	const organizationId = new Map(organizations.map((row) => [row.slug, row.id]));
	for (const row of project.organizations) {
		if (!organizationId.has(row.slug)) {
			problems.push({
				field: `organizations.${row.row}`,
				reason: t('brokering.project.error.organizationUnknown', { slug: row.slug })
			});
		}
	}
	const unknownCountries = project.countries.filter((code) => !countries.has(code));
	if (unknownCountries.length > 0) {
		problems.push({
			field: 'countries',
			reason: t('brokering.project.error.countryUnknown', { codes: unknownCountries.join(', ') })
		});
	}
	const cityIds: number[] = [];
	const unknownCities: string[] = [];
	for (const name of project.cities) {
		const city = cities.find((row) => row.name.toLowerCase() === name.toLowerCase());
		if (city) cityIds.push(city.id);
		else unknownCities.push(name);
	}
	if (unknownCities.length > 0) {
		problems.push({
			field: 'cities',
			reason: t('brokering.project.error.cityUnknown', { names: unknownCities.join(', ') })
		});
	}
	if (project.sectors.some((slug) => !sectors.has(slug))) {
		problems.push({ field: 'sectors', reason: t('brokering.project.error.sectors') });
	}
	if (problems.length > 0) throw invalidInput(problems, t('brokering.project.error.summaryLine'));
	return {
		organizations: project.organizations.map((row) => ({
			organizationId: organizationId.get(row.slug)!,
			role: row.role
		})),
		countries: project.countries,
		cityIds: [...new Set(cityIds)],
		sdgs: project.sdgs,
		sectors: project.sectors
	};
}

/** The title's slug, or the first `-2`, `-3`… not taken yet. */
async function freeSlug(context: ReadContext, title: string): Promise<string> {
	const base = slugify(title).slice(0, 70).replace(/-+$/, '') || 'pilot-project';
	const taken = new Set(await findProjectSlugsLike(context.db, base));
	if (!taken.has(base)) return base;
	for (let suffix = 2; ; suffix += 1) {
		const candidate = `${base}-${suffix}`;
		if (!taken.has(candidate)) return candidate;
	}
}

/**
 * Creates the pilot project of a connection at "pilot launched": checks the form (400 naming each
 * field), then writes the project, its organizations, places, SDGs and sectors, the audit entry and
 * its search entry in one transaction. A second project for the same connection → 409.
 * @example const { slug } = await createProjectFromConnection(context, 7, values)
 */
export async function createProjectFromConnection(
	context: BrokeringContext,
	connectionId: number,
	input: unknown
): Promise<{ id: number; slug: string }> {
	const { connection } = await findPilotConnection(context, connectionId);
	const t = translatorFor(context.locale);
	const parsed = projectFormSchema(t).safeParse(toProjectFormValues(input));
	if (!parsed.success) {
		throw invalidInput(problemsOf(parsed.error.issues), t('brokering.project.error.summaryLine'));
	}
	const project = parsed.data;
	const links = await resolveReferences(context, project);
	await spendWrite(context);
	const now = (context.now ?? new Date()).toISOString();
	try {
		return await context.db.transaction().execute(async (trx) => {
			const scoped = { ...context, db: trx };
			if (!(await claimPilotConnection(trx, connection.id, now))) {
				throw conflict(t('pipeline.error.movedMeanwhile'));
			}
			if (await findProjectOfConnection(trx, connection.id)) {
				throw conflict(t('brokering.project.error.exists'));
			}
			const slug = await freeSlug(scoped, project.title);
			const id = await insertProject(trx, {
				slug,
				title: project.title,
				summary: project.summary,
				programme: project.programme,
				status: project.status,
				start_date: project.startDate,
				end_date: project.endDate,
				budget_amount: project.budgetAmount,
				budget_currency: project.budgetAmount === null ? null : project.budgetCurrency,
				iati_identifier: null,
				connection_id: connection.id,
				created_at: now,
				updated_at: now
			});
			await insertProjectLinks(trx, id, links);
			await recordAudit(trx, {
				at: now,
				actorUserId: actorUserId(context),
				action: 'project.create',
				subjectType: 'project',
				subjectId: id,
				details: { slug, connectionId: connection.id }
			});
			await reindex(trx, 'project', [id]);
			return { id, slug };
		});
	} catch (error) {
		// Another project took the slug at the same moment: the broker only needs to save again.
		if (isUniqueViolation(error)) throw conflict(t('brokering.project.error.slugTaken'));
		throw error;
	}
}
