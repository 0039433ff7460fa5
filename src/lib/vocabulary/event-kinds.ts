/** Kinds of event the platform runs. */
export const EVENT_KINDS = [
	'webinar',
	'workshop',
	'conference',
	'field-visit',
	'training'
] as const;

export type EventKind = (typeof EVENT_KINDS)[number];
