import type { Translate } from '#lib/i18n/translator.ts';

/**
 * Names of the words of needs in the reader's language. Written out (not built from the value) so
 * every key is visible to the messages test.
 */

export function supportLabel(t: Translate, support: string): string {
	switch (support) {
		case 'technical-assistance':
			return t('support.technical-assistance');
		case 'peer-exchange':
			return t('support.peer-exchange');
		case 'training':
			return t('support.training');
		case 'technology-transfer':
			return t('support.technology-transfer');
		case 'financing':
			return t('support.financing');
		case 'policy-advice':
			return t('support.policy-advice');
		default:
			return support;
	}
}

export function visibilityLabel(t: Translate, visibility: string): string {
	switch (visibility) {
		case 'members':
			return t('needs.visibility.members');
		case 'curators':
			return t('needs.visibility.curators');
		default:
			return t('needs.visibility.public');
	}
}

export function needStatusLabel(t: Translate, status: string): string {
	switch (status) {
		case 'matched':
			return t('needs.status.matched');
		case 'closed':
			return t('needs.status.closed');
		default:
			return t('needs.status.open');
	}
}

/** A stage of the brokering pipeline. */
export function stageLabel(t: Translate, stage: string): string {
	switch (stage) {
		case 'suggested':
			return t('pipeline.stage.suggested');
		case 'introduction-requested':
			return t('pipeline.stage.introduction-requested');
		case 'introduced':
			return t('pipeline.stage.introduced');
		case 'in-dialogue':
			return t('pipeline.stage.in-dialogue');
		case 'agreement':
			return t('pipeline.stage.agreement');
		case 'pilot-launched':
			return t('pipeline.stage.pilot-launched');
		case 'closed':
			return t('pipeline.stage.closed');
		default:
			return stage;
	}
}

/** What kind of thing a match or a connection points at. */
export function targetKindLabel(t: Translate, kind: string | null): string {
	switch (kind) {
		case 'solution':
			return t('needs.connections.kind.solution');
		case 'provider':
			return t('needs.connections.kind.provider');
		case 'peer-city':
			return t('needs.connections.kind.peerCity');
		default:
			return '';
	}
}

const GROUPS = ['supportTypes', 'sdgs', 'sectors', 'languages', 'visibility'];

/** The element a form problem points at: a single field or a group of checkboxes. */
export function needFieldAnchor(field: string): string {
	return GROUPS.includes(field) ? `group-${field}` : `field-${field}`;
}

/** The name of a form field, for the list of problems at the top of the form. */
export function needFieldLabel(t: Translate, field: string): string {
	switch (field) {
		case 'title':
			return t('needForm.title.label');
		case 'description':
			return t('needForm.description.label');
		case 'tried':
			return t('needForm.tried.label');
		case 'supportTypes':
			return t('needForm.support.legend');
		case 'sdgs':
			return t('needForm.goals.legend');
		case 'targets':
			return t('needForm.targets.label');
		case 'sectors':
			return t('needForm.sectors.legend');
		case 'country':
			return t('needForm.country.label');
		case 'city':
			return t('needForm.city.label');
		case 'timeframe':
			return t('needForm.timeframe.label');
		case 'language':
			return t('needForm.language.label');
		case 'languages':
			return t('needForm.languages.legend');
		case 'organization':
			return t('needForm.organization.label');
		case 'visibility':
			return t('needForm.visibility.legend');
		default:
			return field;
	}
}
