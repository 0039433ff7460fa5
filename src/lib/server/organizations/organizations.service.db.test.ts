import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import { getPartner, getPartnerProfile, listPartners } from './organizations.service.ts';

describeOnDialects('partners', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });
	const base = { kind: [], country: [], page: 1, pageSize: 20 };

	it('lists partners by name, filtered by kind, country and text', async () => {
		const all = await listPartners(context(), base);
		expect(all.total).toBeGreaterThan(300);
		const names = all.data.map((partner) => partner.name);
		expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
		const coe = await listPartners(context(), { ...base, kind: ['center-of-excellence'] });
		expect(coe.data.map((partner) => partner.slug)).toContain('inshp');
		const sierraLeone = await listPartners(context(), { ...base, country: ['SL'] });
		expect(sierraLeone.data.map((partner) => partner.slug)).toContain(
			'koidu-new-sembehun-city-council'
		);
		const text = await listPartners(context(), { ...base, q: 'small hydro' });
		expect(text.data.map((partner) => partner.slug)).toEqual(['inshp']);
	});

	it('shows a partner with its people, projects and events', async () => {
		const unossc = await getPartner(context(), 'unossc');
		expect(unossc.verified).toBe(true);
		expect(unossc.people.map((person) => person.name)).toContain('Muriel Obon');
		// The seed webinar (co-hosted) and the upcoming demo events it co-hosts.
		expect(unossc.events.map((event) => event.role)).toContain('co-host');
		expect(
			unossc.events.find((event) => event.slug === 'promoting-sstc-covid-19-recovery-2022')?.role
		).toBe('co-host');
		expect(unossc.projects.length).toBeGreaterThan(0);
	});

	it('pages the solutions a partner provides', async () => {
		const [provider] = (
			await listPartners(context(), { ...base, q: 'Dirección Nacional de Contrataciones' })
		).data;
		const profile = await getPartnerProfile(context(), provider!.slug, 1);
		expect(profile.solutions.total).toBe(provider!.solutionCount);
		expect(profile.solutions.total).toBeGreaterThan(0);
	});

	it('answers not_found for an unknown partner', async () => {
		await expect(getPartner(context(), 'nobody')).rejects.toMatchObject({ code: 'not_found' });
	});
});
