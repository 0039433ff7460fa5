import { resolve } from 'node:path';

/**
 * Where the reference and demo data files live. The `galaxy` command sets GALAXY_ROOT to the
 * project folder, so the server finds its data wherever it is started from.
 */
export function projectRoot(): string {
	return process.env.GALAXY_ROOT ?? process.cwd();
}

export function dataDirectory(): string {
	return resolve(projectRoot(), 'data');
}
