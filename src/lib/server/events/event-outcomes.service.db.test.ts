import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { personOf } from '../clusters/clusters.fixtures.ts';
import { DomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { samplePdf, samplePng } from '../solutions/solution-attachments.samples.ts';
import {
	localAttachmentStorage,
	type AttachmentStorage
} from '../solutions/solution-attachments.storage.ts';
import { makePerson } from '../solutions/solution-translations.fixtures.ts';
import { MAX_DOCUMENT_BYTES, MAX_STILL_BYTES } from './event-outcomes.schema.ts';
import {
	addDocument,
	addRecording,
	getEventOutcomes,
	getOutcomeManager,
	moveRecording,
	openEventDocument,
	openRecordingStill,
	OutcomeFileTooLargeError,
	removeDocument,
	removeRecording,
	saveOutcomeSummary
} from './event-outcomes.service.ts';

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
				.map((entry) => join(entry.parentPath, entry.name))
		: [];
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
	return new Response(stream).text();
}

const root = mkdtempSync(join(tmpdir(), 'galaxy-event-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const WEBINAR = 'promoting-sstc-covid-19-recovery-2022';
const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ&feature=share';

describeOnDialects('event outcomes', 'demo', (db, dialect) => {
	const folder = join(root, dialect);
	const storage = localAttachmentStorage(folder);
	const as = (actor: Actor, store: AttachmentStorage = storage) => ({
		db: db(),
		actor,
		locale: 'en',
		storage: store
	});
	let organizer: Actor & { kind: 'user' };
	let outsider: Actor & { kind: 'user' };
	let otherEvent: string;

	beforeAll(async () => {
		organizer = await personOf(db(), 'unossc', 'editor');
		// An active editor of an organization that does not host the webinar.
		outsider = await personOf(db(), 'koidu-new-sembehun-city-council', 'editor');
		otherEvent = `other-event-${dialect}`;
		const now = new Date().toISOString();
		await db()
			.insertInto('events')
			.values({
				slug: otherEvent,
				title: 'Another event',
				kind: 'workshop',
				summary: '',
				description: '',
				starts_at: now,
				ends_at: now,
				time_zone: 'UTC',
				online_url: null,
				venue: null,
				recording_url: null,
				announced_on: null,
				moderator_person_id: null,
				capacity: null,
				status: 'scheduled',
				created_at: now,
				updated_at: now,
				created_by: null,
				outcome_summary: null
			})
			.execute();
	});

	it('lets only the hosts’ editors and curators manage outcomes', async () => {
		const input = { language: 'en', url: YOUTUBE };
		expect((await failure(addRecording(as(visitor), WEBINAR, input))).code).toBe('unauthenticated');
		expect((await failure(addRecording(as(outsider), WEBINAR, input))).code).toBe('forbidden');
		expect((await failure(getOutcomeManager(as(outsider), WEBINAR))).code).toBe('forbidden');
		expect((await failure(saveOutcomeSummary(as(outsider), WEBINAR, { summary: 'x' }))).code).toBe(
			'forbidden'
		);
		expect((await failure(getOutcomeManager(as(organizer), 'no-such-event'))).code).toBe(
			'not_found'
		);
		const manager = await getOutcomeManager(as(organizer), WEBINAR);
		expect(manager.languages[0]).toBe('en');
		const curator = await makePerson(db(), 'curator');
		expect((await getOutcomeManager(as(curator), WEBINAR)).event.slug).toBe(WEBINAR);
	});

	it('adds a YouTube recording with a click-to-load player and a poster from our origin', async () => {
		const recording = await addRecording(as(organizer), WEBINAR, {
			language: 'en',
			title: '  Full   webinar ',
			url: YOUTUBE,
			duration: '1:02:03'
		});
		expect(recording).toMatchObject({
			language: 'en',
			title: 'Full webinar',
			provider: 'youtube',
			watchUrl: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
			embedUrl: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1',
			durationSeconds: 3723,
			durationText: '1:02:03',
			stillUrl: `/events/${WEBINAR}/recordings/${recording.id}/still`,
			stillKind: 'poster'
		});
		const stored = await db()
			.selectFrom('event_recordings')
			.select(['provider', 'provider_video_id', 'url'])
			.where('id', '=', recording.id)
			.executeTakeFirstOrThrow();
		expect(stored).toEqual({
			provider: 'youtube',
			provider_video_id: 'dQw4w9WgXcQ',
			url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
		});
		const outcomes = await getEventOutcomes(as(visitor), WEBINAR);
		expect(outcomes.recordings.map((r) => r.id)).toContain(recording.id);
		for (const view of outcomes.recordings) expect(view.stillUrl.startsWith('/events/')).toBe(true);

		const audit = await db()
			.selectFrom('audit_events')
			.select(['action', 'actor_user_id', 'subject_type'])
			.where('action', '=', 'event.recording-added')
			.execute();
		expect(audit).toContainEqual({
			action: 'event.recording-added',
			actor_user_id: organizer.userId,
			subject_type: 'event'
		});
	});

	it('makes a poster with escaped text and nothing loaded from elsewhere', async () => {
		const recording = await addRecording(as(organizer), WEBINAR, {
			language: 'fr',
			title: 'Q&A <script>alert(1)</script> "quoted"',
			url: 'https://vimeo.com/76979871',
			duration: '45 min'
		});
		expect(recording.embedUrl).toBe('https://player.vimeo.com/video/76979871?autoplay=1&dnt=1');
		const still = await openRecordingStill(as(visitor), WEBINAR, recording.id);
		if (still.kind !== 'poster') throw new Error('expected a poster');
		expect(still.svg).toContain('>Q&#38;A</text>');
		expect(still.svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
		expect(still.svg).not.toContain('<script');
		expect(still.svg).toContain('français · 45:00');
		// The only address is the SVG namespace: no images, fonts or links.
		expect(still.svg.match(/https?:\/\/[^"]+/g)).toEqual(['http://www.w3.org/2000/svg']);
		expect(still.svg).not.toMatch(/href|<image|@import|url\(/);
	});

	it('names each bad field and keeps nothing', async () => {
		const before = (await getEventOutcomes(as(visitor), WEBINAR)).recordings.length;
		const error = await failure(
			addRecording(as(organizer), WEBINAR, {
				language: 'not a language',
				url: 'javascript:alert(1)',
				duration: 'soon',
				still: { name: 'still.png', bytes: samplePdf() }
			})
		);
		expect(error.code).toBe('invalid_input');
		expect(Object.fromEntries(error.details.map((d) => [d.field, d.reason]))).toEqual({
			language: 'Choose a language from the list.',
			url: 'Write a web address that starts with https:// or http://.',
			duration: 'Write the duration like 1:02:03, 45:10 or 45 min.',
			still: 'The still image must be a PNG, JPEG or WebP picture.'
		});
		const missing = await failure(addRecording(as(organizer), WEBINAR, { language: '', url: '' }));
		expect(missing.details.map((d) => d.field).sort()).toEqual(['language', 'url']);
		const large = await failure(
			addRecording(as(organizer), WEBINAR, {
				language: 'en',
				url: YOUTUBE,
				still: { name: 'big.png', bytes: new Uint8Array(MAX_STILL_BYTES + 1) }
			})
		);
		expect(large).toBeInstanceOf(OutcomeFileTooLargeError);
		expect(large.details).toEqual([
			{ field: 'still', reason: 'The still image is larger than 2 MB: upload a smaller one.' }
		]);
		expect((await getEventOutcomes(as(visitor), WEBINAR)).recordings).toHaveLength(before);
	});

	it('stores an uploaded still, serves it, and removes it with its recording', async () => {
		const png = samplePng(16, 9);
		const recording = await addRecording(as(organizer), WEBINAR, {
			language: 'es',
			url: 'https://media.un.org/en/asset/k1x/k1xyz',
			still: { name: 'still.png', bytes: png }
		});
		expect(recording).toMatchObject({ provider: 'other', embedUrl: null, stillKind: 'upload' });
		const files = filesUnder(folder);
		expect(files.some((file) => file.includes(join('events', '')))).toBe(true);
		const still = await openRecordingStill(as(visitor), WEBINAR, recording.id);
		if (still.kind !== 'file') throw new Error('expected the uploaded still');
		expect(still.mediaType).toBe('image/png');
		expect(still.byteSize).toBe(png.length);
		await still.stream.cancel();
		// The same id under another event's address is not found.
		expect((await failure(openRecordingStill(as(visitor), otherEvent, recording.id))).code).toBe(
			'not_found'
		);
		const count = filesUnder(folder).length;
		await removeRecording(as(organizer), WEBINAR, recording.id);
		expect(filesUnder(folder)).toHaveLength(count - 1);
		expect((await failure(removeRecording(as(organizer), WEBINAR, recording.id))).code).toBe(
			'not_found'
		);
		expect((await failure(openRecordingStill(as(visitor), WEBINAR, recording.id))).code).toBe(
			'not_found'
		);
	});

	it('keeps no row when the file cannot be written, and no file when the row fails', async () => {
		const broken: AttachmentStorage = {
			...storage,
			write: async () => {
				throw new Error('disk full');
			}
		};
		const before = (await getEventOutcomes(as(visitor), WEBINAR)).documents.length;
		await expect(
			addDocument(as(organizer, broken), WEBINAR, {
				title: 'Slides',
				file: { name: 'slides.pdf', bytes: samplePdf() }
			})
		).rejects.toThrow('disk full');
		expect((await getEventOutcomes(as(visitor), WEBINAR)).documents).toHaveLength(before);
	});

	it('moves recordings up and down', async () => {
		const ids = (await getEventOutcomes(as(visitor), WEBINAR)).recordings.map((r) => r.id);
		expect(ids.length).toBeGreaterThanOrEqual(2);
		await moveRecording(as(organizer), WEBINAR, ids[1]!, 'up');
		const moved = (await getEventOutcomes(as(visitor), WEBINAR)).recordings.map((r) => r.id);
		expect(moved).toEqual([ids[1], ids[0], ...ids.slice(2)]);
		await moveRecording(as(organizer), WEBINAR, ids[1]!, 'up'); // already first: nothing moves
		expect((await getEventOutcomes(as(visitor), WEBINAR)).recordings.map((r) => r.id)).toEqual(
			moved
		);
		expect((await failure(moveRecording(as(outsider), WEBINAR, ids[0]!, 'down'))).code).toBe(
			'forbidden'
		);
	});

	it('adds documents checked by their bytes, serves them, and deletes their files', async () => {
		const fake = await failure(
			addDocument(as(organizer), WEBINAR, {
				title: '',
				file: { name: 'slides.pdf', bytes: new TextEncoder().encode('<html>hi</html>') }
			})
		);
		expect(Object.fromEntries(fake.details.map((d) => [d.field, d.reason]))).toEqual({
			title: 'Give the document a title.',
			file: 'Upload a PDF, or a PNG, JPEG or WebP picture.'
		});
		const none = await failure(
			addDocument(as(organizer), WEBINAR, { title: 'Slides', file: null })
		);
		expect(none.details).toEqual([{ field: 'file', reason: 'Choose the file to upload.' }]);
		const large = await failure(
			addDocument(as(organizer), WEBINAR, {
				title: 'Huge',
				file: { name: 'huge.pdf', bytes: new Uint8Array(MAX_DOCUMENT_BYTES + 1) }
			})
		);
		expect(large).toBeInstanceOf(OutcomeFileTooLargeError);

		const pdf = samplePdf();
		const document = await addDocument(as(organizer), WEBINAR, {
			title: 'Koidu City waste management slides',
			file: { name: '../../Koidu slides.PDF', bytes: pdf }
		});
		expect(document).toMatchObject({
			title: 'Koidu City waste management slides',
			url: `/events/${WEBINAR}/documents/${document.id}`,
			fileName: 'Koidu slides.pdf',
			mediaType: 'application/pdf',
			byteSize: pdf.length
		});
		const opened = await openEventDocument(as(visitor), WEBINAR, document.id);
		expect(await text(opened.stream)).toBe(new TextDecoder().decode(pdf));
		expect((await failure(openEventDocument(as(visitor), otherEvent, document.id))).code).toBe(
			'not_found'
		);
		expect((await failure(removeDocument(as(outsider), WEBINAR, document.id))).code).toBe(
			'forbidden'
		);
		const count = filesUnder(folder).length;
		await removeDocument(as(organizer), WEBINAR, document.id);
		expect(filesUnder(folder)).toHaveLength(count - 1);
		expect((await getEventOutcomes(as(visitor), WEBINAR)).documents.map((d) => d.id)).not.toContain(
			document.id
		);
		const actions = await db()
			.selectFrom('audit_events')
			.select('action')
			.where('subject_type', '=', 'event')
			.execute();
		expect(actions.map((a) => a.action)).toEqual(
			expect.arrayContaining(['event.document-added', 'event.document-removed'])
		);
	});

	it('renders the summary from Markdown, sanitized, and clears it when empty', async () => {
		await saveOutcomeSummary(as(organizer), WEBINAR, {
			summary: 'Partners **agreed** on next steps.\n\n<script>alert(1)</script>\n\n- one\n- two'
		});
		const { summaryHtml } = await getEventOutcomes(as(visitor), WEBINAR);
		expect(summaryHtml).toContain('<strong>agreed</strong>');
		expect(summaryHtml).toContain('<li>two</li>');
		expect(summaryHtml).not.toContain('<script');
		const manager = await getOutcomeManager(as(organizer), WEBINAR);
		expect(manager.summary).toContain('**agreed**');
		await saveOutcomeSummary(as(organizer), WEBINAR, { summary: '   ' });
		expect((await getEventOutcomes(as(visitor), WEBINAR)).summaryHtml).toBeNull();
	});
});
