import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { KOIDU, personOf } from '../clusters/clusters.fixtures.ts';
import { DomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { searchEverything } from '../search/search.service.ts';
import { samplePng, sampleWebp } from '../solutions/solution-attachments.samples.ts';
import {
	localAttachmentStorage,
	type AttachmentStorage
} from '../solutions/solution-attachments.storage.ts';
import { makePerson } from '../solutions/solution-translations.fixtures.ts';
import { readImageSize } from '../solutions/solution-attachments.files.ts';
import {
	createKnowledgeProduct,
	getKnowledgeEditor,
	updateKnowledgeProduct
} from './knowledge-editor.service.ts';
import { getKnowledgeProduct } from './knowledge.service.ts';
import { buildTestPdf } from './pdf-fixtures.ts';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('expected a domain error');
}

const reasons = (error: DomainError) =>
	Object.fromEntries(error.details.map((problem) => [problem.field, problem.reason]));

const root = mkdtempSync(join(tmpdir(), 'galaxy-knowledge-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const EVENT = 'promoting-sstc-covid-19-recovery-2022';
const PROJECT = 'sstc-sustainable-waste-management-koidu';

describeOnDialects('knowledge editor', 'demo', (db, dialect) => {
	const folder = join(root, dialect);
	const storage = localAttachmentStorage(folder);
	const as = (actor: Actor, store: AttachmentStorage = storage) => ({
		db: db(),
		actor,
		locale: 'en',
		storage: store
	});
	const stored = (url: string | null) => {
		expect(url).not.toBeNull();
		return url!;
	};
	let unosscEditor: Actor & { kind: 'user' };
	let koiduEditor: Actor & { kind: 'user' };
	let solution: string;

	const toolkit = (overrides: Record<string, unknown> = {}) => ({
		title: 'Waste collection toolkit for secondary cities',
		kind: 'toolkit',
		summary: 'Step-by-step tools for planning municipal waste collection.',
		description: '## Contents\n\nRoutes, **budgets** and contracts.',
		language: 'en',
		publishedOn: '2025-03-01',
		publisher: 'unossc',
		url: '',
		duration: '',
		clusters: ['waste-management'],
		solutions: [solution],
		projects: [PROJECT],
		events: [EVENT],
		...overrides
	});

	beforeAll(async () => {
		unosscEditor = await personOf(db(), 'unossc', 'editor');
		koiduEditor = await personOf(db(), KOIDU, 'editor');
		const row = await db()
			.selectFrom('solutions')
			.select('slug')
			.where('status', '=', 'published')
			.orderBy('id')
			.executeTakeFirstOrThrow();
		solution = row.slug;
	});

	it('publishes a toolkit with its PDF: size, pages, a cover rendered on the server, links', async () => {
		const pdf = buildTestPdf({ pages: 3 });
		const created = await createKnowledgeProduct(as(unosscEditor), {
			values: toolkit(),
			file: { name: '../Toolkit 2025.PDF', bytes: pdf }
		});
		expect(created.slug).toBe('waste-collection-toolkit-for-secondary-cities');
		const product = await getKnowledgeProduct(as(visitor), created.slug);
		expect(product).toMatchObject({
			kind: 'toolkit',
			publisher: { slug: 'unossc' },
			fileName: 'Toolkit 2025.pdf',
			byteSize: pdf.length,
			pageCount: 3,
			description: '## Contents\n\nRoutes, **budgets** and contracts.'
		});
		expect(product.descriptionHtml).toContain('<strong>budgets</strong>');
		expect(product.clusters.map((c) => c.slug)).toEqual(['waste-management']);
		expect(product.projects.map((p) => p.slug)).toEqual([PROJECT]);
		expect(product.solutions.map((s) => s.slug)).toEqual([solution]);
		expect(product.events.map((e) => e.slug)).toEqual([EVENT]);

		const row = await db()
			.selectFrom('knowledge_products')
			.selectAll()
			.where('slug', '=', created.slug)
			.executeTakeFirstOrThrow();
		expect(row.storage_key).toMatch(new RegExp(`^knowledge/${row.id}/[0-9a-f]{32}\\.pdf$`));
		expect(row.cover_key).toMatch(/\.webp$/);
		expect(row.created_by).toBe(unosscEditor.userId);
		const cover = await storage.head(row.cover_key!, 64);
		expect(readImageSize(cover!)?.width).toBe(400);
		expect(stored(product.coverUrl)).toMatch(
			/^\/knowledge\/waste-collection-toolkit-.*\/cover\?v=/
		);
		expect(stored(product.fileUrl)).toMatch(/\/file\?v=[0-9a-f]{12}$/);

		const audit = await db()
			.selectFrom('audit_events')
			.select(['action', 'actor_user_id'])
			.where('subject_type', '=', 'knowledge_product')
			.where('subject_id', '=', String(row.id))
			.execute();
		expect(audit).toEqual([{ action: 'knowledge.created', actor_user_id: unosscEditor.userId }]);

		const found = await searchEverything(as(visitor), {
			q: 'budgets contracts',
			type: ['knowledge'],
			page: 1,
			pageSize: 20
		});
		expect(found.data.map((hit) => hit.title)).toContain(
			'Waste collection toolkit for secondary cities'
		);

		const again = await createKnowledgeProduct(as(unosscEditor), {
			values: toolkit({ clusters: [], solutions: [], projects: [], events: [] }),
			file: { name: 'toolkit.pdf', bytes: pdf }
		});
		expect(again.slug).toBe('waste-collection-toolkit-for-secondary-cities-2');
	});

	it('names every problem by field, in the reader’s language', async () => {
		const error = await failure(
			createKnowledgeProduct(as(unosscEditor), {
				values: toolkit({
					title: 'x',
					kind: 'podcast',
					summary: '',
					language: 'xx',
					publishedOn: '2025-02-30',
					publisher: KOIDU,
					url: 'javascript:alert(1)',
					clusters: ['no-such-cluster'],
					events: [EVENT, 'no-such-event']
				}),
				file: { name: 'notes.pdf', bytes: new TextEncoder().encode('<html>not a pdf</html>') }
			})
		);
		expect(error.code).toBe('invalid_input');
		expect(Object.keys(reasons(error)).sort()).toEqual(
			[
				'title',
				'kind',
				'summary',
				'language',
				'publishedOn',
				'publisher',
				'url',
				'clusters',
				'events',
				'file'
			].sort()
		);
		expect(reasons(error).events).toContain('no-such-event');
		expect(reasons(error).file).toBe('Choose a PDF file.');

		const broken = await failure(
			createKnowledgeProduct(as(unosscEditor), {
				values: toolkit(),
				file: { name: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\ngarbage') }
			})
		);
		expect(reasons(broken)).toEqual({ file: expect.stringContaining('could not be read') });
		const locked = await failure(
			createKnowledgeProduct(as(unosscEditor), {
				values: toolkit(),
				file: { name: 'locked.pdf', bytes: buildTestPdf({ encrypted: true }) }
			})
		);
		expect(reasons(locked)).toEqual({ file: expect.stringContaining('password') });
		const nothing = await failure(createKnowledgeProduct(as(unosscEditor), { values: toolkit() }));
		expect(reasons(nothing)).toEqual({ file: expect.any(String) });
		const video = await failure(
			createKnowledgeProduct(as(unosscEditor), {
				values: toolkit({ kind: 'video', duration: '12:75' })
			})
		);
		expect(Object.keys(reasons(video)).sort()).toEqual(['duration', 'url']);
	});

	it('lets editors publish for their own organizations and staff for any; 404 before 403', async () => {
		const member = await personOf(db(), 'unossc', 'member');
		const values = toolkit({ url: 'https://example.org/toolkit' });
		expect((await failure(createKnowledgeProduct(as(visitor), { values }))).code).toBe(
			'unauthenticated'
		);
		expect((await failure(createKnowledgeProduct(as(member), { values }))).code).toBe('forbidden');
		expect((await failure(getKnowledgeEditor(as(member), null))).code).toBe('forbidden');
		const curator = await makePerson(db(), 'curator');
		const byCurator = await createKnowledgeProduct(as(curator), {
			values: toolkit({ title: 'Curated toolkit', publisher: KOIDU, url: 'https://example.org/' })
		});
		expect((await failure(getKnowledgeEditor(as(unosscEditor), byCurator.slug))).code).toBe(
			'forbidden'
		);
		expect((await getKnowledgeEditor(as(koiduEditor), byCurator.slug)).values).toMatchObject({
			title: 'Curated toolkit',
			publisher: KOIDU,
			clusters: ['waste-management']
		});
		expect((await failure(getKnowledgeEditor(as(koiduEditor), 'no-such-product'))).code).toBe(
			'not_found'
		);
		const editor = await getKnowledgeEditor(as(koiduEditor), null);
		expect(editor.choices.publishers.map((p) => p.slug)).toEqual([KOIDU]);
		expect(editor.values.publisher).toBe(KOIDU);
	});

	it('edits a video: a still and duration, replaced files removed, a PDF dropped', async () => {
		const created = await createKnowledgeProduct(as(unosscEditor), {
			values: toolkit({ title: 'Composting explained', clusters: [], events: [] }),
			file: { name: 'composting.pdf', bytes: buildTestPdf() }
		});
		const before = await db()
			.selectFrom('knowledge_products')
			.selectAll()
			.where('id', '=', created.id)
			.executeTakeFirstOrThrow();
		await updateKnowledgeProduct(as(unosscEditor), created.slug, {
			values: toolkit({
				title: 'Composting explained (video)',
				kind: 'video',
				url: 'https://video.example.org/watch?v=42',
				duration: '1:02:03',
				clusters: [],
				events: []
			}),
			cover: { name: 'still.png', bytes: samplePng(40, 30) }
		});
		const video = await getKnowledgeProduct(as(visitor), created.slug);
		expect(video).toMatchObject({
			title: 'Composting explained (video)',
			kind: 'video',
			durationSeconds: 3723,
			fileUrl: null,
			byteSize: null
		});
		expect(existsSync(join(folder, before.storage_key!))).toBe(false);
		expect(existsSync(join(folder, before.cover_key!))).toBe(false);
		const after = await db()
			.selectFrom('knowledge_products')
			.selectAll()
			.where('id', '=', created.id)
			.executeTakeFirstOrThrow();
		expect(after.cover_key).toMatch(/\.png$/);
		expect((await getKnowledgeEditor(as(unosscEditor), created.slug)).values.duration).toBe(
			'1:02:03'
		);

		const refused = await failure(
			updateKnowledgeProduct(as(unosscEditor), created.slug, {
				values: toolkit({ kind: 'video', url: 'https://video.example.org/', clusters: [] }),
				cover: { name: 'huge.webp', bytes: new Uint8Array(3 * 1024 * 1024).fill(1) }
			})
		);
		expect(reasons(refused)).toEqual({ cover: expect.stringContaining('2 MB') });
		expect(
			(await failure(updateKnowledgeProduct(as(koiduEditor), created.slug, { values: {} }))).code
		).toBe('forbidden');
	});

	it('removes the files it wrote when the transaction fails', async () => {
		const written: string[] = [];
		let writes = 0;
		const failing: AttachmentStorage = {
			...storage,
			async write(key, bytes) {
				writes += 1;
				if (writes === 2) throw new Error('disk full');
				written.push(key);
				await storage.write(key, bytes);
			}
		};
		await expect(
			createKnowledgeProduct(as(unosscEditor, failing), {
				values: toolkit({ title: 'Never saved', clusters: [] }),
				file: { name: 'never.pdf', bytes: buildTestPdf() },
				cover: { name: 'cover.webp', bytes: sampleWebp(8, 6) }
			})
		).rejects.toThrow('disk full');
		expect(written).toHaveLength(1);
		expect(existsSync(join(folder, written[0]!))).toBe(false);
		const rows = await db()
			.selectFrom('knowledge_products')
			.select('id')
			.where('title', '=', 'Never saved')
			.execute();
		expect(rows).toEqual([]);
	});
});
