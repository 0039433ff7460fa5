import type { Translate } from '#lib/i18n/translator.ts';
import { stageLabel } from '../needs/need-labels.ts';

/**
 * Names of the brokering pipeline's words in the reader's language. Written out (not built from
 * the value) so every key is visible to the messages test. Stages and kinds of match: see
 * `needs/need-labels.ts`.
 */

/** Why a connection was closed. */
export function closeReasonLabel(t: Translate, reason: string | null): string {
	switch (reason) {
		case 'not-relevant':
			return t('pipeline.reason.not-relevant');
		case 'no-response':
			return t('pipeline.reason.no-response');
		case 'no-capacity':
			return t('pipeline.reason.no-capacity');
		case 'no-funding':
			return t('pipeline.reason.no-funding');
		case 'duplicate':
			return t('pipeline.reason.duplicate');
		case 'need-withdrawn':
			return t('pipeline.reason.need-withdrawn');
		case 'other':
			return t('pipeline.reason.other');
		default:
			return t('brokering.reason.unknown');
	}
}

/** "Move to “introduced”": the label of a move button. */
export function moveLabel(t: Translate, stage: string): string {
	return t('brokering.board.moveTo', { stage: stageLabel(t, stage) });
}
