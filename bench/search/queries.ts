/**
 * The fixed query set: what visitors type, in the corpus's languages, from one common word to
 * four words, with a phrase, exclusions, facet filters, sort and paging, and some browsing with
 * filters and no text. Every word is in the vocabularies (bench/search/vocabulary), so common
 * words ("water") match thousands of solutions and rare ones ("biochar") a few.
 */
export interface BenchQuery {
	/** The query string of `/api/v1/solutions?…`, unencoded for readability. */
	text: string;
	/** The reader's language: the service's `locale`, the HTTP `Accept-Language`. */
	locale: string;
}

export type QueryGroup = 'text' | 'facets';

const FACET_PARAMETERS = [
	'sdg',
	'sector',
	'region',
	'country',
	'lang',
	'modality',
	'provider',
	'year'
];

export const BENCH_QUERIES: BenchQuery[] = [
	// text only
	{ text: 'q=water', locale: 'en' },
	{ text: 'q=composting', locale: 'en' },
	{ text: 'q=composted', locale: 'en' },
	{ text: 'q=solar energy', locale: 'en' },
	{ text: 'q=bus rapid transit', locale: 'en' },
	{ text: 'q="waste collection"', locale: 'en' },
	{ text: 'q=recycling -plastic', locale: 'en' },
	{ text: 'q=biochar', locale: 'en' },
	{ text: 'q=flood early warning resilience', locale: 'en' },
	{ text: 'q=mobile money municipality', locale: 'en' },
	{ text: 'q=community health workers malaria', locale: 'en' },
	{ text: 'q=desalination&sort=newest', locale: 'en' },
	{ text: 'q=housing&page=2', locale: 'en' },
	{ text: 'q=budget 2019', locale: 'en' },
	{ text: 'q=ciudades', locale: 'en' },
	{ text: 'q=agua potable', locale: 'es' },
	{ text: 'q=reciclaje', locale: 'es' },
	{ text: 'q=compostaje vivienda social', locale: 'es' },
	{ text: 'q=assainissement', locale: 'fr' },
	{ text: 'q=ordures ménagères', locale: 'fr' },
	{ text: 'q=énergie solaire -batteries', locale: 'fr' },
	{ text: 'q=saneamento básico', locale: 'pt' },
	{ text: 'q=mobilidade urbana', locale: 'pt' },
	{ text: 'q=المياه', locale: 'ar' },
	{ text: 'q=إعادة التدوير', locale: 'ar' },
	{ text: 'q=водоснабжение', locale: 'ru' },
	{ text: 'q=переработка отходов', locale: 'ru' },
	{ text: 'q=垃圾分类', locale: 'zh' },
	{ text: 'q=太阳能', locale: 'zh' },
	// text with facet filters
	{ text: 'q=water&sdg=6', locale: 'en' },
	{ text: 'q=waste&sdg=11&region=2', locale: 'en' },
	{ text: 'q=solar&sector=renewable-energy', locale: 'en' },
	{ text: 'q=transport&country=KE', locale: 'en' },
	{ text: 'q=agua&lang=es', locale: 'es' },
	{ text: 'q=housing&region=419&sort=newest', locale: 'en' },
	{ text: 'q=energy&modality=triangular', locale: 'en' },
	{ text: 'q=health&year=2020', locale: 'en' },
	{ text: 'q=training&provider=city&page=2', locale: 'en' },
	{ text: 'q=déchets&region=2&sdg=12', locale: 'fr' },
	{ text: 'q=climate adaptation&sdg=13&sector=climate-adaptation', locale: 'en' },
	// filters only, and browsing everything
	{ text: 'sdg=11', locale: 'en' },
	{ text: 'region=2&sdg=6', locale: 'en' },
	{ text: 'sector=waste-management&sort=newest', locale: 'en' },
	{ text: 'region=419&page=2', locale: 'pt' },
	{ text: 'lang=fr&modality=triangular', locale: 'fr' },
	{ text: 'provider=ngo&year=2015&year=2016', locale: 'en' },
	{ text: '', locale: 'en' }
];

/** Text only, or with facet filters (which includes browsing with no text). */
export function queryGroup(query: BenchQuery): QueryGroup {
	const params = searchParams(query);
	return params.has('q') && !FACET_PARAMETERS.some((name) => params.has(name)) ? 'text' : 'facets';
}

export function searchParams(query: BenchQuery): URLSearchParams {
	return new URLSearchParams(query.text);
}
