import { randomBytes } from 'node:crypto';
import { text } from 'node:stream/consumers';
import type { Config } from '../lib/server/config/config.ts';
import { openDatabase } from '../lib/server/db/connection.ts';
import { migrateToLatest } from '../lib/server/db/migrate.ts';
import { system } from '../lib/server/identity/actor.ts';
import { createUser } from '../lib/server/identity/identity.service.ts';
import type { CreateUserInput } from '../lib/server/identity/identity.schema.ts';

export async function runUserCreate(
	config: Config,
	options: { email: string; role: string; name?: string; passwordFromStdin: boolean }
): Promise<void> {
	const generated = !options.passwordFromStdin;
	const password = generated
		? randomBytes(18).toString('base64url')
		: (await text(process.stdin)).replace(/\r?\n$/, '');
	const { db, close } = openDatabase(config.databaseUrl);
	try {
		await migrateToLatest(db);
		const user = await createUser({
			db,
			actor: system,
			input: {
				email: options.email,
				role: options.role as CreateUserInput['role'],
				displayName: options.name ?? options.email.split('@')[0] ?? options.email,
				password
			}
		});
		console.log(`Created ${user.role} ${user.email} (id ${user.id}).`);
		if (generated) console.log(`Password (shown once, change it after signing in): ${password}`);
	} finally {
		await close();
	}
}
