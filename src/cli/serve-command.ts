import { spawnSync } from 'node:child_process';
import type { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import compression from 'compression';
import type { Config } from '../lib/server/config/config.ts';
import { projectRoot } from '../lib/server/config/paths.ts';
import { securityHeaders } from '../lib/server/http/security-headers.ts';
import { describeDatabase } from './describe-database.ts';
import { isBuildStale } from './build-freshness.ts';

const ORIGIN_PROTOCOL_HEADER = 'x-galaxy-origin-protocol';
const ORIGIN_HOST_HEADER = 'x-galaxy-origin-host';
/** How long a stopping server waits for running jobs (their queue gives them 5 s). */
const SHUTDOWN_GRACE_MS = 8_000;

type NodeHandler = (
	req: import('node:http').IncomingMessage,
	res: import('node:http').ServerResponse,
	next?: () => void
) => void;

/**
 * Serves the built app (adapter-node's handler) behind gzip/brotli compression, building it
 * first when the build is missing or older than the sources. The app itself migrates the
 * database and loads the demo data on start (hooks.server.ts `init`).
 */
export async function runServe(config: Config): Promise<void> {
	const root = projectRoot();
	const buildDirectory = join(root, 'build');
	if (isBuildStale(root, buildDirectory)) {
		console.log('Building the platform (first start, or the sources changed)…');
		const vite = join(root, 'node_modules/vite/bin/vite.js');
		const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
			cwd: root,
			stdio: 'inherit',
			env: { ...process.env, NODE_ENV: 'production' }
		});
		if (result.status !== 0) throw new Error('The build failed; see the messages above.');
	}
	process.env.GALAXY_ROOT = root;
	// Room for the largest form: a discussion post with five 5 MB files (MAX_POST_FILES,
	// MAX_POST_FILE_BYTES) and its text; a cluster resource (10 MB) and a solution attachment
	// (5 MB) fit too.
	process.env.BODY_SIZE_LIMIT ??= '26M';
	// adapter-node 6 no longer reads ORIGIN: it derives each request's origin from headers named
	// by PROTOCOL_HEADER / HOST_HEADER (defaulting to https). We set those headers ourselves from
	// the configured ORIGIN, overwriting anything a client sent, so form posts pass SvelteKit's
	// same-origin check and cookies get the Secure flag exactly when the site is served over HTTPS.
	const publicOrigin = new URL(config.origin);
	process.env.PROTOCOL_HEADER = ORIGIN_PROTOCOL_HEADER;
	process.env.HOST_HEADER = ORIGIN_HOST_HEADER;

	const handlerFile = join(buildDirectory, 'handler.js');
	if (!existsSync(handlerFile)) throw new Error(`No build found at ${handlerFile}.`);
	const { handler } = (await import(pathToFileURL(handlerFile).href)) as { handler: NodeHandler };
	const compress = compression({ threshold: 512 });

	// Static files are answered by adapter-node before the app's hooks run, so the security
	// headers every response needs are set here too.
	const baseHeaders = Object.entries(
		securityHeaders({ https: publicOrigin.protocol === 'https:' })
	);
	const server = createServer((req, res) => {
		for (const [name, value] of baseHeaders) res.setHeader(name, value);
		req.headers[ORIGIN_PROTOCOL_HEADER] = publicOrigin.protocol.slice(0, -1);
		req.headers[ORIGIN_HOST_HEADER] = publicOrigin.host;
		compress(req as never, res as never, () => handler(req, res));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(config.port, config.host, resolve);
	});
	console.log(`South-South Galaxy is serving ${config.origin}`);
	console.log(`Database: ${describeDatabase(config.databaseUrl)}`);

	// Once no request is left, the app hears `sveltekit:shutdown` (as under adapter-node's own
	// server): its job worker finishes the jobs it runs and the database closes, and the process
	// ends. Whatever still runs after the grace period is cut short; it runs again on the next start.
	const stop = (signal: NodeJS.Signals) => {
		setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
		server.close(() => (process as EventEmitter).emit('sveltekit:shutdown', signal));
		server.closeAllConnections();
	};
	process.once('SIGINT', stop);
	process.once('SIGTERM', stop);
}
