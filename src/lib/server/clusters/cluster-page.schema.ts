import { z } from 'zod';

/** What coordinators may change on their cluster's page. Messages are keys (cluster-input.ts). */

const text = z.string({ error: 'clusterForm.error.required' });

export const clusterPageSchema = z.object({
	theme: text
		.transform((value) => value.replace(/\s+/g, ' ').trim())
		.pipe(z.string().min(3, 'clusterForm.error.tooShort').max(200, 'clusterForm.error.tooLong')),
	description: text
		.trim()
		.min(20, 'clusterForm.error.tooShort')
		.max(2000, 'clusterForm.error.tooLong')
});
