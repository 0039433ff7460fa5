import type { Kysely } from 'kysely';
import type { Database } from '../db/database.ts';
import {
	findCity,
	findOrganization,
	findOrganizationContacts,
	findOrganizationsInCity,
	findSolutionContact,
	findSolutionProviders,
	findUserContact,
	type ConnectionRow
} from './connections.repository.ts';
import type { NeedRow } from './needs.repository.ts';

/**
 * The two parties of a connection and how to reach them. The requester is whoever posted the need
 * (or, if that account is gone, the editors of its organization). The other side is the match's
 * own contact: a solution's named contact, else its author, else its providers' editors; an
 * organization's editors (then members); a city's organizations. A broker may set the contact
 * on the connection, which then wins.
 */

export interface Contact {
	name: string;
	email: string;
}

export interface Party {
	/** How the party is named in emails and on the board. */
	label: string;
	/** Where its page is. */
	path: string | null;
	/** Who is emailed, the first one named in the other party's email. */
	contacts: Contact[];
}

type Db = Kysely<Database>;

async function organizationContacts(db: Db, organizationIds: number[]): Promise<Contact[]> {
	const rows = await findOrganizationContacts(db, organizationIds);
	const seen = new Set<string>();
	const contacts: Contact[] = [];
	// Editors first, in the order of the organizations given.
	for (const role of ['editor', 'member'] as const) {
		for (const organizationId of organizationIds) {
			for (const row of rows) {
				if (row.organization_id !== organizationId || row.role !== role || seen.has(row.email)) {
					continue;
				}
				seen.add(row.email);
				contacts.push({ name: row.display_name, email: row.email });
			}
		}
		if (contacts.length > 0) break;
	}
	return contacts;
}

export async function requesterOf(db: Db, need: NeedRow): Promise<Party> {
	const creator = need.created_by === null ? undefined : await findUserContact(db, need.created_by);
	const organization =
		need.organization_id === null ? undefined : await findOrganization(db, need.organization_id);
	const contacts = creator
		? [{ name: creator.display_name, email: creator.email }]
		: await organizationContacts(db, need.organization_id === null ? [] : [need.organization_id]);
	return {
		label: organization?.name ?? creator?.display_name ?? need.title,
		path: `/needs/${need.id}`,
		contacts
	};
}

/** The match's side, or null when what it points at no longer exists. */
export async function otherPartyOf(
	db: Db,
	connection: Pick<
		ConnectionRow,
		| 'target_kind'
		| 'solution_id'
		| 'provider_organization_id'
		| 'peer_city_id'
		| 'contact_name'
		| 'contact_email'
	>
): Promise<Party | null> {
	let party: Party | null = null;
	if (connection.target_kind === 'solution' && connection.solution_id !== null) {
		const solution = await findSolutionContact(db, connection.solution_id);
		if (solution) {
			const contacts: Contact[] = [];
			if (solution.contact_email) {
				contacts.push({ name: solution.contact_name ?? '', email: solution.contact_email });
			} else if (solution.creator_email) {
				contacts.push({ name: solution.creator_name ?? '', email: solution.creator_email });
			} else {
				contacts.push(
					...(await organizationContacts(db, await findSolutionProviders(db, solution.id)))
				);
			}
			party = { label: solution.title, path: `/solutions/${solution.slug}`, contacts };
		}
	} else if (
		connection.target_kind === 'provider' &&
		connection.provider_organization_id !== null
	) {
		const organization = await findOrganization(db, connection.provider_organization_id);
		if (organization) {
			party = {
				label: organization.name,
				path: `/partners/${organization.slug}`,
				contacts: await organizationContacts(db, [organization.id])
			};
		}
	} else if (connection.target_kind === 'peer-city' && connection.peer_city_id !== null) {
		const city = await findCity(db, connection.peer_city_id);
		if (city) {
			party = {
				label: `${city.name} (${city.country_code})`,
				path: null,
				contacts: await organizationContacts(db, await findOrganizationsInCity(db, city.id))
			};
		}
	}
	if (party && connection.contact_email) {
		party.contacts = [
			{ name: connection.contact_name ?? '', email: connection.contact_email },
			...party.contacts.filter((contact) => contact.email !== connection.contact_email)
		];
	}
	return party;
}

/** "Name, email" or just the email. */
export function formatContact(contact: Contact): string {
	return contact.name.trim() === '' ? contact.email : `${contact.name}, ${contact.email}`;
}
