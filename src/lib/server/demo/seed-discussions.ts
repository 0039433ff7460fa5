import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import { insertPost } from '../discussions/posts.repository.ts';
import { insertThread } from '../discussions/threads.repository.ts';

const HOUR = 60 * 60 * 1000;

/**
 * A few discussions in the demo clusters, so their pages show how members talk. No demo account
 * exists (demo data never comes with a known password), so nobody wrote them: their author is
 * null and pages say "a member". The first thread of Waste Management has ten posts.
 */
const demoThreads: {
	cluster: string;
	title: string;
	kind?: 'announcement';
	pinned?: boolean;
	/** Opening post first; each post some hours after the thread started. */
	posts: { hoursAfter: number; body: string }[];
	/** How long before the seeding the thread started. */
	hoursAgo: number;
}[] = [
	{
		cluster: 'waste-management',
		title: 'Separating organic waste at the market: what worked for you?',
		hoursAgo: 240,
		posts: [
			{
				hoursAfter: 0,
				body: 'Our central market produces most of the town’s organic waste, and it ends up mixed with plastics at the dump site. We want traders to **separate organic waste at source** before we start composting.\n\nHow did you get traders to take part, and what did it cost?'
			},
			{
				hoursAfter: 3,
				body: 'We started with one row of vegetable sellers, not the whole market. Two bins per stall (green for organic, grey for the rest) and a daily collection at closing time. After a month the other rows asked to join.'
			},
			{
				hoursAfter: 5,
				body: 'The traders’ association was the key for us. We signed a short agreement with them:\n\n- the council empties the bins every evening,\n- the association checks the sorting,\n- stalls that sort well pay a lower market fee.'
			},
			{
				hoursAfter: 9,
				body: 'How much did the bins cost you? We priced sturdy 120-litre bins at about 25 USD each, which is a lot for 400 stalls.'
			},
			{
				hoursAfter: 12,
				body: 'Local welders made ours from cut oil drums with a lid, painted green. Roughly a third of the price, and they last.'
			},
			{
				hoursAfter: 26,
				body: 'One warning from our side: the compost needs a buyer before you start. We had three months of compost piling up until farmers’ cooperatives agreed to take it.'
			},
			{
				hoursAfter: 30,
				body: 'Agreed. We sell ours to the urban gardens project at a symbolic price, and the parks department uses the rest.'
			},
			{
				hoursAfter: 48,
				body: 'Did anyone measure the change? We would like numbers for the council: tonnes diverted from the dump site, collection costs before and after.'
			},
			{
				hoursAfter: 55,
				body: 'We weighed the trucks for two weeks before and after. Organic waste reaching the dump site fell by **about 40 %** in the first six months. The Waste Wise Cities Tool in the cluster’s resources explains how to measure it.'
			},
			{
				hoursAfter: 70,
				body: 'Thank you all. We will start with one row of stalls and the traders’ association, as several of you did, and report back here.'
			}
		]
	},
	{
		cluster: 'waste-management',
		title: 'Peer exchange on landfill management: expressions of interest',
		kind: 'announcement',
		pinned: true,
		hoursAgo: 96,
		posts: [
			{
				hoursAfter: 0,
				body: 'The cluster is organizing a peer exchange on **closing and rehabilitating open dump sites**. Member cities that manage a landfill, or plan one, are invited to say in this thread whether they would like to host or join a visit.'
			},
			{
				hoursAfter: 20,
				body: 'We would like to join. Our dump site is near the river and floods every rainy season.'
			}
		]
	},
	{
		cluster: 'energy',
		title: 'Mini-grid tariffs that households can pay',
		hoursAgo: 150,
		posts: [
			{
				hoursAfter: 0,
				body: 'Small hydropower mini-grids in our district work technically, but many households stop paying after a few months. What tariff models worked for you: flat monthly fees, prepaid meters, or something else?'
			},
			{
				hoursAfter: 6,
				body: 'Prepaid meters worked for us once there was a place in each village to top them up. Before that, people had to travel to town and simply stopped.'
			},
			{
				hoursAfter: 30,
				body: 'We combine a small flat fee for lighting with a higher rate for productive use (mills, welding). Businesses pay for most of the maintenance.'
			}
		]
	}
];

/** Seeds the demo threads and their posts through the discussion repositories. */
export async function seedDiscussions(
	trx: Kysely<Database>,
	clusterIds: Map<string, number>,
	now: Date
): Promise<void> {
	for (const thread of demoThreads) {
		const clusterId = clusterIds.get(thread.cluster);
		if (clusterId === undefined) {
			throw new Error(`Demo thread "${thread.title}": unknown cluster "${thread.cluster}"`);
		}
		const at = (hoursAfter: number) =>
			new Date(now.getTime() - (thread.hoursAgo - hoursAfter) * HOUR).toISOString();
		const lastPost = thread.posts.at(-1)!;
		const threadId = await insertThread(trx, {
			cluster_id: clusterId,
			title: thread.title,
			kind: thread.kind ?? 'discussion',
			status: 'visible',
			author_user_id: null,
			pinned: thread.pinned ? 1 : 0,
			locked: 0,
			created_at: at(0),
			last_activity_at: at(lastPost.hoursAfter)
		});
		for (const post of thread.posts) {
			await insertPost(trx, {
				thread_id: threadId,
				author_user_id: null,
				body: post.body,
				status: 'visible',
				created_at: at(post.hoursAfter),
				updated_at: at(post.hoursAfter)
			});
		}
	}
}
