import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { personOf } from '../clusters/clusters.fixtures.ts';
import { visitor } from '../identity/actor.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { postKnowledgeProduct } from './knowledge-api.http.ts';
import {
	getKnowledgeCatalogue,
	getKnowledgePage,
	getKnowledgeProduct,
	listKnowledgeProducts
} from './knowledge.service.ts';

const root = mkdtempSync(join(tmpdir(), 'galaxy-knowledge-api-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WEBINAR = 'promoting-sstc-covid-19-recovery-2022';

describeOnDialects('knowledge products', 'demo', (db, dialect) => {
	const context = () => ({ db: db(), actor: visitor, locale: 'en' });
	const page = { page: 1, pageSize: 20 };

	it('lists videos and shows where each was presented', async () => {
		const videos = await listKnowledgeProducts(context(), { kind: 'video', ...page });
		expect(videos.total).toBe(3);
		for (const video of videos.data) {
			const product = await getKnowledgeProduct(context(), video.slug);
			expect(product.publisher?.slug).toBe('unossc');
			expect(product.events.map((event) => event.slug)).toEqual([WEBINAR]);
			expect(product.presentedAt.map((event) => event.slug)).toEqual([WEBINAR]);
		}
		const publications = await listKnowledgeProducts(context(), { kind: 'publication', ...page });
		expect(publications.total).toBe(0);
	});

	it('filters by cluster and language, and offers publishing only to those who may', async () => {
		const all = await listKnowledgeProducts(context(), page);
		const linked = await db()
			.selectFrom('knowledge_product_clusters as l')
			.innerJoin('clusters as c', 'c.id', 'l.cluster_id')
			.select(['c.slug', (eb) => eb.fn.countAll<number>().as('count')])
			.groupBy('c.slug')
			.orderBy('c.slug')
			.executeTakeFirstOrThrow();
		const inCluster = await listKnowledgeProducts(context(), { cluster: linked.slug, ...page });
		expect(inCluster.total).toBe(Number(linked.count));
		expect(inCluster.total).toBeLessThanOrEqual(all.total);
		expect((await listKnowledgeProducts(context(), { language: 'en', ...page })).total).toBe(
			all.total
		);
		expect((await listKnowledgeProducts(context(), { language: 'zh', ...page })).total).toBe(0);

		const catalogue = await getKnowledgeCatalogue(context(), page);
		expect(catalogue.canPublish).toBe(false);
		expect(catalogue.clusters.length).toBeGreaterThan(0);
		const editor = await personOf(db(), 'unossc', 'editor');
		const asEditor = { ...context(), actor: editor };
		expect((await getKnowledgeCatalogue(asEditor, page)).canPublish).toBe(true);
		const slug = all.data[0]!.slug;
		expect((await getKnowledgePage(context(), slug)).canEdit).toBe(false);
		expect((await getKnowledgePage(asEditor, slug)).canEdit).toBe(true);
	});

	it('publishes through the API: 201, the product, Location; refusals with their fields', async () => {
		const editor = await personOf(db(), 'unossc', 'editor');
		const writer = {
			...context(),
			actor: editor,
			storage: localAttachmentStorage(join(root, dialect))
		};
		const post = (body: unknown) =>
			postKnowledgeProduct(
				writer,
				new Request('http://galaxy.test/api/v1/knowledge', {
					method: 'POST',
					body: JSON.stringify(body)
				})
			);
		const response = await post({
			title: 'Recovery webinar highlights',
			kind: 'video',
			summary: 'The best ten minutes of the recovery webinar.',
			language: 'en',
			publisher: 'unossc',
			url: 'https://video.example.org/watch?v=1',
			duration: '10:05',
			events: [WEBINAR]
		});
		expect(response.status).toBe(201);
		expect(response.headers.get('location')).toBe('/api/v1/knowledge/recovery-webinar-highlights');
		const { data } = await response.json();
		expect(data).toMatchObject({
			slug: 'recovery-webinar-highlights',
			kind: 'video',
			durationSeconds: 605,
			fileUrl: null,
			coverUrl: null,
			events: [{ slug: WEBINAR }],
			presentedAt: []
		});
		const refused = await post({ title: 'No', kind: 'video', publisher: 'unossc' });
		expect(refused.status).toBe(400);
		const { error } = await refused.json();
		expect(error.code).toBe('invalid_input');
		expect(error.details.map((problem: { field: string }) => problem.field).sort()).toEqual([
			'language',
			'summary',
			'title',
			'url'
		]);
		const asVisitor = await postKnowledgeProduct(
			{ ...writer, actor: visitor },
			new Request('http://galaxy.test/', { method: 'POST', body: '{}' })
		);
		expect(asVisitor.status).toBe(401);
	});
});
