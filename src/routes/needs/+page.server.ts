import { getNeedChoices } from '#lib/server/brokering/need-pages.service.ts';
import { listNeeds } from '#lib/server/brokering/needs.service.ts';
import type { PageServerLoad } from './$types';

/** Public: the needs the reader may see (members-only ones for members, and their own). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const query = Object.fromEntries(
		[...url.searchParams].filter(([key, value]) => value !== '' && key !== 'lang')
	);
	const [needs, choices] = await Promise.all([listNeeds(locals, query), getNeedChoices(locals)]);
	return {
		query,
		search: url.search,
		choices,
		signedIn: locals.user !== null,
		deleted: url.searchParams.get('deleted') === '1',
		...needs
	};
};
