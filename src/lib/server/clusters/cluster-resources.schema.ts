import { z } from 'zod';
import type { UploadedFile } from '../solutions/solution-attachments.schema.ts';

/** The resources of a cluster: links and files. Error messages are keys (cluster-input.ts). */

/** The largest file a cluster may share: 10 MB. */
export const MAX_RESOURCE_BYTES = 10 * 1024 * 1024;
/** How many resources (links and files) one cluster may have. */
export const MAX_RESOURCES_PER_CLUSTER = 60;

const text = z.string({ error: 'clusterForm.error.required' });

const title = text
	.transform((value) => value.replace(/\s+/g, ' ').trim())
	.pipe(z.string().min(1, 'clusterForm.error.titleRequired').max(200, 'clusterForm.error.tooLong'));

const description = text
	.trim()
	.max(500, 'clusterForm.error.tooLong')
	.optional()
	.transform((value) => (value ? value : null));

/** Only web addresses: no `javascript:`, `data:` or `file:` link ever reaches a page. */
function isWebAddress(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
	} catch {
		return false;
	}
}

export const linkResourceSchema = z.object({
	title,
	url: text
		.trim()
		.min(1, 'clusterForm.error.urlRequired')
		.max(2000, 'clusterForm.error.tooLong')
		.refine(isWebAddress, 'clusterForm.error.url'),
	description
});

export const fileResourceSchema = z.object({ title, description });

export interface FileResourceInput {
	title: unknown;
	description?: unknown;
	file: UploadedFile | null;
}

/** The id of a resource, from a form's hidden field or an address. */
export const resourceIdSchema = z.coerce
	.number({ error: 'clusterForm.error.resource' })
	.int('clusterForm.error.resource')
	.min(1, 'clusterForm.error.resource')
	.max(2_147_483_647, 'clusterForm.error.resource');
