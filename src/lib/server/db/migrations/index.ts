import type { Migration } from 'kysely/migration';
import * as initialSchema from './0001-initial-schema.ts';
import * as identitySecurity from './0002-identity-security.ts';
import * as solutionWorkflowSearch from './0003-solution-workflow-search.ts';
import * as brokering from './0004-brokering.ts';
import * as clusterCommunity from './0005-cluster-community.ts';
import * as eventsKnowledge from './0006-events-knowledge.ts';

/**
 * Every migration, in order. Listed statically (not read from a folder at run time) so that the
 * bundled server and the CLI apply exactly the same set. Names never change once released.
 */
export const migrations: Record<string, Migration> = {
	'0001-initial-schema': initialSchema,
	'0002-identity-security': identitySecurity,
	'0003-solution-workflow-search': solutionWorkflowSearch,
	'0004-brokering': brokering,
	'0005-cluster-community': clusterCommunity,
	'0006-events-knowledge': eventsKnowledge
};
