import { z } from 'zod';
import { DomainError } from '../http/errors.ts';

/** The largest file one may attach: 5 MB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
/** How many files one solution may have. */
export const MAX_ATTACHMENTS_PER_SOLUTION = 10;
export const MAX_CAPTION_LENGTH = 300;

export const captionSchema = z
	.string()
	.transform((value) => value.replace(/\s+/g, ' ').trim())
	.pipe(z.string().max(MAX_CAPTION_LENGTH, `must be ${MAX_CAPTION_LENGTH} characters or fewer`))
	.transform((value) => (value === '' ? null : value));

/** The `[id]` of an attachment's address. */
export const attachmentIdSchema = z.coerce
	.number({ error: 'must be a whole number' })
	.int('must be a whole number')
	.min(1, 'must be 1 or more')
	.max(2_147_483_647, 'is too large');

/** A file as the upload form hands it over. */
export interface UploadedFile {
	/** The name on the uploader's computer: only a hint, sanitized before use. */
	name: string;
	bytes: Uint8Array;
}

/**
 * An upload over the size limit. An `invalid_input` like any bad field, which the edge answers
 * with 413 Content Too Large rather than 400.
 */
export class UploadTooLargeError extends DomainError {
	constructor(field: string, limitBytes: number) {
		const megabytes = limitBytes / (1024 * 1024);
		super('invalid_input', `The file is larger than ${megabytes} MB.`, [
			{ field, reason: `must be ${megabytes} MB or smaller` }
		]);
	}
}

export function isUploadTooLarge(error: unknown): error is UploadTooLargeError {
	return error instanceof UploadTooLargeError;
}
