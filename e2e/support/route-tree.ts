import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

const ROUTES = resolve(import.meta.dirname, '../../src/routes');
const ENDPOINT_FILES = new Set(['+page.svelte', '+server.ts']);

/**
 * Every route of the app, read from the route tree (`src/routes`), as SvelteKit ids such as
 * `/solutions/[slug]`. A route is a folder holding a page or an endpoint.
 */
export function routeIds(folder = ROUTES): string[] {
	const ids: string[] = [];
	const entries = readdirSync(folder);
	if (entries.some((entry) => ENDPOINT_FILES.has(entry))) {
		const path = relative(ROUTES, folder).split(sep).join('/');
		ids.push(`/${path.replace(/\([^)]+\)\/?/g, '')}`.replace(/\/$/, '') || '/');
	}
	for (const entry of entries) {
		const path = join(folder, entry);
		if (statSync(path).isDirectory()) ids.push(...routeIds(path));
	}
	return ids.sort();
}
