import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import { getClusterPage } from './clusters.service.ts';

describeOnDialects('clusters', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });

	it('shows members by region, with the global bodies last', async () => {
		const { cluster } = await getClusterPage(context(), 'waste-management', 1, 'Global');
		expect(cluster.coordinators.length).toBeGreaterThan(0);
		const regions = cluster.membersByRegion.map((group) => group.region);
		expect(regions).toContain('Africa');
		if (regions.includes('Global')) expect(regions.at(-1)).toBe('Global');
		const members = cluster.membersByRegion.flatMap((group) => group.members);
		expect(members).toHaveLength(cluster.memberCount);
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

	it('answers not_found for an unknown cluster', async () => {
		await expect(getClusterPage(context(), 'nothing', 1, 'Global')).rejects.toMatchObject({
			code: 'not_found'
		});
	});
});
