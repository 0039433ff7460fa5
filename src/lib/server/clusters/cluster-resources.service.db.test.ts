import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { DomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { samplePdf, samplePng } from '../solutions/solution-attachments.samples.ts';
import { makePerson } from '../solutions/solution-translations.fixtures.ts';
import {
	addFileResource,
	addLinkResource,
	getResourceManager,
	openResourceFile,
	removeResource,
	ResourceTooLargeError,
	setResourcePin
} from './cluster-resources.service.ts';
import { MAX_RESOURCE_BYTES } from './cluster-resources.schema.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { KOIDU, personOf, writeContext } from './clusters.fixtures.ts';
import { getCluster } from './clusters.service.ts';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('expected a domain error');
}

function filesUnder(folder: string): string[] {
	return existsSync(folder)
		? readdirSync(folder, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => entry.name)
		: [];
}

const root = mkdtempSync(join(tmpdir(), 'galaxy-cluster-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeOnDialects('cluster resources', 'demo', (db, dialect) => {
	const folder = join(root, dialect);
	const storage = localAttachmentStorage(folder);
	const as = (actor: Actor) => ({ ...writeContext(db(), actor), storage });
	const SLUG = 'waste-management';
	let coordinator: Actor & { kind: 'user' };
	let koiduEditor: Actor & { kind: 'user' };

	beforeAll(async () => {
		coordinator = await personOf(db(), 'un-habitat', 'editor');
		koiduEditor = await personOf(db(), KOIDU, 'editor');
	});

	it('refuses links that are not web addresses, naming the field', async () => {
		const add = (input: Record<string, unknown>) =>
			failure(addLinkResource(as(coordinator), SLUG, input));
		for (const url of [
			'javascript:alert(1)',
			'data:text/html,<b>x</b>',
			'file:///etc/passwd',
			'not a url'
		]) {
			const error = await add({ title: 'Guide', url });
			expect(error.code, url).toBe('invalid_input');
			expect(error.details, url).toEqual([
				{ field: 'url', reason: 'Write a web address that starts with https:// or http://.' }
			]);
		}
		const untitled = await add({ title: '   ', url: 'https://example.org/' });
		expect(untitled.details).toEqual([{ field: 'title', reason: 'Give the resource a title.' }]);
	});

	it('lets coordinators and curators manage resources, and nobody else', async () => {
		const input = { title: 'Guide', url: 'https://example.org/guide' };
		expect((await failure(addLinkResource(as(koiduEditor), SLUG, input))).code).toBe('forbidden');
		expect((await failure(addLinkResource(as(visitor), SLUG, input))).code).toBe('unauthenticated');
		expect((await failure(getResourceManager(as(koiduEditor), SLUG))).code).toBe('forbidden');
		const curator = await makePerson(db(), 'curator');
		const link = await addLinkResource(as(curator), SLUG, {
			title: 'Waste Wise Cities Tool',
			url: 'https://unhabitat.org/wwc-tool',
			description: 'Step-by-step guide to measure municipal solid waste.'
		});
		expect(link).toMatchObject({
			kind: 'link',
			url: 'https://unhabitat.org/wwc-tool',
			file: null,
			pinned: false
		});
	});

	it('sniffs files by their bytes: a fake PDF is refused', async () => {
		const fake = new TextEncoder().encode('<html><script>alert(1)</script></html>');
		const error = await failure(
			addFileResource(as(coordinator), SLUG, {
				title: 'Report',
				file: { name: 'report.pdf', bytes: fake }
			})
		);
		expect(error.code).toBe('invalid_input');
		expect(error.details.map((d) => d.field)).toEqual(['file']);
		const both = await failure(addFileResource(as(coordinator), SLUG, { title: '', file: null }));
		expect(both.details.map((d) => d.field).sort()).toEqual(['file', 'title']);
		const large = await failure(
			addFileResource(as(coordinator), SLUG, {
				title: 'Huge',
				file: { name: 'huge.pdf', bytes: new Uint8Array(MAX_RESOURCE_BYTES + 1) }
			})
		);
		expect(large).toBeInstanceOf(ResourceTooLargeError);
		expect(large.details).toEqual([
			{ field: 'file', reason: 'This file is larger than 10 MB: upload a smaller one.' }
		]);
		expect(filesUnder(folder)).toEqual([]);
	});

	it('stores a real PDF, serves it back, pins and deletes it', async () => {
		const bytes = samplePdf();
		const added = await addFileResource(as(coordinator), SLUG, {
			title: 'Collection routes of Koidu',
			description: 'The 2024 plan.',
			file: { name: '../../Routes 2024.PDF', bytes }
		});
		expect(added).toMatchObject({
			kind: 'file',
			url: `/clusters/${SLUG}/resources/${added.id}/file`,
			file: {
				type: 'pdf',
				mediaType: 'application/pdf',
				name: 'Routes 2024.pdf',
				byteSize: bytes.length
			}
		});
		expect(filesUnder(folder)).toHaveLength(1);

		const opened = await openResourceFile(as(visitor), SLUG, added.id);
		expect(opened).toMatchObject({
			mediaType: 'application/pdf',
			type: 'pdf',
			fileName: 'Routes 2024.pdf'
		});
		expect(new Uint8Array(await new Response(opened.stream).arrayBuffer())).toEqual(bytes);

		const image = await addFileResource(as(coordinator), SLUG, {
			title: 'Sorting station',
			file: { name: 'station.png', bytes: samplePng() }
		});
		expect(image.file?.type).toBe('image');

		await setResourcePin(as(coordinator), SLUG, added.id, true);
		const cluster = await getCluster(as(visitor), SLUG, 'Global');
		expect(cluster.resources[0]).toMatchObject({ id: added.id, pinned: true });
		expect(cluster.resources.map((r) => r.id)).toContain(image.id);
		await setResourcePin(as(coordinator), SLUG, added.id, false);
		const unpinned = (await getCluster(as(visitor), SLUG, 'Global')).resources;
		expect(unpinned.find((r) => r.id === added.id)?.pinned).toBe(false);
		expect((await failure(setResourcePin(as(coordinator), SLUG, 999_999, true))).code).toBe(
			'not_found'
		);

		await removeResource(as(coordinator), SLUG, added.id);
		expect(filesUnder(folder)).toHaveLength(1);
		expect((await failure(openResourceFile(as(visitor), SLUG, added.id))).code).toBe('not_found');
	});

	it('answers 404 for a link or an unknown id asked as a file', async () => {
		const link = await addLinkResource(as(coordinator), SLUG, {
			title: 'Cluster page at UNOSSC',
			url: 'https://www.unsouthsouth.org/'
		});
		expect((await failure(openResourceFile(as(visitor), SLUG, link.id))).code).toBe('not_found');
		expect((await failure(openResourceFile(as(visitor), 'energy', link.id))).code).toBe(
			'not_found'
		);
		const manager = await getResourceManager(as(coordinator), SLUG);
		expect(manager.remaining).toBe(manager.limits.maxCount - manager.resources.length);
	});
});
