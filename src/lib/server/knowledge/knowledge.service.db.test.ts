import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { visitor } from '../identity/actor.ts';
import { getKnowledgeProduct, listKnowledgeProducts } from './knowledge.service.ts';

describeOnDialects('knowledge products', 'demo', (db) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });

	it('lists videos and shows where each was presented', async () => {
		const videos = await listKnowledgeProducts(context(), { kind: 'video', page: 1, pageSize: 20 });
		expect(videos.total).toBe(3);
		for (const video of videos.data) {
			const product = await getKnowledgeProduct(context(), video.slug);
			expect(product.publisher?.slug).toBe('unossc');
			expect(product.events.map((event) => event.slug)).toEqual([
				'promoting-sstc-covid-19-recovery-2022'
			]);
		}
		const publications = await listKnowledgeProducts(context(), {
			kind: 'publication',
			page: 1,
			pageSize: 20
		});
		expect(publications.total).toBe(0);
	});
});
