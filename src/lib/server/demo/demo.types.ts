/**
 * Shapes of the hand-written demo content (the seed webinar of SEED.md and what it names).
 * Plain data: the seeder maps it onto tables, so the data files stay readable.
 */

export type OrganizationKind =
	| 'city'
	| 'local-government'
	| 'national-body'
	| 'un-entity'
	| 'country-office'
	| 'center-of-excellence'
	| 'association'
	| 'ngo'
	| 'academia'
	| 'private-sector'
	| 'intergovernmental';

export interface DemoOrganization {
	slug: string;
	name: string;
	/** Acronym as the organization uses it, e.g. "UNOSSC". */
	shortName?: string;
	kind: OrganizationKind;
	/** ISO 3166-1 alpha-2; omit for global bodies. */
	country?: string;
	/** Name of the city it is based in, when it is a city or local body (must exist in DemoCity list). */
	city?: string;
	website?: string;
	/** 1–3 sentences written for this project. */
	description: string;
	/** IATI organisation identifier when one is well known (e.g. "XM-DAC-41114" for UNDP). */
	iatiIdentifier?: string;
	verified: boolean;
}

export interface DemoCity {
	name: string;
	country: string;
	latitude: number;
	longitude: number;
	population?: number;
}

export interface DemoPerson {
	slug: string;
	honorific: 'Mr.' | 'Ms.' | 'Dr.';
	name: string;
	/** Job title exactly as SEED.md gives it. */
	title: string;
	organization: string; // organization slug
}

export interface DemoAgendaItem {
	title: string;
	kind: 'section' | 'item' | 'presentation' | 'video' | 'launch';
	speakers?: string[]; // person slugs, in order
	project?: string; // project slug
	knowledgeProduct?: string; // knowledge product slug
	children?: DemoAgendaItem[];
}

export interface DemoEvent {
	slug: string;
	title: string;
	kind: 'webinar' | 'workshop' | 'conference' | 'field-visit' | 'training';
	/** ISO 8601 with offset. */
	startsAt: string;
	endsAt: string;
	timeZone: string;
	announcedOn: string; // YYYY-MM-DD
	summary: string;
	description: string;
	objectives: string[];
	hosts: { organization: string; role: 'organizer' | 'co-host' }[];
	/** Programme frameworks the event sits under, e.g. "Cities Project". */
	programmes: string[];
	moderator: string; // person slug
	languages: string[];
	recordingUrl?: string;
	/** What happened, written after the event (Markdown); shown with its recordings. */
	outcomeSummary?: string;
	clusters: string[];
	agenda: DemoAgendaItem[];
	/** Where to join online, for an online or mixed event. */
	onlineUrl?: string;
	/** Where it takes place, for an in-person or mixed event. */
	venue?: string;
	/** Places available; omitted when registration is unlimited. */
	capacity?: number;
}

export interface DemoProject {
	slug: string;
	title: string;
	programme: 'Cities Project' | 'GSSDC';
	status: 'pipeline' | 'implementation' | 'finalisation' | 'closed';
	/** Where it was presented or launched at the seed webinar. */
	origin: 'presented' | 'launched';
	summary: string;
	countries: string[];
	cities: string[];
	sdgs: number[];
	sectors: string[];
	clusters: string[];
	startDate?: string;
	endDate?: string;
	partners: {
		organization: string;
		role: 'funding' | 'accountable' | 'extending' | 'implementing';
	}[];
}

export interface DemoKnowledgeProduct {
	slug: string;
	title: string;
	kind: 'video' | 'publication' | 'case-study' | 'toolkit';
	summary: string;
	publishedOn: string;
	language: string;
	publisher: string; // organization slug
	clusters: string[];
	projects: string[];
	durationSeconds?: number;
	url?: string;
}

export interface DemoCluster {
	slug: string;
	name: string;
	theme: string;
	description: string;
	/** Sector slugs (see data/reference/sectors.json) whose solutions belong to the cluster. */
	sectors: string[];
	sdgs: number[];
	coordinators: string[]; // organization slugs
	members: string[]; // organization slugs
}
