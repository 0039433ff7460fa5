import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { DomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { makePerson } from '../solutions/solution-translations.fixtures.ts';
import { getClusterManagement } from './cluster-management.service.ts';
import {
	decideMembership,
	getClusterViewer,
	getJoinForm,
	leaveCluster,
	removeMember,
	requestMembership
} from './cluster-membership.service.ts';
import {
	clusterId,
	KOIDU,
	organizationId,
	personOf,
	recordingNotify,
	writeContext
} from './clusters.fixtures.ts';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('expected a domain error');
}

const STATEMENT = 'Koidu wants to learn how peers fund their waste collection.';

describeOnDialects('cluster membership', 'demo', (db) => {
	let koiduEditor: Actor & { kind: 'user' };
	let koiduMember: Actor & { kind: 'user' };
	let inshpEditor: Actor & { kind: 'user' };
	let unosscEditor: Actor & { kind: 'user' };
	let curator: Actor & { kind: 'user' };
	let energy: number;
	let koidu: number;

	beforeAll(async () => {
		koiduEditor = await personOf(db(), KOIDU, 'editor');
		koiduMember = await personOf(db(), KOIDU, 'member');
		// Energy is coordinated by UNOSSC and the small hydropower centre (INSHP).
		inshpEditor = await personOf(db(), 'inshp', 'editor');
		unosscEditor = await personOf(db(), 'unossc', 'editor');
		curator = await makePerson(db(), 'curator');
		energy = await clusterId(db(), 'energy');
		koidu = await organizationId(db(), KOIDU);
	});

	const membership = () =>
		db()
			.selectFrom('cluster_memberships')
			.selectAll()
			.where('cluster_id', '=', energy)
			.where('organization_id', '=', koidu)
			.executeTakeFirst();

	it('lets an organization’s editor ask to join, and tells the coordinators', async () => {
		const notify = recordingNotify();
		const before = await getJoinForm({ db: db(), actor: koiduEditor, locale: 'en' }, 'energy');
		expect(before.eligible.map((o) => o.slug)).toEqual([KOIDU]);

		await requestMembership(writeContext(db(), koiduEditor, notify), 'energy', {
			organization: KOIDU,
			statement: `  ${STATEMENT}  `
		});
		expect(await membership()).toMatchObject({
			status: 'requested',
			role: 'member',
			statement: STATEMENT,
			requested_by: koiduEditor.userId
		});
		expect(notify.events).toEqual([
			expect.objectContaining({
				kind: 'cluster.membership-requested',
				actorUserId: koiduEditor.userId,
				clusterId: energy,
				subject: { kind: 'membership', id: koidu },
				excerpt: STATEMENT,
				link: '/clusters/energy/manage#requests',
				audience: { coordinatorsOf: energy }
			})
		]);
		const audit = await db()
			.selectFrom('audit_events')
			.select(['action', 'subject_id'])
			.where('action', '=', 'cluster.membership-requested')
			.where('actor_user_id', '=', koiduEditor.userId)
			.execute();
		expect(audit).toEqual([{ action: 'cluster.membership-requested', subject_id: String(energy) }]);

		const after = await getJoinForm({ db: db(), actor: koiduEditor, locale: 'en' }, 'energy');
		expect(after.eligible).toEqual([]);
		expect(after.pending.map((o) => o.slug)).toEqual([KOIDU]);
		const viewer = await getClusterViewer({ db: db(), actor: koiduEditor, locale: 'en' }, energy);
		expect(viewer).toMatchObject({ canAskToJoin: false, canCoordinate: false });
		expect(viewer.pending.map((o) => o.slug)).toEqual([KOIDU]);
	});

	it('answers 409 to a second request while the first is pending', async () => {
		const notify = recordingNotify();
		const error = await failure(
			requestMembership(writeContext(db(), koiduEditor, notify), 'energy', {
				organization: KOIDU,
				statement: STATEMENT
			})
		);
		expect(error.code).toBe('conflict');
		expect(error.message).toMatch(/already asked/);
		expect(notify.events).toEqual([]);
	});

	it('refuses people who do not edit the organization, and visitors', async () => {
		const input = { organization: KOIDU, statement: STATEMENT };
		expect(
			(
				await failure(
					requestMembership(writeContext(db(), koiduMember), 'agriculture-food-systems', input)
				)
			).code
		).toBe('forbidden');
		expect(
			(
				await failure(
					requestMembership(writeContext(db(), visitor), 'agriculture-food-systems', input)
				)
			).code
		).toBe('unauthenticated');
		expect(
			(await failure(getJoinForm({ db: db(), actor: visitor, locale: 'en' }, 'energy'))).code
		).toBe('unauthenticated');
	});

	it('checks the statement and the organization, naming the field', async () => {
		const ask = (input: Record<string, unknown>) =>
			failure(
				requestMembership(writeContext(db(), koiduEditor), 'agriculture-food-systems', input)
			);
		const short = await ask({ organization: KOIDU, statement: 'Too short' });
		expect(short).toMatchObject({ code: 'invalid_input' });
		expect(short.details).toEqual([
			{ field: 'statement', reason: 'Write at least 10 characters.' }
		]);
		const long = await ask({ organization: KOIDU, statement: 'x'.repeat(1001) });
		expect(long.details).toEqual([
			{ field: 'statement', reason: 'Keep this to 1000 characters or fewer.' }
		]);
		const unknown = await ask({ organization: 'no-such-organization', statement: STATEMENT });
		expect(unknown.details.map((d) => d.field)).toEqual(['organization']);
		expect((await ask({ statement: STATEMENT })).details.map((d) => d.field)).toEqual([
			'organization'
		]);
		expect(
			(
				await failure(
					requestMembership(writeContext(db(), koiduEditor), 'no-such-cluster', {
						organization: KOIDU,
						statement: STATEMENT
					})
				)
			).code
		).toBe('not_found');
	});

	it('lets only the cluster’s coordinators and curators decide', async () => {
		const decide = (actor: Actor) =>
			failure(
				decideMembership(writeContext(db(), actor), 'energy', {
					organization: KOIDU,
					decision: 'approve'
				})
			);
		expect((await decide(koiduEditor)).code).toBe('forbidden');
		// UNOSSC coordinates every cluster, but only its editors do, not any signed-in person.
		expect((await decide(await makePerson(db()))).code).toBe('forbidden');
		expect(
			(
				await failure(
					getClusterManagement({ db: db(), actor: koiduEditor, locale: 'en' }, 'energy', 'Global')
				)
			).code
		).toBe('forbidden');
		const manage = await getClusterManagement(
			{ db: db(), actor: inshpEditor, locale: 'en' },
			'energy',
			'Global'
		);
		expect(manage.requests).toEqual([
			expect.objectContaining({
				organization: expect.objectContaining({ slug: KOIDU }),
				statement: STATEMENT
			})
		]);
		expect((await membership())?.status).toBe('requested');
	});

	it('takes one decision when two coordinators decide at the same moment', async () => {
		const notify = recordingNotify();
		const results = await Promise.allSettled([
			decideMembership(writeContext(db(), inshpEditor, notify), 'energy', {
				organization: KOIDU,
				decision: 'approve',
				note: 'Welcome to the cluster!'
			}),
			decideMembership(writeContext(db(), unosscEditor, notify), 'energy', {
				organization: KOIDU,
				decision: 'decline'
			})
		]);
		const fulfilled = results.filter((result) => result.status === 'fulfilled');
		const rejected = results.filter((result) => result.status === 'rejected');
		expect(fulfilled).toHaveLength(1);
		expect(rejected).toHaveLength(1);
		expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
		const row = await membership();
		const decided = (fulfilled[0] as PromiseFulfilledResult<{ status: string }>).value.status;
		expect(row?.status).toBe(decided);
		expect(notify.events).toHaveLength(1);
		expect(notify.events[0]).toMatchObject({
			kind: 'cluster.membership-decided',
			clusterId: energy,
			subject: { kind: 'membership', id: koidu },
			audience: { userIds: [koiduEditor.userId, koiduMember.userId].sort((a, b) => a - b) }
		});
		// Whatever won, settle on "approved" for the next tests.
		if (row?.status === 'declined') {
			await requestMembership(writeContext(db(), koiduEditor), 'energy', {
				organization: KOIDU,
				statement: STATEMENT
			});
			await decideMembership(writeContext(db(), curator), 'energy', {
				organization: KOIDU,
				decision: 'approve'
			});
		}
		expect(await membership()).toMatchObject({ status: 'active', role: 'member' });
	});

	it('answers 409 to a decision on a request already decided', async () => {
		const error = await failure(
			decideMembership(writeContext(db(), inshpEditor), 'energy', {
				organization: KOIDU,
				decision: 'decline'
			})
		);
		expect(error.code).toBe('conflict');
		const again = await failure(
			requestMembership(writeContext(db(), koiduEditor), 'energy', {
				organization: KOIDU,
				statement: STATEMENT
			})
		);
		expect(again).toMatchObject({
			code: 'conflict',
			message: expect.stringMatching(/already a member/)
		});
		const viewer = await getClusterViewer({ db: db(), actor: koiduMember, locale: 'en' }, energy);
		// A plain member of Koidu belongs to the cluster but cannot take Koidu out of it.
		expect(viewer.leavable).toEqual([]);
	});

	it('records a decline with its note, and lets the organization ask again', async () => {
		const notify = recordingNotify();
		await requestMembership(writeContext(db(), koiduEditor), 'ecosystems', {
			organization: KOIDU,
			statement: STATEMENT
		});
		await decideMembership(writeContext(db(), curator, notify), 'ecosystems', {
			organization: KOIDU,
			decision: 'decline',
			note: 'Please tell us more about your wetlands.'
		});
		expect(notify.events[0]).toMatchObject({
			kind: 'cluster.membership-decided',
			excerpt: 'Please tell us more about your wetlands.',
			link: '/clusters/ecosystems/join'
		});
		const form = await getJoinForm({ db: db(), actor: koiduEditor, locale: 'en' }, 'ecosystems');
		expect(form.declined).toEqual([
			{ slug: KOIDU, name: expect.any(String), note: 'Please tell us more about your wetlands.' }
		]);
		expect(form.eligible.map((o) => o.slug)).toEqual([KOIDU]);
		await requestMembership(writeContext(db(), koiduEditor), 'ecosystems', {
			organization: KOIDU,
			statement: 'Our wetlands: the Koidu swamps feed the town’s wells.'
		});
		const row = await db()
			.selectFrom('cluster_memberships')
			.selectAll()
			.where('cluster_id', '=', await clusterId(db(), 'ecosystems'))
			.where('organization_id', '=', koidu)
			.executeTakeFirstOrThrow();
		expect(row).toMatchObject({ status: 'requested', decided_by: null, decision_note: null });
	});

	it('lets the organization’s editor leave, and withdraw a pending request', async () => {
		const viewer = await getClusterViewer({ db: db(), actor: koiduEditor, locale: 'en' }, energy);
		expect(viewer.leavable).toEqual([{ slug: KOIDU, name: expect.any(String), role: 'member' }]);
		expect(
			(
				await failure(
					leaveCluster(writeContext(db(), koiduMember), 'energy', { organization: KOIDU })
				)
			).code
		).toBe('forbidden');
		await leaveCluster(writeContext(db(), koiduEditor), 'energy', { organization: KOIDU });
		expect(await membership()).toBeUndefined();
		expect(
			(
				await failure(
					leaveCluster(writeContext(db(), koiduEditor), 'energy', { organization: KOIDU })
				)
			).code
		).toBe('not_found');
		await leaveCluster(writeContext(db(), koiduEditor), 'ecosystems', { organization: KOIDU });
		const pending = await getJoinForm({ db: db(), actor: koiduEditor, locale: 'en' }, 'ecosystems');
		expect(pending.pending).toEqual([]);
	});

	it('never lets a cluster lose its last coordinator', async () => {
		// Transport is coordinated by UNOSSC alone.
		const leave = await failure(
			leaveCluster(writeContext(db(), unosscEditor), 'transport-air-quality', {
				organization: 'unossc'
			})
		);
		expect(leave).toMatchObject({
			code: 'conflict',
			message: expect.stringMatching(/last coordinator/)
		});
		const remove = await failure(
			removeMember(writeContext(db(), curator), 'transport-air-quality', { organization: 'unossc' })
		);
		expect(remove.code).toBe('conflict');
		// Energy has two: one may go, the other must stay.
		await leaveCluster(writeContext(db(), inshpEditor), 'energy', { organization: 'inshp' });
		expect(
			(
				await failure(
					leaveCluster(writeContext(db(), unosscEditor), 'energy', { organization: 'unossc' })
				)
			).code
		).toBe('conflict');
	});

	it('lets coordinators remove a member, and nobody else', async () => {
		const undp = 'undp-peru';
		expect(
			(
				await failure(
					removeMember(writeContext(db(), koiduEditor), 'energy', { organization: undp })
				)
			).code
		).toBe('forbidden');
		await removeMember(writeContext(db(), unosscEditor), 'energy', { organization: undp });
		const manage = await getClusterManagement(
			{ db: db(), actor: unosscEditor, locale: 'en' },
			'energy',
			'Global'
		);
		const slugs = manage.membersByRegion.flatMap((group) => group.members.map((m) => m.slug));
		expect(slugs).not.toContain(undp);
		expect(manage.coordinatorCount).toBe(1);
	});
});
