import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { formFailure, requireSignIn } from '../http/form.ts';
import { parseInput } from '../http/query.ts';
import type { UploadedFile } from '../solutions/solution-attachments.schema.ts';
import { localAttachmentStorage } from '../solutions/solution-attachments.storage.ts';
import { slugSchema } from '../solutions/solutions.schema.ts';
import { translatorFor } from '../solutions/solution-messages.ts';
import { knowledgeValuesFromForm, type KnowledgeFormValues } from './knowledge-editor.schema.ts';
import {
	createKnowledgeProduct,
	updateKnowledgeProduct,
	type KnowledgeEditorContext
} from './knowledge-editor.service.ts';

/**
 * The edge of the knowledge editor: the form post (text fields, a PDF, a cover image) turned into
 * one use-case call, then a redirect to the product (post/redirect/get), or the form again with
 * the problems next to the fields and what was typed (files must be chosen again).
 */

export function knowledgeEditorContext(locals: App.Locals): KnowledgeEditorContext {
	return {
		db: locals.db,
		actor: locals.actor,
		locale: locals.locale,
		storage: localAttachmentStorage()
	};
}

/** The product's address from the route (`/knowledge/Bad Slug/edit` → 400). */
export function knowledgeSlugOf(params: Partial<Record<string, string>>): string {
	return parseInput(slugSchema, params.slug);
}

export interface KnowledgeFormFailure {
	input: KnowledgeFormValues;
	errors: Record<string, string>;
	message: string;
}

/** A body over BODY_SIZE_LIMIT fails while it is read (adapter-node answers 413 with it). */
function isBodyTooLarge(error: unknown): boolean {
	return typeof error === 'object' && error !== null && 'status' in error && error.status === 413;
}

async function uploaded(form: FormData, name: string): Promise<UploadedFile | null> {
	const file = form.get(name);
	if (!(file instanceof File) || (file.size === 0 && file.name === '')) return null;
	return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The form action of `/knowledge/new` (`slug` null) and `/knowledge/[slug]/edit`. */
export async function knowledgeFormAction(event: RequestEvent, slug: string | null) {
	requireSignIn(event);
	let form: FormData;
	try {
		form = await event.request.formData();
	} catch (error) {
		if (!isBodyTooLarge(error)) throw error;
		const t = translatorFor(event.locals.locale);
		const reason = t('knowledgeForm.error.fileTooLarge', { size: '25 MB' });
		return fail(413, { input: null, errors: { file: reason }, message: reason });
	}
	const values = knowledgeValuesFromForm(form);
	let saved: { slug: string };
	try {
		const input = {
			values,
			file: await uploaded(form, 'file'),
			cover: await uploaded(form, 'cover')
		};
		const context = knowledgeEditorContext(event.locals);
		saved = slug
			? await updateKnowledgeProduct(context, slug, input)
			: await createKnowledgeProduct(context, input);
	} catch (error) {
		const failure = formFailure(error, {}, event.setHeaders);
		const { errors, message } = failure.data;
		return fail(failure.status, { input: values, errors, message });
	}
	redirect(303, `/knowledge/${saved.slug}?${slug ? 'saved' : 'published'}=1`);
}
