import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isBuildStale } from '../../src/cli/build-freshness.ts';
import { startServer, type RunningServer } from '../../e2e/support/server.ts';

/**
 * Builds the app when `build/` is missing or older than the sources, as `galaxy serve` would,
 * but up front: a build started by the server would land inside the measurements. Several
 * people share this checkout, and two builds at once trip over each other's `.svelte-kit/`
 * output, so a failed build is retried.
 */
export async function ensureBuild(root: string, attempts = 3): Promise<void> {
	for (let attempt = 1; isBuildStale(root, join(root, 'build')); attempt += 1) {
		console.log('Building the app (build/ is missing or older than the sources)…');
		const result = spawnSync(
			process.execPath,
			[join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
			{ cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } }
		);
		if (result.status === 0) return;
		if (attempt >= attempts) throw new Error('The build failed; see the messages above.');
		console.log('The build failed (another build running at the same time?); trying again…');
		await new Promise((wait) => setTimeout(wait, 10_000));
	}
}

/**
 * The real server (`galaxy serve`, as `npm start` runs it) on a bench database, in its own
 * process, without the demo data.
 */
export function startBenchServer(databaseUrl: string): Promise<RunningServer> {
	return startServer(databaseUrl, { DEMO_DATA: 'never' });
}
