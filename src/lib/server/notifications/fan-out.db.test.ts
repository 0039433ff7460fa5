import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { fanOut } from './fan-out.ts';
import {
	cluster,
	emailOf,
	follow,
	jobWorld,
	organization,
	ORIGIN,
	person,
	replyEvent
} from './notifications.fixtures.ts';
import { notifierFor } from './notify.ts';

describeOnDialects('notification fan-out', 'empty', (db) => {
	const rowsOf = (title: string) =>
		db()
			.selectFrom('notifications')
			.selectAll()
			.where('title', '=', title)
			.orderBy('user_id')
			.execute();
	const setPreference = (userId: number, kind: string, delivery: 'immediate' | 'daily' | 'off') =>
		db()
			.insertInto('notification_preferences')
			.values({ user_id: userId, kind, delivery })
			.execute();

	/** A cluster coordinated by one organization, with a member organization and followers. */
	async function community() {
		const [actor, named, threadFollower, bothFollower, coordinator, coordinatorColleague] =
			await Promise.all(
				['Actor', 'Named', 'Thread follower', 'Both follower', 'Coordinator', 'Colleague'].map(
					(name) => person(db(), name)
				)
			);
		const [memberPerson, applicantPerson] = await Promise.all([
			person(db(), 'Member'),
			person(db(), 'Applicant')
		]);
		const coordinating = await organization(db(), [
			{ userId: coordinator!.userId, role: 'editor' },
			{ userId: coordinatorColleague!.userId, role: 'member' }
		]);
		const member = await organization(db(), [{ userId: memberPerson.userId, role: 'editor' }]);
		const applicant = await organization(db(), [
			{ userId: applicantPerson.userId, role: 'editor' }
		]);
		const clusterId = await cluster(db(), 'Waste management', [
			{ id: coordinating, role: 'coordinator' },
			{ id: member, role: 'member' },
			{ id: applicant, role: 'member', status: 'requested' }
		]);
		const threadId = 7000 + clusterId;
		await follow(db(), threadFollower!.userId, 'thread', threadId);
		await follow(db(), bothFollower!.userId, 'thread', threadId);
		await follow(db(), bothFollower!.userId, 'cluster', clusterId);
		await follow(db(), actor!.userId, 'thread', threadId);
		return {
			clusterId,
			threadId,
			actor: actor!.userId,
			named: named!.userId,
			threadFollower: threadFollower!.userId,
			bothFollower: bothFollower!.userId,
			coordinator: coordinator!.userId,
			coordinatorColleague: coordinatorColleague!.userId,
			member: memberPerson.userId,
			applicant: applicantPerson.userId
		};
	}

	it('notifies the people named, the followers and the coordinators, each once, never the actor', async () => {
		const c = await community();
		const world = jobWorld(db());
		const event = replyEvent({
			actorUserId: c.actor,
			clusterId: c.clusterId,
			audience: {
				userIds: [c.named, c.actor, c.threadFollower],
				followersOf: [
					{ kind: 'thread', id: c.threadId },
					{ kind: 'cluster', id: c.clusterId }
				],
				coordinatorsOf: c.clusterId
			}
		});
		expect(await fanOut(world.services, event, 'job-1')).toBe(4);
		const rows = await rowsOf(event.title);
		expect(rows.map((row) => row.user_id)).toEqual(
			[c.named, c.threadFollower, c.bothFollower, c.coordinator].sort((a, b) => a - b)
		);
		expect(rows.every((row) => row.read_at === null && row.actor_user_id === c.actor)).toBe(true);
		expect(rows[0]).toMatchObject({
			kind: 'discussion.reply',
			cluster_id: c.clusterId,
			subject_kind: 'post',
			link: event.link,
			excerpt: event.excerpt
		});
	});

	it('leaves out the people the event excepts, however else they would hear of it', async () => {
		const c = await community();
		const world = jobWorld(db());
		const event = replyEvent({
			actorUserId: c.actor,
			clusterId: c.clusterId,
			audience: {
				userIds: [c.named],
				followersOf: [{ kind: 'thread', id: c.threadId }],
				exceptUserIds: [c.named, c.bothFollower]
			}
		});
		expect(await fanOut(world.services, event, 'job-except')).toBe(1);
		expect((await rowsOf(event.title)).map((row) => row.user_id)).toEqual([c.threadFollower]);
	});

	it('tells every person of the member organizations of an announcement’s cluster', async () => {
		const c = await community();
		const world = jobWorld(db());
		const event = replyEvent({
			kind: 'cluster.announcement',
			actorUserId: c.coordinator,
			clusterId: c.clusterId,
			audience: { followersOf: [{ kind: 'cluster', id: c.clusterId }] }
		});
		await fanOut(world.services, event, 'job-2');
		const rows = await rowsOf(event.title);
		// Not the applicant, whose organization only asked to join; not the coordinator who wrote.
		expect(rows.map((row) => row.user_id)).toEqual(
			[c.coordinatorColleague, c.member, c.bothFollower].sort((a, b) => a - b)
		);
	});

	it('emails at once those who chose immediately, with one-click unsubscribe headers', async () => {
		const [ana, ben, carla] = await Promise.all(
			['Ana', 'Ben', 'Carla'].map((name) => person(db(), name))
		);
		await setPreference(ben!.userId, 'discussion.reply', 'daily');
		await setPreference(carla!.userId, 'discussion.reply', 'off');
		const world = jobWorld(db());
		const event = replyEvent({
			audience: { userIds: [ana!.userId, ben!.userId, carla!.userId] }
		});
		await fanOut(world.services, event, 'job-3');

		const rows = await rowsOf(event.title);
		const byUser = new Map(rows.map((row) => [row.user_id, row]));
		expect(byUser.get(ana!.userId)).toMatchObject({ delivery: 'immediate' });
		expect(byUser.get(ana!.userId)!.emailed_at).toBe('2026-03-02T09:00:00.000Z');
		expect(byUser.get(ben!.userId)).toMatchObject({ delivery: 'daily', emailed_at: null });
		expect(byUser.get(carla!.userId)).toMatchObject({ delivery: 'off', emailed_at: null });

		const emails = world.emails();
		expect(emails).toHaveLength(1);
		const [email] = emails;
		expect(email!.to).toBe(await emailOf(db(), ana!.userId));
		expect(email!.subject).toBe(`Someone replied in “${event.title}”`);
		expect(email!.text).toContain(`${ORIGIN}/notifications/${byUser.get(ana!.userId)!.id}`);
		expect(email!.text).toContain(`${ORIGIN}/account/notifications`);
		const unsubscribe = /<(https:\/\/galaxy\.example\.org\/unsubscribe\?token=[\w-]{43})>/.exec(
			email!.headers!['List-Unsubscribe']!
		);
		expect(unsubscribe).not.toBeNull();
		expect(email!.headers!['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
		expect(email!.text).toContain(unsubscribe![1]);
		const tokens = await db()
			.selectFrom('unsubscribe_tokens')
			.selectAll()
			.where('user_id', '=', ana!.userId)
			.execute();
		expect(tokens).toHaveLength(1);
		expect(tokens[0]).toMatchObject({ kind: 'discussion.reply', used_at: null });
		// Only the hash is kept.
		expect(tokens[0]!.token_hash).not.toContain(unsubscribe![1]!.split('token=')[1]);
	});

	it('shows in the app but does not email a person whose address is not confirmed', async () => {
		const unconfirmed = await person(db(), 'Unconfirmed', { verified: false });
		const world = jobWorld(db());
		const event = replyEvent({ audience: { userIds: [unconfirmed.userId] } });
		await fanOut(world.services, event, 'job-4');
		expect(await rowsOf(event.title)).toHaveLength(1);
		expect(world.emails()).toEqual([]);
	});

	it('does nothing twice when the same job runs again, but a new job is a new event', async () => {
		const ana = await person(db(), 'Ana again');
		const world = jobWorld(db());
		const event = replyEvent({ audience: { userIds: [ana.userId] } });
		expect(await fanOut(world.services, event, 'job-5')).toBe(1);
		expect(await fanOut(world.services, event, 'job-5')).toBe(0);
		expect(await rowsOf(event.title)).toHaveLength(1);
		expect(world.emails()).toHaveLength(1);
		await fanOut(world.services, event, 'job-6');
		expect(await rowsOf(event.title)).toHaveLength(2);
		expect(world.emails()).toHaveLength(2);
	});

	it('runs as the job `notify` queues, and its emails as jobs of their own', async () => {
		const ana = await person(db(), 'Ana by job');
		const world = jobWorld(db());
		const event = replyEvent({ audience: { userIds: [ana.userId] } });
		await notifierFor(world.queue)(db(), event);
		expect(world.queue.pending().map((job) => job.name)).toEqual(['notifications.fan-out']);
		await world.queue.drain(world.services);
		expect(await rowsOf(event.title)).toHaveLength(1);
		expect(world.mailer.sent.map((mail) => mail.to)).toEqual([await emailOf(db(), ana.userId)]);
	});
});
