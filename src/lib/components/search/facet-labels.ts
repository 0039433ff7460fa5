import { languageName } from '#lib/i18n/format.ts';
import type { Translate } from '#lib/i18n/translator.ts';
import type { FacetName } from '#lib/server/search/facets.ts';
import type { FacetValue } from '#lib/server/search/search.service.ts';

const LEGEND_KEYS: Record<FacetName, string> = {
	sdg: 'filter.sdg',
	sector: 'filter.sector',
	region: 'filter.region',
	country: 'filter.country',
	lang: 'filter.language',
	modality: 'filter.modality',
	provider: 'filter.provider',
	year: 'filter.year'
};

/** What each facet is called on a page. */
export function facetLegend(t: Translate, facet: FacetName): string {
	return t(LEGEND_KEYS[facet]);
}

/** How each facet's values read on a page: names from the data, the interface or Intl. */
export function facetLabels(
	t: Translate,
	locale: string
): Record<FacetName, (value: Pick<FacetValue, 'value' | 'label'>) => string> {
	return {
		sdg: (value) => `${value.value}. ${value.label ?? ''}`,
		sector: (value) => value.label ?? value.value,
		region: (value) => value.label ?? value.value,
		country: (value) => value.label ?? value.value,
		lang: (value) => languageName(value.value, locale),
		modality: (value) => t(`modality.${value.value}`),
		provider: (value) => t(`organizationKind.${value.value}`),
		year: (value) => value.value
	};
}

/**
 * The query parameter of a facet on pages. The solution-language facet is `language` there,
 * because `lang` chooses the interface language on every page (the API, which has no interface,
 * calls it `lang`).
 */
export function pageParameter(facet: FacetName): string {
	return facet === 'lang' ? 'language' : facet;
}

/** The API's query parameters for a page's address (`language` → `lang`, interface `lang` dropped). */
export function apiParameters(params: URLSearchParams): URLSearchParams {
	const api = new URLSearchParams(params);
	api.delete('lang');
	for (const value of params.getAll('language')) api.append('lang', value);
	api.delete('language');
	return api;
}

/** The address of the current search without one filter value (and back to page 1). */
export function withoutFilter(search: string, facetName: FacetName, value?: string): string {
	const facet = pageParameter(facetName);
	const params = new URLSearchParams(search);
	const kept = params.getAll(facet).filter((v) => value !== undefined && v !== value);
	params.delete(facet);
	for (const v of kept) params.append(facet, v);
	params.delete('page');
	const query = params.toString();
	return query ? `?${query}` : '?';
}
