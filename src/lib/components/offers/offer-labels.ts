import type { Translate } from '#lib/i18n/translator.ts';

/**
 * Names of the kinds of support and of an offer's states in the reader's language. Written out
 * (not built from the value) so every key is visible to the messages test.
 */
export function supportLabel(t: Translate, support: string): string {
	switch (support) {
		case 'technical-assistance':
			return t('offers.support.technicalAssistance');
		case 'peer-exchange':
			return t('offers.support.peerExchange');
		case 'training':
			return t('offers.support.training');
		case 'technology-transfer':
			return t('offers.support.technologyTransfer');
		case 'financing':
			return t('offers.support.financing');
		case 'policy-advice':
			return t('offers.support.policyAdvice');
		default:
			return support;
	}
}

export function offerStatusLabel(t: Translate, status: string): string {
	return status === 'withdrawn' ? t('offers.status.withdrawn') : t('offers.status.active');
}

/** The element a form problem points at: a single field or a group of checkboxes. */
export function offerFieldAnchor(field: string): string {
	return ['supportTypes', 'sectors', 'languages', 'regions'].includes(field)
		? `group-${field}`
		: `field-${field}`;
}

/** The name of a form field, for the list of problems at the top of the form. */
export function offerFieldLabel(t: Translate, field: string): string {
	switch (field) {
		case 'organization':
			return t('offers.form.organization.label');
		case 'title':
			return t('offers.form.title.label');
		case 'description':
			return t('offers.form.description.label');
		case 'language':
			return t('offers.form.language.label');
		case 'supportTypes':
			return t('offers.form.support.legend');
		case 'sectors':
			return t('offers.form.sectors.legend');
		case 'languages':
			return t('offers.form.languages.legend');
		case 'regions':
			return t('offers.form.regions.legend');
		default:
			return field;
	}
}
