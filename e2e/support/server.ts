import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

export async function freePort(): Promise<number> {
	return new Promise((resolvePort, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() =>
				typeof address === 'object' && address
					? resolvePort(address.port)
					: reject(new Error('no port'))
			);
		});
	});
}

export interface RunningServer {
	origin: string;
	stop(): Promise<void>;
}

/**
 * Starts the platform exactly as `npm start` does (`galaxy serve`), on its own database and port,
 * and waits until it answers.
 */
export async function startServer(
	databaseUrl: string,
	extraEnv: Record<string, string> = {}
): Promise<RunningServer> {
	const port = await freePort();
	const origin = `http://127.0.0.1:${port}`;
	const uploads = mkdtempSync(join(tmpdir(), 'galaxy-uploads-'));
	const child: ChildProcess = spawn(process.execPath, [resolve(root, 'bin/galaxy.js'), 'serve'], {
		cwd: root,
		env: {
			...process.env,
			DATABASE_URL: databaseUrl,
			HOST: '127.0.0.1',
			PORT: String(port),
			ORIGIN: origin,
			UPLOADS_DIR: uploads,
			...extraEnv
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let output = '';
	child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const deadline = Date.now() + 120_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
		try {
			const response = await fetch(`${origin}/api/v1`);
			if (response.ok) break;
		} catch {
			// not listening yet
		}
		await new Promise((wait) => setTimeout(wait, 250));
	}
	if (Date.now() >= deadline) {
		child.kill('SIGKILL');
		throw new Error(`The server did not answer within 120 s:\n${output}`);
	}
	return {
		origin,
		stop: () =>
			new Promise<void>((done) => {
				const finish = () => {
					rmSync(uploads, { recursive: true, force: true });
					done();
				};
				if (child.exitCode !== null) return finish();
				child.once('exit', finish);
				child.kill('SIGTERM');
				setTimeout(() => child.kill('SIGKILL'), 5000).unref();
			})
	};
}
