/**
 * The address of another page of a list, keeping every filter of the current one. Page 1 has
 * no `page` parameter, so it has one canonical address.
 * @example pageHref('/solutions', '?sdg=6&page=3', 4) === '/solutions?sdg=6&page=4'
 */
export function pageHref(path: string, search: string, page: number): string {
	const params = new URLSearchParams(search);
	if (page === 1) params.delete('page');
	else params.set('page', String(page));
	const query = params.toString();
	return query ? `${path}?${query}` : path;
}
