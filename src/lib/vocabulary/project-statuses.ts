/** IATI ActivityStatus codelist, by name (code = position + 1): 1 pipeline … 6 suspended. */
export const PROJECT_STATUSES = [
	'pipeline',
	'implementation',
	'finalisation',
	'closed',
	'cancelled',
	'suspended'
] as const;

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export function iatiActivityStatusCode(status: ProjectStatus): number {
	return PROJECT_STATUSES.indexOf(status) + 1;
}
