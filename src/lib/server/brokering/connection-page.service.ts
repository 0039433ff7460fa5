import type { ReadContext } from '../context.ts';
import { forbidden } from '../http/errors.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { canRunPipeline } from './brokering.policy.ts';
import { getConnection, type ConnectionDetail } from './connections.service.ts';
import { CLOSE_REASONS, type CloseReason } from './pipeline.rules.ts';

export interface ConnectionPage {
	connection: ConnectionDetail;
	/** The pilot project made from it, if any. */
	project: { slug: string } | null;
	/** A pilot project can be made now (pilot launched, none yet). */
	canCreateProject: boolean;
	closeReasons: readonly CloseReason[];
}

/**
 * A connection's page in the brokering area: the connection with its parties, the match's reasons
 * and its history, the moves the broker may make, and its pilot project. Curators and admins.
 * @example const page = await getConnectionPage(locals, 7)
 */
export async function getConnectionPage(
	context: ReadContext,
	connectionId: number
): Promise<ConnectionPage> {
	if (!canRunPipeline(context.actor)) {
		throw forbidden(translatorFor(context.locale)('pipeline.error.board'));
	}
	const connection = await getConnection(context, connectionId);
	return {
		connection,
		project: connection.projectSlug ? { slug: connection.projectSlug } : null,
		canCreateProject: connection.stage === 'pilot-launched' && connection.projectSlug === null,
		closeReasons: CLOSE_REASONS
	};
}
