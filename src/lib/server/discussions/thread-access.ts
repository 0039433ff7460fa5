import type { ClusterStanding } from '../clusters/cluster-standing.ts';
import type { ReadContext } from '../context.ts';
import { notFound } from '../http/errors.ts';
import { loadCluster } from './discussions-context.ts';
import { canModerate, canReadThread } from './discussions.policy.ts';
import {
	findThread,
	findThreadById,
	type ClusterRef,
	type ThreadFilter,
	type ThreadRow
} from './threads.repository.ts';

export interface ReadableThread {
	cluster: ClusterRef;
	standing: ClusterStanding;
	thread: ThreadRow;
}

/**
 * A thread the reader may see, with its cluster and the reader's standing there: by the page's
 * address (`slug` and id: a thread of another cluster is not found) or by id alone (the API).
 * A held or hidden thread is a 404 for anyone but its author and moderators.
 */
export async function loadReadableThread(
	context: ReadContext,
	address: { slug: string; threadId: number } | { threadId: number }
): Promise<ReadableThread> {
	let thread: ThreadRow | undefined;
	let found: Awaited<ReturnType<typeof loadCluster>>;
	if ('slug' in address) {
		found = await loadCluster(context, { slug: address.slug });
		thread = await findThread(context.db, found.cluster.id, address.threadId);
	} else {
		thread = await findThreadById(context.db, address.threadId);
		if (!thread) throw notFound('thread');
		found = await loadCluster(context, { id: thread.cluster_id });
	}
	if (!thread || !canReadThread(context.actor, found.standing, thread)) throw notFound('thread');
	return { ...found, thread };
}

/** Which posts and threads the reader sees beyond the visible ones. */
export function readerFilter(context: ReadContext, standing: ClusterStanding): ThreadFilter {
	return {
		everything: canModerate(standing),
		ownerUserId: context.actor.kind === 'user' ? context.actor.userId : null
	};
}
