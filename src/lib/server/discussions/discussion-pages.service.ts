import type { Kysely } from 'kysely';
import type { ReadContext } from '../context.ts';
import type { Database } from '../db/database.ts';
import { MAX_POST_FILE_BYTES, MAX_POST_FILES } from './discussion-attachments.files.ts';
import { actorUserId, loadCluster } from './discussions-context.ts';
import { BODY_LENGTH, TITLE_LENGTH } from './discussions.schema.ts';
import { canAnnounce, canModerate, canTakePart } from './discussions.policy.ts';
import { isFollowing } from './follows.repository.ts';
import { findClusterPeople } from './mentions.repository.ts';
import { mentionHandle } from './post-content.ts';
import { getThread, listThreads, type ThreadDetail } from './threads.service.ts';

/** The pages of a cluster's discussions, each composed from the use-cases of this module. */

/** How many handles the "you can mention" hint names. */
const MENTION_HINT_SIZE = 8;

export interface MentionHint {
	handles: string[];
	/** How many more people one could mention. */
	more: number;
}

async function mentionHint(
	db: Kysely<Database>,
	clusterId: number,
	readerUserId: number | null
): Promise<MentionHint> {
	const handles = [
		...new Set(
			(await findClusterPeople(db, clusterId))
				.filter((person) => person.id !== readerUserId)
				.map((person) => mentionHandle(person.display_name))
				.filter((handle) => handle !== '')
		)
	];
	return {
		handles: handles.slice(0, MENTION_HINT_SIZE),
		more: Math.max(0, handles.length - MENTION_HINT_SIZE)
	};
}

export const POSTING_LIMITS = {
	title: TITLE_LENGTH,
	body: BODY_LENGTH,
	files: MAX_POST_FILES,
	fileMegabytes: MAX_POST_FILE_BYTES / (1024 * 1024)
};

/** `/clusters/[slug]/discussions`: the threads, and what the reader may do there. */
export async function getDiscussionsPage(context: ReadContext, slug: string, page: number) {
	const { actor, db } = context;
	const { cluster, standing } = await loadCluster(context, { slug });
	const userId = actorUserId(context);
	const [threads, following] = await Promise.all([
		listThreads(context, slug, page),
		userId === null ? false : isFollowing(db, userId, { kind: 'cluster', id: cluster.id })
	]);
	return {
		cluster,
		threads,
		following,
		permissions: {
			takePart: canTakePart(actor, standing),
			announce: canAnnounce(actor, standing),
			moderate: canModerate(standing)
		}
	};
}

/** `/clusters/[slug]/discussions/new`: the form, or why the reader cannot start a thread. */
export async function getNewThreadPage(context: ReadContext, slug: string) {
	const { actor, db } = context;
	const { cluster, standing } = await loadCluster(context, { slug });
	const takePart = canTakePart(actor, standing);
	return {
		cluster,
		permissions: { takePart, announce: canAnnounce(actor, standing) },
		mentions: takePart
			? await mentionHint(db, cluster.id, actorUserId(context))
			: { handles: [], more: 0 },
		limits: POSTING_LIMITS
	};
}

/** `/clusters/[slug]/discussions/[thread]`: the thread, its posts, and the reply form's hints. */
export async function getThreadPage(
	context: ReadContext,
	address: { slug: string; threadId: number },
	page: number
): Promise<
	ThreadDetail & { following: boolean; mentions: MentionHint; limits: typeof POSTING_LIMITS }
> {
	const detail = await getThread(context, address, page);
	const userId = actorUserId(context);
	const [following, mentions] = await Promise.all([
		userId === null
			? false
			: isFollowing(context.db, userId, { kind: 'thread', id: detail.thread.id }),
		detail.permissions.reply
			? mentionHint(context.db, detail.cluster.id, userId)
			: { handles: [], more: 0 }
	]);
	return { ...detail, following, mentions, limits: POSTING_LIMITS };
}
