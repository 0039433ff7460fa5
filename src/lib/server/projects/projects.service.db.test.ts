import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import { getProject, listProjects } from './projects.service.ts';

describeOnDialects('projects', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });
	const base = { status: [], country: [], sdg: [], page: 1, pageSize: 20 };

	it('lists the pilot projects with their programmes and filters them', async () => {
		const all = await listProjects(context(), base);
		expect(all.total).toBe(9);
		expect(all.programmes).toEqual(['Cities Project', 'GSSDC']);
		const gssdc = await listProjects(context(), { ...base, programme: 'GSSDC' });
		expect(gssdc.total).toBe(2);
		const launched = await listProjects(context(), { ...base, status: ['pipeline'] });
		expect(launched.total).toBe(5);
		const sierraLeone = await listProjects(context(), { ...base, country: ['SL'] });
		expect(sierraLeone.data.map((project) => project.title)).toEqual([
			'SSTC for sustainable waste management in Koidu City, Sierra Leone'
		]);
	});

	it('shows a project with its partners, their IATI roles, and where it was presented', async () => {
		const [koidu] = (await listProjects(context(), { ...base, country: ['SL'] })).data;
		const project = await getProject(context(), koidu!.slug);
		expect(project.organizations.map((organization) => organization.slug)).toContain(
			'koidu-new-sembehun-city-council'
		);
		expect(
			project.organizations.every((organization) =>
				['funding', 'accountable', 'extending', 'implementing'].includes(organization.role)
			)
		).toBe(true);
		expect(project.events.map((event) => event.slug)).toEqual([
			'promoting-sstc-covid-19-recovery-2022'
		]);
	});
});
