import { fail, redirect } from '@sveltejs/kit';
import { field, formFailure } from '#lib/server/http/form.ts';
import { parseInput } from '#lib/server/http/query.ts';
import {
	attachmentIdSchema,
	isUploadTooLarge,
	MAX_ATTACHMENT_BYTES,
	UploadTooLargeError
} from '#lib/server/solutions/solution-attachments.schema.ts';
import {
	addAttachment,
	getAttachmentManager,
	removeAttachment
} from '#lib/server/solutions/solution-attachments.service.ts';
import { localAttachmentStorage } from '#lib/server/solutions/solution-attachments.storage.ts';
import { slugSchema } from '#lib/server/solutions/solutions.schema.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
	return {
		manager: await getAttachmentManager(
			{ ...locals, storage: localAttachmentStorage() },
			parseInput(slugSchema, params.slug)
		)
	};
};

/** A body over BODY_SIZE_LIMIT fails while it is read (adapter-node answers 413 with it). */
function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

export const actions: Actions = {
	upload: async ({ locals, params, request, url }) => {
		if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const slug = parseInput(slugSchema, params.slug);
		let form: FormData;
		try {
			form = await request.formData();
		} catch (error) {
			if (!isBodyTooLarge(error)) throw error;
			return fail(413, formFailure(new UploadTooLargeError('file', MAX_ATTACHMENT_BYTES), {}).data);
		}
		const file = form.get('file');
		const caption = field(form, 'caption');
		try {
			const attachment = await addAttachment(
				{ ...locals, storage: localAttachmentStorage() },
				slug,
				{
					file:
						file instanceof File
							? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
							: null,
					caption
				}
			);
			return { uploaded: attachment.fileName };
		} catch (error) {
			const failure = formFailure(error, { caption });
			return isUploadTooLarge(error) ? fail(413, failure.data) : failure;
		}
	},
	delete: async ({ locals, params, request, url }) => {
		if (!locals.user) redirect(303, `/login?next=${encodeURIComponent(url.pathname)}`);
		const slug = parseInput(slugSchema, params.slug);
		const form = await request.formData();
		try {
			await removeAttachment(
				{ ...locals, storage: localAttachmentStorage() },
				slug,
				parseInput(attachmentIdSchema, field(form, 'id'))
			);
		} catch (error) {
			return formFailure(error, {});
		}
		return { deleted: true };
	}
};
