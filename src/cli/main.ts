import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ConfigError, readConfig } from '../lib/server/config/config.ts';
import { DomainError } from '../lib/server/http/errors.ts';
import { runMigrate, runReindex, runSeed } from './database-commands.ts';
import { runMatchEvalCommand } from './match-eval-command.ts';
import { runServe } from './serve-command.ts';
import { runUserCreate } from './user-commands.ts';

const USAGE = `Usage: galaxy <command> [options]

Commands:
  serve                 build if needed, migrate, seed an empty database, and serve the platform
  migrate               apply database migrations and load the reference data
  seed --demo           fill an empty platform with the demo data (the October 2022 webinar)
  search:reindex        rebuild the search index from the records
  match-eval --solutions FILE --needs FILE --qrels FILE [--ranker NAME] [--ignore-tags]
                        score the matchmaking ranker on a benchmark (bench/matchmaking/)
  user:create --email <email> --role <member|curator|admin> [--name <name>] [--password-stdin]
                        create an account; without --password-stdin a password is generated
                        and shown once
  jobs:run <job-id> [--payload JSON]
                        queue one run of a background job now (a timetabled one such as a
                        digest), for a running server to do
  jobs:failed           list the background jobs that failed every attempt

Configuration comes from environment variables: see .env.example.`;

async function main(argv: string[]): Promise<number> {
	// A .env file in the project folder is read if present; real environment variables win.
	if (existsSync('.env')) process.loadEnvFile('.env');
	const [command, ...rest] = argv;
	const config = readConfig();
	switch (command) {
		case 'serve':
			parseArgs({ args: rest, options: {} });
			await runServe(config);
			return 0;
		case 'migrate':
			parseArgs({ args: rest, options: {} });
			await runMigrate(config);
			return 0;
		case 'seed': {
			const { values } = parseArgs({ args: rest, options: { demo: { type: 'boolean' } } });
			if (!values.demo) {
				console.error('galaxy seed: only --demo is available (the demo data of the seed webinar).');
				return 2;
			}
			await runSeed(config);
			return 0;
		}
		case 'search:reindex':
			parseArgs({ args: rest, options: {} });
			await runReindex(config);
			return 0;
		case 'match-eval': {
			const { values } = parseArgs({
				args: rest,
				options: {
					solutions: { type: 'string' },
					needs: { type: 'string' },
					qrels: { type: 'string' },
					ranker: { type: 'string', default: 'hybrid' },
					'ignore-tags': { type: 'boolean', default: false }
				}
			});
			if (!values.solutions || !values.needs || !values.qrels) {
				console.error('galaxy match-eval: --solutions, --needs and --qrels are required.');
				return 2;
			}
			await runMatchEvalCommand({
				solutionsFile: values.solutions,
				needsFile: values.needs,
				qrelsFile: values.qrels,
				ranker: values.ranker,
				ignoreTags: values['ignore-tags']
			});
			return 0;
		}
		case 'user:create': {
			const { values } = parseArgs({
				args: rest,
				options: {
					email: { type: 'string' },
					role: { type: 'string', default: 'member' },
					name: { type: 'string' },
					'password-stdin': { type: 'boolean' }
				}
			});
			await runUserCreate(config, {
				email: values.email ?? '',
				role: values.role,
				name: values.name,
				passwordFromStdin: values['password-stdin'] ?? false
			});
			return 0;
		}
		case 'jobs:run': {
			const { values, positionals } = parseArgs({
				args: rest,
				allowPositionals: true,
				options: { payload: { type: 'string' } }
			});
			if (positionals.length !== 1) {
				console.error('galaxy jobs:run: name one job, e.g. galaxy jobs:run mail.send --payload …');
				return 2;
			}
			const { runJobsRun } = await import('./job-commands.ts');
			await runJobsRun(config, { jobId: positionals[0]!, payload: values.payload });
			return 0;
		}
		case 'jobs:failed': {
			parseArgs({ args: rest, options: {} });
			const { runJobsFailed } = await import('./job-commands.ts');
			await runJobsFailed(config);
			return 0;
		}
		case undefined:
		case 'help':
		case '--help':
		case '-h':
			console.log(USAGE);
			return command === undefined ? 2 : 0;
		default:
			console.error(`galaxy: unknown command "${command}"\n\n${USAGE}`);
			return 2;
	}
}

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof ConfigError) {
		console.error(error.message);
	} else if (error instanceof DomainError) {
		console.error(`galaxy: ${error.message}`);
		for (const problem of error.details) console.error(`  ${problem.field}: ${problem.reason}`);
	} else if (
		error instanceof TypeError &&
		'code' in error &&
		String(error.code).startsWith('ERR_PARSE_ARGS')
	) {
		console.error(`galaxy: ${error.message}\n\n${USAGE}`);
	} else {
		console.error(error);
	}
	process.exitCode = 1;
}
