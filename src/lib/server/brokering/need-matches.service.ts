import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { forbidden } from '../http/errors.ts';
import { countryNames, taxonomyNames } from '../search/reference-values.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { canSeeMatches } from './brokering.policy.ts';
import type { ComponentShare, MatchReason } from './match-explanation.ts';
import { describeReasons, type ReasonNames } from './match-reasons.presenter.ts';
import { findReadableNeed } from './need-access.ts';
import {
	findCityNames,
	findCountryRegions,
	findNeedConnections,
	findOfferNames,
	findOrganizationNames,
	findSolutionNames
} from './need-matches.repository.ts';
import { rankNeedMatches, type RankedTarget, type TargetKind } from './need-ranking.ts';
import { excerptOf } from './needs.presenter.ts';
import { needToMatch } from './need-to-match.ts';
import { findDismissedKeys } from './needs.repository.ts';
import type { Stage } from './pipeline.rules.ts';

/**
 * The matches on a need's page and at `GET /api/v1/needs/:id/matches`: three ranked lists, each
 * match with its explanation (reasons in the reader's language, and the machine-readable reasons
 * and component shares they were derived from), whether it was set aside, and its connection.
 */

export interface MatchCard {
	key: string;
	kind: TargetKind;
	title: string;
	href: string;
	/** A line under the title: a solution's summary, an organization's country. */
	detail: string | null;
	/** 0–100. */
	score: number;
	reasons: string[];
	explanation: { reasons: MatchReason[]; components: ComponentShare[] };
	/** What puts a provider or a city here: its relevant solutions and its best offer. */
	basis: {
		solutions: { slug: string; title: string }[];
		offer: { id: number; title: string } | null;
	};
	dismissed: boolean;
	connection: { id: number; stage: Stage } | null;
}

export interface NeedMatches {
	solutions: MatchCard[];
	providers: MatchCard[];
	peerCities: MatchCard[];
}

const BASIS_SHOWN = 3;

/**
 * The ranked matches of a need, for its requester and for curators.
 * @example const { solutions, providers, peerCities } = await getNeedMatches(context, 12)
 */
export async function getNeedMatches(context: ReadContext, needId: number): Promise<NeedMatches> {
	const { db, actor, locale } = context;
	const { row, access } = await findReadableNeed(db, actor, needId);
	const t = translatorFor(locale);
	if (!canSeeMatches(actor, access)) throw forbidden(t('match.error.forbidden'));
	const ranked = await rankNeedMatches(db, await needToMatch(db, row), {
		excludeOrganizationId: row.organization_id,
		excludeCityId: row.city_id
	});
	const all = [...ranked.solutions, ...ranked.providers, ...ranked.peerCities];
	const solutionIds = new Set(
		all.flatMap((target) => target.basis.solutionIds.slice(0, BASIS_SHOWN))
	);
	for (const target of ranked.solutions) solutionIds.add(target.id);
	const [solutions, organizations, cities, offers, dismissed, connections, countries] =
		await Promise.all([
			findSolutionNames(db, [...solutionIds]),
			findOrganizationNames(
				db,
				ranked.providers.map((target) => target.id)
			),
			findCityNames(
				db,
				ranked.peerCities.map((target) => target.id)
			),
			findOfferNames(
				db,
				all.flatMap((target) => (target.basis.offerId === null ? [] : [target.basis.offerId]))
			),
			findDismissedKeys(db, row.id),
			findNeedConnections(db, row.id),
			countryNames(db, locale)
		]);
	const names = await loadReasonNames(
		db,
		locale,
		all.flatMap((target) => target.explanation.reasons)
	);
	const solutionById = new Map(solutions.map((solution) => [solution.id, solution]));
	const organizationById = new Map(
		organizations.map((organization) => [organization.id, organization])
	);
	const cityById = new Map(cities.map((city) => [city.id, city]));
	const offerById = new Map(offers.map((offer) => [offer.id, offer]));
	const connectionByKey = new Map(
		connections.flatMap((connection) =>
			connection.target_key ? [[connection.target_key, connection] as const] : []
		)
	);

	const card = (target: RankedTarget): MatchCard | null => {
		const heading = headingOf(target);
		if (!heading) return null;
		const connection = connectionByKey.get(target.key);
		return {
			key: target.key,
			kind: target.kind,
			...heading,
			score: Math.round(target.score * 100),
			reasons: describeReasons(t, target.explanation.reasons, names),
			explanation: target.explanation,
			basis: {
				solutions:
					target.kind === 'solution'
						? []
						: target.basis.solutionIds.slice(0, BASIS_SHOWN).flatMap((id) => {
								const solution = solutionById.get(id);
								return solution ? [{ slug: solution.slug, title: solution.title }] : [];
							}),
				offer: target.basis.offerId === null ? null : (offerById.get(target.basis.offerId) ?? null)
			},
			dismissed: dismissed.has(target.key),
			connection: connection ? { id: connection.id, stage: connection.stage } : null
		};
	};
	const headingOf = (target: RankedTarget) => {
		switch (target.kind) {
			case 'solution': {
				const solution = solutionById.get(target.id);
				return solution
					? {
							title: solution.title,
							href: `/solutions/${solution.slug}`,
							detail: excerptOf(solution.summary)
						}
					: null;
			}
			case 'provider': {
				const organization = organizationById.get(target.id);
				return organization
					? {
							title: organization.name,
							href: `/partners/${organization.slug}`,
							detail: organization.country_code
								? (countries.get(organization.country_code) ?? organization.country_code)
								: null
						}
					: null;
			}
			case 'peer-city': {
				const city = cityById.get(target.id);
				// Cities have no page of their own: the city's most relevant solution stands for it.
				const solution = solutionById.get(target.basis.solutionIds[0] ?? 0);
				return city && solution
					? {
							title: city.name,
							href: `/solutions/${solution.slug}`,
							detail: countries.get(city.country_code) ?? city.country_code
						}
					: null;
			}
		}
	};
	const cards = (targets: RankedTarget[]) =>
		targets.map(card).filter((item): item is MatchCard => item !== null);
	return {
		solutions: cards(ranked.solutions),
		providers: cards(ranked.providers),
		peerCities: cards(ranked.peerCities)
	};
}

/** The names an explanation's reasons need: sectors, countries and the regions of the places. */
export async function loadReasonNames(
	db: Kysely<Database>,
	locale: string,
	reasons: MatchReason[]
): Promise<ReasonNames> {
	const places = [
		...new Set(reasons.flatMap((reason) => (reason.kind === 'place' ? [reason.country] : [])))
	];
	const [taxonomy, countries, regions] = await Promise.all([
		taxonomyNames(db, locale),
		countryNames(db, locale),
		findCountryRegions(db, places)
	]);
	return {
		locale,
		sectors: taxonomy.sectors,
		countries,
		regions: new Map(regions.map((region) => [region.code, region]))
	};
}
