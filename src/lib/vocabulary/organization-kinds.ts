/** Kinds of partner organization, shared by validation (server) and filter forms (pages). */
export const ORGANIZATION_KINDS = [
	'city',
	'local-government',
	'national-body',
	'un-entity',
	'country-office',
	'center-of-excellence',
	'association',
	'ngo',
	'academia',
	'private-sector',
	'intergovernmental'
] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
