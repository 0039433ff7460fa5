import type { Translate } from '../../i18n/translator.ts';
import { conceptLabel } from './concept-labels.ts';
import type { MatchReason } from './match-explanation.ts';

/** Words an explanation's reasons in the reader's language. */

export interface ReasonNames {
	locale: string;
	sectors: Map<string, { name: string }>;
	countries: Map<string, string>;
	regions: Map<
		string,
		{
			region_name: string;
			sub_region_name: string;
			intermediate_region_name: string | null;
		}
	>;
}

function list(locale: string, items: string[]): string {
	try {
		return new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(items);
	} catch {
		return items.join(', ');
	}
}

function languageName(locale: string, code: string): string {
	try {
		return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
	} catch {
		return code;
	}
}

function placeName(reason: Extract<MatchReason, { kind: 'place' }>, names: ReasonNames): string {
	const regions = names.regions.get(reason.country);
	switch (reason.level) {
		case 'country':
			return names.countries.get(reason.country) ?? reason.country;
		case 'intermediate-region':
			return regions?.intermediate_region_name ?? regions?.sub_region_name ?? reason.country;
		case 'sub-region':
			return regions?.sub_region_name ?? reason.country;
		case 'region':
			return regions?.region_name ?? reason.country;
	}
}

/** One sentence fragment per reason, in the order given. */
export function describeReasons(
	t: Translate,
	reasons: MatchReason[],
	names: ReasonNames
): string[] {
	return reasons.map((reason) => {
		switch (reason.kind) {
			case 'problem':
				return t('match.reason.problem', {
					concepts: list(
						names.locale,
						reason.concepts.map((concept) => conceptLabel(concept, names.locale))
					)
				});
			case 'wording':
				return t('match.reason.wording');
			case 'sectors':
				return t('match.reason.sectors', {
					sectors: list(
						names.locale,
						reason.sectors.map((slug) => names.sectors.get(slug)?.name ?? slug)
					)
				});
			case 'sdgs':
				return t('match.reason.sdgs', {
					count: reason.goals.length,
					goals: reason.goals.join(', ')
				});
			case 'place':
				return t(
					reason.level === 'country' ? 'match.reason.sameCountry' : 'match.reason.sameRegion',
					{
						place: placeName(reason, names)
					}
				);
			case 'development-group':
				return t('match.reason.group', {
					groups: list(
						names.locale,
						reason.groups.map((group) => t(`match.group.${group}`))
					)
				});
			case 'city-size':
				return t('match.reason.citySize', { population: reason.population });
			case 'language':
				return t('match.reason.language', {
					languages: list(
						names.locale,
						reason.languages.map((code) => languageName(names.locale, code))
					)
				});
			case 'evidence':
				// Say only what there is: figures in the results, several places, or both.
				if (reason.figures > 0 && reason.places > 1) {
					return t('match.reason.evidence', { figures: reason.figures, places: reason.places });
				}
				if (reason.places > 1) return t('match.reason.replicated', { places: reason.places });
				return t('match.reason.figures', { figures: reason.figures });
		}
	});
}
