import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { makePerson } from '../solutions/solution-translations.fixtures.ts';
import { listClusterMembers } from './cluster-management.service.ts';
import { drawClusterMapFor } from './cluster-map.service.ts';
import { addLinkResource } from './cluster-resources.service.ts';
import { KOIDU, clusterId, personOf, writeContext } from './clusters.fixtures.ts';
import { getClusterPage, listClusters } from './clusters.service.ts';

describeOnDialects('clusters', 'demo', (db) => {
	const context = (actor: Actor = visitor) => ({ db: db(), actor, locale: 'en' });

	it('shows members by region, with the global bodies last', async () => {
		const { cluster } = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(cluster.coordinators.length).toBeGreaterThan(0);
		const regions = cluster.membersByRegion.map((group) => group.region);
		expect(regions).toContain('Africa');
		if (regions.includes('Global')) expect(regions.at(-1)).toBe('Global');
		const members = cluster.membersByRegion.flatMap((group) => group.members);
		expect(members).toHaveLength(cluster.memberCount);
		expect(members.find((member) => member.slug === KOIDU)).toMatchObject({
			city: 'Koidu',
			country: { code: 'SL', name: 'Sierra Leone' },
			role: 'member'
		});
	});

	it('counts member organizations, cities and mapped places, and names the coordinators', async () => {
		const { cluster } = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(cluster.coordinators.map((c) => c.slug).sort()).toEqual(['un-habitat', 'unossc']);
		const members = await db()
			.selectFrom('cluster_memberships as m')
			.innerJoin('organizations as o', 'o.id', 'm.organization_id')
			.select(['o.kind', 'o.city_id'])
			.where('m.cluster_id', '=', await clusterId(db(), 'waste-management'))
			.where('m.status', '=', 'active')
			.execute();
		expect(cluster.memberCount).toBe(members.length);
		expect(cluster.cityCount).toBe(
			members.filter((m) => m.kind === 'city' || m.kind === 'local-government').length
		);
		expect(cluster.mappedCityCount).toBe(
			new Set(members.filter((m) => m.city_id !== null).map((m) => m.city_id)).size
		);
		expect(cluster.mappedCityCount).toBeLessThan(cluster.memberCount);
	});

	it('lists the cluster solutions, projects and the webinar', async () => {
		const page = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(page.solutions.total).toBe(page.cluster.solutionCount);
		expect(page.solutions.data.every((s) => s.sectors.length > 0)).toBe(true);
		expect(page.projects.length).toBeGreaterThan(0);
		expect(page.cluster.events.map((event) => event.slug)).toContain(
			'promoting-sstc-covid-19-recovery-2022'
		);
	});

	it('shows the demo resources, pinned first, and the recent discussions', async () => {
		const page = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(page.cluster.resources.map((r) => [r.title, r.pinned])).toEqual([
			['Waste Wise Cities Tool', true],
			['Waste Wise Cities', false]
		]);
		expect(Array.isArray(page.threads)).toBe(true);
	});

	it('tells each reader what they may do there', async () => {
		const visitorPage = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(visitorPage.viewer).toEqual({
			signedIn: false,
			canAskToJoin: false,
			pending: [],
			leavable: [],
			canCoordinate: false
		});
		const koiduEditor = await personOf(db(), KOIDU, 'editor');
		const editorPage = await getClusterPage(context(koiduEditor), 'waste-management', 1, 'Global');
		expect(editorPage.viewer).toMatchObject({
			signedIn: true,
			canAskToJoin: false,
			canCoordinate: false,
			leavable: [{ slug: KOIDU, role: 'member' }]
		});
		const elsewhere = await getClusterPage(context(koiduEditor), 'energy', 1, 'Global');
		expect(elsewhere.viewer).toMatchObject({ canAskToJoin: true, leavable: [] });
		const coordinator = await personOf(db(), 'un-habitat', 'editor');
		const coordinatorPage = await getClusterPage(
			context(coordinator),
			'waste-management',
			1,
			'Global'
		);
		expect(coordinatorPage.viewer).toMatchObject({
			canCoordinate: true,
			leavable: [{ slug: 'un-habitat', role: 'coordinator' }]
		});
		const curator = await makePerson(db(), 'curator');
		expect((await getClusterPage(context(curator), 'energy', 1, 'Global')).viewer).toMatchObject({
			canAskToJoin: true,
			canCoordinate: true
		});
	});

	it('offers its members, and only them, to follow the discussions from the cluster page', async () => {
		const page = (actor: Actor, slug = 'waste-management') =>
			getClusterPage(context(actor), slug, 1, 'Global');
		expect((await page(visitor)).follow).toEqual({ canFollow: false, following: false });
		const koiduEditor = await personOf(db(), KOIDU, 'editor');
		expect((await page(koiduEditor)).follow).toEqual({ canFollow: true, following: false });
		// Koidu's council is not in the energy cluster.
		expect((await page(koiduEditor, 'energy')).follow).toEqual({
			canFollow: false,
			following: false
		});
		await db()
			.insertInto('follows')
			.values({
				user_id: koiduEditor.userId,
				target_kind: 'cluster',
				target_id: await clusterId(db(), 'waste-management'),
				created_at: new Date().toISOString()
			})
			.execute();
		expect((await page(koiduEditor)).follow).toEqual({ canFollow: true, following: true });
	});

	it('lists every cluster with its latest activity, found in one query', async () => {
		const before = await listClusters(context());
		const waste = before.find((cluster) => cluster.slug === 'waste-management');
		// The demo's pinned tool was shared when the cluster was seeded; founding members are not news.
		expect(waste?.latestActivity?.kind).toMatch(/thread|resource/);
		const coordinator = await personOf(db(), 'un-habitat', 'editor');
		await addLinkResource(
			{ ...writeContext(db(), coordinator), now: new Date('2030-01-01T00:00:00.000Z') },
			'waste-management',
			{ title: 'Composting handbook', url: 'https://example.org/compost' }
		);
		const after = await listClusters(context());
		expect(after.find((cluster) => cluster.slug === 'waste-management')?.latestActivity).toEqual({
			kind: 'resource',
			label: 'Composting handbook',
			at: '2030-01-01T00:00:00.000Z'
		});
		const others = after.filter((cluster) => cluster.slug !== 'waste-management');
		expect(others.every((cluster) => cluster.latestActivity?.label !== 'Composting handbook')).toBe(
			true
		);
	});

	it('pages the members for the API, coordinators first', async () => {
		const first = await listClusterMembers(context(), 'waste-management', { pageSize: '5' });
		expect(first).toMatchObject({ page: 1, pageSize: 5 });
		expect(first.data).toHaveLength(5);
		expect(first.data[0]?.role).toBe('coordinator');
		const all = await listClusterMembers(context(), 'waste-management', { pageSize: '100' });
		expect(all.total).toBe(all.data.length);
		await expect(
			listClusterMembers(context(), 'waste-management', { page: 'abc' })
		).rejects.toMatchObject({ code: 'invalid_input' });
	});

	it('draws the map of the member cities', async () => {
		const svg = await drawClusterMapFor(context(), 'waste-management');
		const { cluster } = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(svg.match(/<circle /g)).toHaveLength(cluster.mappedCityCount);
		expect(svg).toContain('<title>Koidu, Sierra Leone</title>');
		expect(svg).toContain(
			`Map of the ${cluster.mappedCityCount} cities where members of the Waste Management Cities Cluster are based`
		);
	});

	it('answers not_found for an unknown cluster', async () => {
		await expect(getClusterPage(context(), 'nothing', 1, 'Global')).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(drawClusterMapFor(context(), 'nothing')).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
