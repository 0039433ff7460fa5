import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import { eventFilterChoices } from './event-filters.service.ts';

describeOnDialects('event filter choices', 'demo', (db) => {
	it('offers the clusters and languages events have, and every kind', async () => {
		const choices = await eventFilterChoices({ db: db(), actor: visitor, locale: 'en' });
		const slugs = choices.clusters.map((cluster) => cluster.slug);
		expect(slugs).toEqual(expect.arrayContaining(['energy', 'waste-management']));
		expect(choices.clusters.map((cluster) => cluster.name)).toEqual(
			[...choices.clusters.map((cluster) => cluster.name)].sort((a, b) => a.localeCompare(b))
		);
		expect(new Set(slugs).size).toBe(slugs.length);
		expect(choices.languages).toContain('en');
		expect(choices.languages).toEqual([...new Set(choices.languages)].sort());
		expect(choices.kinds).toContain('webinar');
	});

	it('leaves out clusters without events', async () => {
		await db().deleteFrom('event_clusters').execute();
		const choices = await eventFilterChoices({ db: db(), actor: visitor, locale: 'en' });
		expect(choices.clusters).toEqual([]);
	});
});
