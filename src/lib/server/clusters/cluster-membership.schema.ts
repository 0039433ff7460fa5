import { z } from 'zod';

/** The forms of cluster membership. Error messages are message keys (see cluster-input.ts). */

export const STATEMENT_MIN_LENGTH = 10;
export const STATEMENT_MAX_LENGTH = 1000;
export const DECISION_NOTE_MAX_LENGTH = 1000;

const text = z.string({ error: 'clusterForm.error.required' });

/** An organization named by its address (`koidu-new-sembehun-city-council`). */
export const organizationField = text
	.trim()
	.min(1, 'clusterForm.error.organizationRequired')
	.max(200, 'clusterForm.error.organizationUnknown')
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'clusterForm.error.organizationUnknown');

export const membershipRequestSchema = z.object({
	organization: organizationField,
	statement: text
		.trim()
		.min(STATEMENT_MIN_LENGTH, 'clusterForm.error.tooShort')
		.max(STATEMENT_MAX_LENGTH, 'clusterForm.error.tooLong')
});

export const membershipDecisionSchema = z.object({
	organization: organizationField,
	decision: z.enum(['approve', 'decline'], { error: 'clusterForm.error.decision' }),
	note: text
		.trim()
		.max(DECISION_NOTE_MAX_LENGTH, 'clusterForm.error.tooLong')
		.optional()
		.transform((value) => (value ? value : null))
});

export const membershipLeaveSchema = z.object({ organization: organizationField });
