import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { DomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { samplePdf, samplePng } from './solution-attachments.samples.ts';
import {
	isUploadTooLarge,
	MAX_ATTACHMENT_BYTES,
	MAX_ATTACHMENTS_PER_SOLUTION
} from './solution-attachments.schema.ts';
import {
	addAttachment,
	getAttachmentManager,
	openAttachment,
	removeAttachment
} from './solution-attachments.service.ts';
import { localAttachmentStorage, type AttachmentStorage } from './solution-attachments.storage.ts';
import {
	addMember,
	makeOrganization,
	makePerson,
	makeSolution
} from './solution-translations.fixtures.ts';
import { getSolution } from './solutions.service.ts';

async function failure(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof DomainError) return error;
		throw error;
	}
	throw new Error('expected a domain error');
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
	return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The files under a folder, relative to it. */
function filesUnder(folder: string): string[] {
	return existsSync(folder)
		? readdirSync(folder, { recursive: true, withFileTypes: true })
				.filter((entry) => entry.isFile())
				.map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
		: [];
}

const root = mkdtempSync(join(tmpdir(), 'galaxy-uploads-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describeOnDialects('solution attachments', 'demo', (db, dialect) => {
	const folder = join(root, dialect);
	const storage = localAttachmentStorage(folder);
	const as = (actor: Actor, store: AttachmentStorage = storage) => ({
		db: db(),
		actor,
		locale: 'en',
		storage: store
	});
	const rowsOf = (solutionId: number) =>
		db()
			.selectFrom('solution_attachments')
			.selectAll()
			.where('solution_id', '=', solutionId)
			.orderBy('position')
			.execute();

	it('stores an image and a PDF checked by content, with their hash, and serves them back', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		const png = samplePng(3, 2);
		const image = await addAttachment(as(curator), solution.slug, {
			file: { name: '../Compost heap (Koidu).PNG', bytes: png },
			caption: '  The compost   heap  '
		});
		expect(image).toMatchObject({
			kind: 'image',
			fileName: 'Compost heap (Koidu).png',
			mediaType: 'image/png',
			byteSize: png.length,
			caption: 'The compost heap',
			width: 3,
			height: 2,
			url: `/solutions/${solution.slug}/attachments/${image.id}/Compost%20heap%20(Koidu).png`
		});
		const pdf = samplePdf();
		const report = await addAttachment(as(curator), solution.slug, {
			file: { name: 'report.bin', bytes: pdf },
			caption: ''
		});
		expect(report).toMatchObject({ kind: 'pdf', fileName: 'report.pdf', caption: null });

		const rows = await rowsOf(solution.id);
		expect(rows.map((row) => [row.position, row.media_type])).toEqual([
			[1, 'image/png'],
			[2, 'application/pdf']
		]);
		expect(rows[0]!.sha256).toBe(createHash('sha256').update(png).digest('hex'));
		expect(rows[0]!.storage_key).toMatch(
			new RegExp(`^solutions/${solution.id}/[0-9a-f]{32}\\.png$`)
		);
		expect(rows[0]!.created_by).toBe(curator.userId);
		expect(new Uint8Array(readFileSync(join(folder, rows[0]!.storage_key)))).toEqual(png);

		const opened = await openAttachment(as(visitor), solution.slug, report.id, report.fileName);
		expect(opened).toMatchObject({
			mediaType: 'application/pdf',
			kind: 'pdf',
			byteSize: pdf.length,
			isPublic: true
		});
		expect(await readAll(opened.stream)).toEqual(pdf);

		const detail = await getSolution(as(visitor), solution.slug, storage);
		expect(detail.attachments.map((attachment) => [attachment.fileName, attachment.width])).toEqual(
			[
				['Compost heap (Koidu).png', 3],
				['report.pdf', null]
			]
		);
	});

	it('refuses a file that is not what it claims, an empty one, and a bad caption, writing nothing', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		const before = filesUnder(folder).length;
		const fake = await failure(
			addAttachment(as(curator), solution.slug, {
				file: { name: 'photo.png', bytes: new TextEncoder().encode('I am not a picture') },
				caption: ''
			})
		);
		expect(fake.code).toBe('invalid_input');
		expect(fake.details).toEqual([
			{
				field: 'file',
				reason: 'must be a JPEG, PNG or WebP image or a PDF document (this file is not)'
			}
		]);
		const broken = await failure(
			addAttachment(as(curator), solution.slug, {
				file: { name: 'cut.png', bytes: samplePng().subarray(0, 20) },
				caption: ''
			})
		);
		expect(broken.details[0]?.field).toBe('file');
		const missing = await failure(
			addAttachment(as(curator), solution.slug, {
				file: null,
				caption: 'x'.repeat(301)
			})
		);
		expect(missing.details.map((problem) => problem.field)).toEqual(['file', 'caption']);
		const empty = await failure(
			addAttachment(as(curator), solution.slug, {
				file: { name: 'empty.pdf', bytes: new Uint8Array() },
				caption: ''
			})
		);
		expect(empty.details).toEqual([{ field: 'file', reason: 'is empty' }]);
		expect(await rowsOf(solution.id)).toEqual([]);
		expect(filesUnder(folder)).toHaveLength(before);
	});

	it('accepts a file of exactly 5 MB and refuses one byte more', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		const largest = new Uint8Array(MAX_ATTACHMENT_BYTES);
		largest.set(samplePdf());
		await addAttachment(as(curator), solution.slug, {
			file: { name: 'large.pdf', bytes: largest },
			caption: ''
		});
		const tooLarge = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
		tooLarge.set(samplePdf());
		const error = await failure(
			addAttachment(as(curator), solution.slug, {
				file: { name: 'larger.pdf', bytes: tooLarge },
				caption: ''
			})
		);
		expect(isUploadTooLarge(error)).toBe(true);
		expect(error.details).toEqual([{ field: 'file', reason: 'must be 5 MB or smaller' }]);
		expect(await rowsOf(solution.id)).toHaveLength(1);
	});

	it(`holds at most ${MAX_ATTACHMENTS_PER_SOLUTION} files per solution, even when uploads race`, async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		const upload = (name: string) =>
			addAttachment(as(curator), solution.slug, {
				file: { name, bytes: samplePng() },
				caption: ''
			});
		for (let index = 1; index < MAX_ATTACHMENTS_PER_SOLUTION; index += 1) {
			await upload(`photo-${index}.png`);
		}
		const before = filesUnder(folder).length;
		const race = await Promise.allSettled([upload('last-a.png'), upload('last-b.png')]);
		expect(race.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const refused = race.find((result) => result.status === 'rejected');
		expect((refused as PromiseRejectedResult).reason).toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'file' }]
		});
		expect(await rowsOf(solution.id)).toHaveLength(MAX_ATTACHMENTS_PER_SOLUTION);
		expect(filesUnder(folder)).toHaveLength(before + 1);
		const manager = await getAttachmentManager(as(curator), solution.slug);
		expect(manager.remaining).toBe(0);
	});

	it('lets only those who may edit the solution add or delete files', async () => {
		const organizationId = await makeOrganization(db());
		const member = await makePerson(db());
		const stranger = await makePerson(db());
		await addMember(db(), organizationId, member);
		const solution = await makeSolution(db(), { organization_id: organizationId });
		const file = { name: 'photo.png', bytes: samplePng() };
		const added = await addAttachment(as(member), solution.slug, { file, caption: '' });

		expect(
			(await failure(addAttachment(as(visitor), solution.slug, { file, caption: '' }))).code
		).toBe('unauthenticated');
		expect(
			(await failure(addAttachment(as(stranger), solution.slug, { file, caption: '' }))).code
		).toBe('forbidden');
		expect((await failure(removeAttachment(as(stranger), solution.slug, added.id))).code).toBe(
			'forbidden'
		);
		expect((await failure(getAttachmentManager(as(stranger), solution.slug))).code).toBe(
			'forbidden'
		);
		// Anyone may download the files of a published solution.
		const opened = await openAttachment(as(stranger), solution.slug, added.id, added.fileName);
		await opened.stream.cancel();
	});

	it('deletes the row and the file', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		const added = await addAttachment(as(curator), solution.slug, {
			file: { name: 'photo.png', bytes: samplePng() },
			caption: ''
		});
		const [row] = await rowsOf(solution.id);
		expect(existsSync(join(folder, row!.storage_key))).toBe(true);
		await removeAttachment(as(curator), solution.slug, added.id);
		expect(await rowsOf(solution.id)).toEqual([]);
		expect(existsSync(join(folder, row!.storage_key))).toBe(false);
		expect((await failure(removeAttachment(as(curator), solution.slug, added.id))).code).toBe(
			'not_found'
		);
	});

	it('rolls the row back when the file cannot be written', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		const failing: AttachmentStorage = {
			...storage,
			write: () => Promise.reject(new Error('disk full'))
		};
		await expect(
			addAttachment(as(curator, failing), solution.slug, {
				file: { name: 'photo.png', bytes: samplePng() },
				caption: ''
			})
		).rejects.toThrow('disk full');
		expect(await rowsOf(solution.id)).toEqual([]);
	});

	it('answers 404 for the files of a solution the reader may not see, or under a wrong name', async () => {
		const creator = await makePerson(db());
		const draft = await makeSolution(db(), { status: 'draft', created_by: creator.userId });
		const added = await addAttachment(as(creator), draft.slug, {
			file: { name: 'plan.pdf', bytes: samplePdf() },
			caption: ''
		});
		expect(
			(await failure(openAttachment(as(visitor), draft.slug, added.id, added.fileName))).code
		).toBe('not_found');
		expect(
			(
				await failure(
					openAttachment(as(await makePerson(db())), draft.slug, added.id, added.fileName)
				)
			).code
		).toBe('not_found');
		const own = await openAttachment(as(creator), draft.slug, added.id, added.fileName);
		expect(own.isPublic).toBe(false);
		await own.stream.cancel();
		expect(
			(await failure(openAttachment(as(creator), draft.slug, added.id, 'other.pdf'))).code
		).toBe('not_found');
		const other = await makeSolution(db());
		expect(
			(await failure(openAttachment(as(creator), other.slug, added.id, added.fileName))).code
		).toBe('not_found');
	});
});
