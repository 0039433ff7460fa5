import type { Translate } from '#lib/i18n/translator.ts';

/**
 * Names of the workflow's states, actions and fields in the reader's language. Written out (not
 * built from the value) so every key is visible to the messages test.
 */
export function statusLabel(t: Translate, status: string): string {
	switch (status) {
		case 'draft':
			return t('solutionForm.status.draft');
		case 'submitted':
			return t('solutionForm.status.submitted');
		case 'changes-requested':
			return t('solutionForm.status.changesRequested');
		case 'published':
			return t('solutionForm.status.published');
		case 'rejected':
			return t('solutionForm.status.rejected');
		default:
			return t('solutionForm.status.archived');
	}
}

export function reviewActionLabel(t: Translate, action: string): string {
	switch (action) {
		case 'submitted':
			return t('moderation.action.submitted');
		case 'changes-requested':
			return t('moderation.action.changesRequested');
		case 'published':
			return t('moderation.action.published');
		case 'rejected':
			return t('moderation.action.rejected');
		default:
			return t('moderation.action.archived');
	}
}

export function partnerRoleLabel(t: Translate, role: string): string {
	switch (role) {
		case 'provider':
			return t('solutionForm.role.provider');
		case 'implementer':
			return t('solutionForm.role.implementer');
		default:
			return t('solutionForm.role.funder');
	}
}

export function fieldLabel(t: Translate, field: string): string {
	const labels: Record<string, string> = {
		title: t('solutionForm.title.label'),
		summary: t('solutionForm.summary.label'),
		language: t('solutionForm.language.label'),
		organization: t('solutionForm.organization.label'),
		challenge: t('solutionForm.challenge.label'),
		solution: t('solutionForm.solution.label'),
		results: t('solutionForm.results.label'),
		replicability: t('solutionForm.replicability.label'),
		enablingFactors: t('solutionForm.enablingFactors.label'),
		constraints: t('solutionForm.constraints.label'),
		partners: t('solutionForm.partners.heading'),
		countries: t('solutionForm.countries.label'),
		cities: t('solutionForm.cities.label'),
		sdgs: t('solutionForm.goals.legend'),
		targets: t('solutionForm.targets.label'),
		sectors: t('solutionForm.sectors.legend'),
		modality: t('solutionForm.modality.legend'),
		startYear: t('solutionForm.startYear.label'),
		endYear: t('solutionForm.endYear.label'),
		resourcesMobilized: t('solutionForm.resources.label'),
		contactName: t('solutionForm.contactName.label'),
		contactEmail: t('solutionForm.contactEmail.label')
	};
	return labels[field] ?? field;
}

/** The id of the input a problem is about, so the error summary can link to it. */
export function fieldId(field: string): string {
	const row = /^partners\.(\d+)$/.exec(field);
	if (row) return `partner-name-${row[1]}`;
	if (field === 'sdgs' || field === 'sectors' || field === 'modality' || field === 'partners') {
		return `group-${field}`;
	}
	return `field-${field}`;
}
