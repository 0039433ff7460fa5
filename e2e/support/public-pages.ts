/** Every public page of the demo site: the lists and one detail page of each kind. */
export async function publicPages(origin: string): Promise<string[]> {
	const first = async (path: string) => {
		const response = await fetch(`${origin}${path}`);
		const body = (await response.json()) as { data: { slug: string }[] };
		const slug = body.data[0]?.slug;
		if (!slug) throw new Error(`No record at ${path}`);
		return slug;
	};
	const [solution, partner, project, cluster, knowledge, upcoming] = await Promise.all([
		first('/api/v1/solutions?pageSize=1'),
		first('/api/v1/partners?q=UNOSSC&pageSize=1'),
		first('/api/v1/projects?pageSize=1'),
		first('/api/v1/clusters'),
		first('/api/v1/knowledge?pageSize=1'),
		first('/api/v1/events?when=upcoming&pageSize=1')
	]);
	return [
		'/',
		'/solutions',
		'/solutions?page=2&sdg=11',
		'/solutions?q=water&language=en&region=2',
		'/search?q=waste',
		`/solutions/${solution}`,
		'/needs',
		'/needs/1',
		'/offers',
		'/offers/1',
		'/partners',
		`/partners/${partner}`,
		'/projects',
		`/projects/${project}`,
		'/events',
		'/events?when=past',
		`/events/${WEBINAR_SLUG}`,
		// An upcoming event: times in two zones, places and the registration form.
		`/events/${upcoming}`,
		'/preferences/time-zone',
		'/clusters',
		`/clusters/${cluster}`,
		'/clusters/waste-management',
		'/clusters/waste-management/discussions',
		// The demo's longest thread (ten posts).
		'/clusters/waste-management/discussions/1',
		'/knowledge',
		`/knowledge/${knowledge}`
	];
}

export const WEBINAR_SLUG = 'promoting-sstc-covid-19-recovery-2022';

/**
 * Public pages that are interactive, and may load small enhancement scripts of our own: an
 * upcoming event (registration, and the reader's local time filled in by /js/local-times.js).
 */
export const INTERACTIVE_PAGES = [
	/^\/events\/(?!promoting-sstc-covid-19-recovery-2022)[a-z0-9-]+$/
];
