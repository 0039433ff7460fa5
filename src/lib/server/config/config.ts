import { z } from 'zod';

/**
 * Runtime configuration, read once from environment variables (documented in `.env.example`).
 * Everything has a default that works on a fresh machine: SQLite under ./data, port 3000 on
 * localhost, and ORIGIN derived from them.
 */
const environmentSchema = z.object({
	DATABASE_URL: z.string().min(1).default('sqlite:./data/galaxy.db'),
	HOST: z.string().min(1).default('localhost'),
	PORT: z.coerce.number().int().min(1).max(65535).default(3000),
	ORIGIN: z.url().optional(),
	DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
	SIGN_IN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).max(86_400).default(900)
});

export interface Config {
	databaseUrl: string;
	host: string;
	port: number;
	origin: string;
	/** `auto`: fill an empty database with the demo data on start; `never`: leave it empty. */
	demoData: 'auto' | 'never';
	/** How long an account stays locked after 11 wrong passwords in a row. */
	signInLockoutSeconds: number;
}

export class ConfigError extends Error {}

/** Reads and validates the configuration; throws a ConfigError naming every bad variable. */
export function readConfig(environment: Record<string, string | undefined> = process.env): Config {
	const parsed = environmentSchema.safeParse(
		Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''))
	);
	if (!parsed.success) {
		const problems = parsed.error.issues.map(
			(issue) => `${issue.path.join('.')}: ${issue.message}`
		);
		throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
	}
	const env = parsed.data;
	const originHost = env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
	return {
		databaseUrl: env.DATABASE_URL,
		host: env.HOST,
		port: env.PORT,
		origin: env.ORIGIN ?? `http://${originHost}:${env.PORT}`,
		demoData: env.DEMO_DATA,
		signInLockoutSeconds: env.SIGN_IN_LOCKOUT_SECONDS
	};
}
