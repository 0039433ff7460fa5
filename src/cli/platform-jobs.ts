import { resolve } from 'node:path';
import { runnerImport } from 'vite';
import type { AnyJob } from '../lib/server/jobs/job.ts';

const REGISTRY = resolve(import.meta.dirname, '../lib/server/jobs/registry.ts');

/**
 * The platform's jobs (`jobs/registry.ts`), for a command. Job modules are app code that Vite
 * builds (their emails read the interface messages through `import.meta.glob`), so they are loaded
 * through Vite's module runner, not by Node itself: about two seconds. Only the definitions are
 * used here; the queue and the database stay the command's own.
 */
export async function loadPlatformJobs(): Promise<readonly AnyJob[]> {
	const { module } = await runnerImport<{ PLATFORM_JOBS: readonly AnyJob[] }>(REGISTRY, {
		root: resolve(import.meta.dirname, '../..'),
		configFile: false,
		logLevel: 'error'
	});
	return module.PLATFORM_JOBS;
}
