import type { Kysely } from 'kysely';
import { ENGLISH, MESSAGES } from '../i18n/messages.ts';
import type { Config } from './config/config.ts';
import { openDatabase, type DatabaseHandle } from './db/connection.ts';
import type { Database } from './db/database.ts';
import { createPostingLimiters } from './discussions/discussions-context.ts';
import { createRateLimiters, type RateLimiter, type RateLimiters } from './http/rate-limit.ts';
import type { AccountContext, ComposeEmail } from './identity/identity.dependencies.ts';
import { renderEmail } from './mail/email-templates.ts';
import { readMailConfig } from './mail/mail.config.ts';
import { queuedMailer } from './mail/mail-jobs.ts';
import { createMailer, type Mailer } from './mail/mail.service.ts';
import type { JobQueue } from './jobs/job.ts';
import { createJobQueue } from './jobs/job-queue.ts';
import { PLATFORM_JOBS } from './jobs/registry.ts';
import { notifierFor } from './notifications/notify.ts';
import { matchIndexFor } from './matching/match-index-cache.ts';
import { prepareDatabase } from './setup/prepare-database.ts';

/**
 * What the process holds: the database pool, the job queue, the mailer and the rate limiters. None
 * of it is per-user state (rate limits and jobs live in PostgreSQL when it is used), so any number
 * of app servers can run side by side against the same database.
 */
interface Runtime {
	handle: DatabaseHandle;
	queue: JobQueue;
	/** Queues each email as a `mail.send` job; the worker sends it with the direct mailer. */
	mailer: Mailer;
	limiters: RateLimiters;
	/** Discussion posts per person: a burst limit and a daily one. */
	postingLimiters: RateLimiter[];
	origin: string;
}

let current: Runtime | undefined;

const composeEmail: ComposeEmail = (template, locale, values) =>
	renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values);

export async function startRuntime(config: Config, dataDirectory: string): Promise<void> {
	if (current) return;
	const handle = openDatabase(config.databaseUrl);
	await prepareDatabase(handle.db, { demo: config.demoData === 'auto', dataDirectory });
	const queue = createJobQueue(handle, {
		services: {
			now: () => new Date(),
			mailer: createMailer({ db: handle.db, config: readMailConfig() }),
			origin: config.origin
		},
		// `off`: this process only queues jobs, and processes started without it run them.
		worker: process.env.JOBS_WORKER !== 'off'
	});
	await queue.start(PLATFORM_JOBS);
	current = {
		handle,
		queue,
		mailer: queuedMailer(queue, handle.db),
		limiters: createRateLimiters(handle, {
			signInPerAccount: { durationSeconds: config.signInLockoutSeconds }
		}),
		postingLimiters: createPostingLimiters(handle),
		origin: config.origin
	};
	if (process.env.MATCH_INDEX_WARMUP !== 'off') warmUpMatchIndex(handle.db);
}

/**
 * Builds the match index in the background, so the first need page after a start does not wait
 * for it (about a minute at 100,000 solutions, `matching/README.md`); a ranking asked for
 * meanwhile waits for the same build. On failure the first ranking builds it instead.
 * `MATCH_INDEX_WARMUP=off` leaves it to the first ranking.
 */
function warmUpMatchIndex(db: Kysely<Database>): void {
	// After the start returns: compiling the concept lexicon alone blocks for about a second.
	setImmediate(() => {
		matchIndexFor(db).catch((error: unknown) => {
			console.error('Building the match index in the background failed:', error);
		});
	});
}

function runtime(): Runtime {
	if (!current) throw new Error('The runtime is not started: startRuntime() has not run.');
	return current;
}

export function database(): Kysely<Database> {
	return runtime().handle.db;
}

export function apiWriteLimiter() {
	return runtime().limiters.writeApi;
}

export function discussionPostingLimiters(): RateLimiter[] {
	return runtime().postingLimiters;
}

/** The collaborators of the account use-cases, for a request's database. */
export function accountContext(db: Kysely<Database>): AccountContext {
	const { mailer, limiters, origin } = runtime();
	return { db, mailer, limiters, composeEmail, origin };
}

/** The collaborators of use-cases that send email on behalf of a signed-in person. */
export function mailingContext(locals: App.Locals) {
	const { mailer, origin } = runtime();
	return {
		db: locals.db,
		actor: locals.actor,
		locale: locals.locale,
		mailer,
		composeEmail,
		origin
	};
}

/** The process's job queue, started with every job of the platform (`jobs/registry.ts`). */
export function jobQueue(): JobQueue {
	return runtime().queue;
}

/**
 * The collaborators of cluster, discussion and notification use-cases: who asks, and how to tell
 * others (notifications are fanned out by a job queued in the caller's transaction).
 */
export function communityContext(locals: App.Locals) {
	const { origin } = runtime();
	return {
		db: locals.db,
		actor: locals.actor,
		locale: locals.locale,
		notify: notifierFor(jobQueue()),
		origin
	};
}

/** Stops the job worker (running jobs finish, briefly), then closes the database. */
export async function stopRuntime(): Promise<void> {
	const stopping = current;
	current = undefined;
	await stopping?.queue.stop();
	await stopping?.handle.close();
}
