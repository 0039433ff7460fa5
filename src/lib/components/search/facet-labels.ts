import { languageName } from '#lib/i18n/format.ts';
import type { Translate } from '#lib/i18n/translator.ts';
import type { FacetName } from '#lib/server/search/facets.ts';
import type { FacetValue } from '#lib/server/search/search.service.ts';

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

/** The address of the current search without one filter value (and back to page 1). */
export function withoutFilter(search: string, facet: string, value?: string): string {
	const params = new URLSearchParams(search);
	const kept = params.getAll(facet).filter((v) => value !== undefined && v !== value);
	params.delete(facet);
	for (const v of kept) params.append(facet, v);
	params.delete('page');
	const query = params.toString();
	return query ? `?${query}` : '?';
}
