import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'messages', 'static', 'vite.config.ts', 'package-lock.json'];

function newestModification(path: string): number {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path))
		newest = Math.max(newest, newestModification(join(path, entry)));
	return newest;
}

/** True when there is no build, or any source file changed after the build was made. */
export function isBuildStale(root: string, buildDirectory: string): boolean {
	const built = join(buildDirectory, 'handler.js');
	if (!existsSync(built)) return true;
	const builtAt = statSync(built).mtimeMs;
	return SOURCES.some((source) => newestModification(join(root, source)) > builtAt);
}
