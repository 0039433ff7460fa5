import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/**
 * The one schema shared by SQLite and PostgreSQL. Conventions that keep both dialects equal:
 * - instants are ISO 8601 UTC strings (`2022-10-18T13:00:00.000Z`), dates `YYYY-MM-DD`;
 *   both sort correctly as text;
 * - flags are integers 0/1 (SQLite has no boolean type);
 * - lists are link tables, never JSON columns, so they can be filtered and joined.
 * Each module owns its tables (see docs/ARCHITECTURE.md); only its repository queries them.
 */

type Id = Generated<number>;
type Flag = number;
/** ISO 8601 instant in UTC. */
type Instant = string;
type CreatedAt = ColumnType<Instant, Instant | undefined, never>;

// places
export interface CountryTable {
	code: string;
	iso3: string;
	m49: number;
	name: string;
	region_code: number;
	region_name: string;
	sub_region_code: number;
	sub_region_name: string;
	intermediate_region_code: number | null;
	intermediate_region_name: string | null;
	ldc: Flag;
	lldc: Flag;
	sids: Flag;
	global_south: Flag;
}
export interface CountryNameTable {
	country_code: string;
	locale: string;
	name: string;
}
export interface CityTable {
	id: Id;
	slug: string;
	name: string;
	country_code: string;
	latitude: number;
	longitude: number;
	population: number | null;
	geoname_id: number | null;
}

// taxonomy
export interface SdgGoalTable {
	number: number;
	color: string;
}
export interface SdgGoalTranslationTable {
	goal: number;
	locale: string;
	short_name: string;
	title: string;
}
export interface SdgTargetTable {
	code: string;
	goal: number;
	position: number;
}
export interface SdgTargetTranslationTable {
	target_code: string;
	locale: string;
	title: string;
}
export interface SectorTable {
	slug: string;
	name: string;
	position: number;
}
export interface SectorDacCodeTable {
	sector_slug: string;
	dac_code: string;
}

// organizations and people
export interface OrganizationTable {
	id: Id;
	slug: string;
	name: string;
	short_name: string | null;
	kind: string;
	country_code: string | null;
	city_id: number | null;
	website: string | null;
	description: string;
	iati_identifier: string | null;
	verified_at: Instant | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface PersonTable {
	id: Id;
	slug: string;
	honorific: string | null;
	name: string;
	title: string | null;
	organization_id: number | null;
	created_at: CreatedAt;
	/** The speaker's organization when it is not on the platform. */
	affiliation: string | null;
}

// identity
export interface UserTable {
	id: Id;
	email: string;
	display_name: string;
	password_hash: string | null;
	role: 'member' | 'curator' | 'admin';
	email_verified_at: Instant | null;
	person_id: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface OrganizationMembershipTable {
	organization_id: number;
	user_id: number;
	role: 'member' | 'editor';
	status: 'requested' | 'invited' | 'active';
	created_at: CreatedAt;
}

// solutions
export interface SolutionTable {
	id: Id;
	slug: string;
	reference: string | null;
	title: string;
	summary: string;
	challenge: string;
	solution: string;
	results: string;
	replicability: string | null;
	language: string;
	modality: 'south-south' | 'triangular';
	start_year: number | null;
	end_year: number | null;
	enabling_factors: string | null;
	constraints: string | null;
	resources_mobilized: string | null;
	contact_name: string | null;
	contact_email: string | null;
	/** The organization that submitted the solution; its editors and members may edit it. */
	organization_id: number | null;
	status: 'draft' | 'submitted' | 'changes-requested' | 'published' | 'rejected' | 'archived';
	submitted_at: Instant | null;
	published_at: Instant | null;
	/** The number of the last published version, 0 before the first publication. */
	version: Generated<number>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface SolutionTargetTable {
	solution_id: number;
	target_code: string;
}
export interface SolutionTranslationTable {
	solution_id: number;
	language: string;
	title: string;
	summary: string;
	challenge: string;
	solution: string;
	results: string;
	replicability: string | null;
	enabling_factors: string | null;
	constraints: string | null;
	translated_by: number | null;
	created_at: Instant;
	updated_at: Instant;
}
export interface SolutionVersionTable {
	id: Id;
	solution_id: number;
	version: number;
	/** JSON text: the whole solution as published. */
	snapshot: string;
	/** JSON text: the names of the fields that differ from the previous version. */
	changed_fields: string;
	actor_user_id: number | null;
	created_at: Instant;
}
export interface SolutionReviewTable {
	id: Id;
	solution_id: number;
	action: 'submitted' | 'changes-requested' | 'published' | 'rejected' | 'archived';
	comment: string | null;
	actor_user_id: number | null;
	created_at: Instant;
}
export interface SolutionAttachmentTable {
	id: Id;
	solution_id: number;
	kind: 'image' | 'pdf';
	file_name: string;
	media_type: string;
	byte_size: number;
	sha256: string;
	/** Where the bytes are kept, relative to the uploads directory. */
	storage_key: string;
	caption: string | null;
	position: number;
	created_by: number | null;
	created_at: Instant;
}
export interface SolutionSdgTable {
	solution_id: number;
	goal: number;
}
export interface SolutionSectorTable {
	solution_id: number;
	sector_slug: string;
}
export interface SolutionCountryTable {
	solution_id: number;
	country_code: string;
}
export interface SolutionCityTable {
	solution_id: number;
	city_id: number;
}
export interface SolutionOrganizationTable {
	solution_id: number;
	organization_id: number;
	role: 'provider' | 'implementer' | 'funder';
	position: number;
}

// clusters
export interface ClusterTable {
	id: Id;
	slug: string;
	name: string;
	theme: string;
	description: string;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface ClusterSectorTable {
	cluster_id: number;
	sector_slug: string;
}
export interface ClusterSdgTable {
	cluster_id: number;
	goal: number;
}
export interface ClusterMembershipTable {
	cluster_id: number;
	organization_id: number;
	role: 'member' | 'coordinator';
	status: 'requested' | 'active' | 'declined';
	statement: string | null;
	created_at: CreatedAt;
	/** The user who asked on the organization's behalf (migration 0005). */
	requested_by: number | null;
	decided_by: number | null;
	decided_at: Instant | null;
	decision_note: string | null;
}
export interface ClusterSolutionTable {
	cluster_id: number;
	solution_id: number;
}

// cluster community (migration 0005)
export interface ClusterResourceTable {
	id: Id;
	cluster_id: number;
	kind: 'link' | 'file';
	title: string;
	description: string | null;
	/** For links. */
	url: string | null;
	/** For files: where `UPLOADS_DIR` keeps it, its original name, sniffed type and size. */
	storage_key: string | null;
	file_name: string | null;
	media_type: string | null;
	byte_size: number | null;
	pinned: Flag;
	created_by: number | null;
	created_at: Instant;
	updated_at: Instant;
}
export interface DiscussionThreadTable {
	id: Id;
	cluster_id: number;
	title: string;
	kind: 'discussion' | 'announcement';
	/** `held` while its first post waits for review. */
	status: 'visible' | 'held' | 'hidden';
	author_user_id: number | null;
	pinned: Flag;
	locked: Flag;
	created_at: Instant;
	last_activity_at: Instant;
}
export interface DiscussionPostTable {
	id: Id;
	thread_id: number;
	author_user_id: number | null;
	/** Markdown as written; rendered and sanitized when shown. */
	body: string;
	status: 'visible' | 'held' | 'hidden';
	moderated_by: number | null;
	moderated_at: Instant | null;
	moderation_note: string | null;
	created_at: Instant;
	updated_at: Instant;
}
export interface DiscussionAttachmentTable {
	id: Id;
	post_id: number;
	storage_key: string;
	file_name: string;
	media_type: string;
	byte_size: number;
	created_at: Instant;
}
export interface PostReportTable {
	id: Id;
	post_id: number;
	reporter_user_id: number;
	reason: string;
	status: 'open' | 'resolved';
	resolved_by: number | null;
	resolved_at: Instant | null;
	/** What the moderator did: hid the post or kept it. */
	resolution: 'hidden' | 'kept' | null;
	created_at: Instant;
}
export interface FollowTable {
	user_id: number;
	target_kind: 'cluster' | 'thread';
	target_id: number;
	created_at: Instant;
}

// notifications (migration 0005)
export type NotificationDelivery = 'immediate' | 'daily' | 'weekly' | 'off';
export interface NotificationTable {
	id: Id;
	user_id: number;
	/** A notification kind, e.g. `mention` (see notifications/notification-kinds.ts). */
	kind: string;
	actor_user_id: number | null;
	cluster_id: number | null;
	subject_kind: string;
	subject_id: number;
	title: string;
	excerpt: string | null;
	/** A path on the site, e.g. `/clusters/waste/discussions/3#post-9`. */
	link: string;
	/** The recipient's preference for the kind when it was created. */
	delivery: NotificationDelivery;
	created_at: Instant;
	read_at: Instant | null;
	/** When it went out by email, alone or in a digest; null while it waits for one. */
	emailed_at: Instant | null;
	/**
	 * The fan-out job that made it (unique per user), so a retried job finds its earlier work
	 * instead of notifying twice.
	 */
	event_key: string | null;
}
export interface NotificationPreferenceTable {
	user_id: number;
	kind: string;
	delivery: NotificationDelivery;
}
export interface NotificationDigestTable {
	id: Id;
	user_id: number;
	frequency: 'daily' | 'weekly';
	notification_count: number;
	sent_at: Instant;
}
export interface UnsubscribeTokenTable {
	/** SHA-256 of the token in the link. */
	token_hash: string;
	user_id: number;
	/** The notification kind it turns off; null for every kind. */
	kind: string | null;
	created_at: Instant;
	used_at: Instant | null;
}

// jobs of the in-process driver (migration 0005)
export interface JobTable {
	id: string;
	name: string;
	/** JSON text, checked against the job's payload schema when it runs. */
	payload: string;
	/** `failed` is the dead-letter state: no attempt left. */
	state: 'queued' | 'running' | 'done' | 'failed';
	attempts: number;
	max_attempts: number;
	run_at: Instant;
	/** While running: when the claim lapses and another worker may take the job again. */
	locked_until: Instant | null;
	/** Unique among the waiting and running jobs of a name (`jobs_singleton_uq`). */
	singleton_key: string | null;
	last_error: string | null;
	created_at: Instant;
	updated_at: Instant;
	finished_at: Instant | null;
}

// brokering
export interface NeedTable {
	id: Id;
	slug: string;
	title: string;
	description: string;
	tried: string | null;
	language: string;
	organization_id: number | null;
	country_code: string | null;
	city_id: number | null;
	timeframe: string | null;
	visibility: 'public' | 'members' | 'curators';
	status: 'open' | 'matched' | 'closed';
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface NeedSupportTypeTable {
	need_id: number;
	support_type: string;
}
export interface NeedSdgTable {
	need_id: number;
	goal: number;
}
export interface NeedSectorTable {
	need_id: number;
	sector_slug: string;
}
export interface NeedTargetTable {
	need_id: number;
	target_code: string;
}
export interface NeedDismissalTable {
	need_id: number;
	target_key: string;
	user_id: number | null;
	created_at: Instant;
}
export interface NeedLanguageTable {
	need_id: number;
	language: string;
}
export interface OfferTable {
	id: Id;
	slug: string;
	organization_id: number;
	title: string;
	description: string;
	status: 'active' | 'withdrawn';
	language: ColumnType<string, string | undefined, string>;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface OfferSupportTypeTable {
	offer_id: number;
	support_type: string;
}
export interface OfferSectorTable {
	offer_id: number;
	sector_slug: string;
}
export interface OfferLanguageTable {
	offer_id: number;
	language: string;
}
export interface OfferRegionTable {
	offer_id: number;
	region_code: number;
}
export interface ConnectionTable {
	id: Id;
	need_id: number;
	solution_id: number | null;
	provider_organization_id: number | null;
	peer_city_id: number | null;
	stage:
		| 'suggested'
		| 'introduction-requested'
		| 'introduced'
		| 'in-dialogue'
		| 'agreement'
		| 'pilot-launched'
		| 'closed';
	closed_reason: string | null;
	/** What it points at: `solution`, `provider` (an organization) or `peer-city`. */
	target_kind: 'solution' | 'provider' | 'peer-city' | null;
	/** `solution:12`, `provider:4`, `peer-city:9`: unique per need. */
	target_key: string | null;
	/** The other party's contact for the introduction, when the broker set or confirmed one. */
	contact_name: string | null;
	contact_email: string | null;
	/** The match's score and explanation (JSON) when the connection was made. */
	score: number | null;
	explanation: string | null;
	stage_changed_at: Instant | null;
	created_by: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface ConnectionTransitionTable {
	id: Id;
	connection_id: number;
	from_stage: string | null;
	to_stage: string;
	actor_user_id: number | null;
	note: string | null;
	created_at: CreatedAt;
}

// projects
export interface ProjectTable {
	id: Id;
	slug: string;
	title: string;
	summary: string;
	programme: string;
	status: 'pipeline' | 'implementation' | 'finalisation' | 'closed' | 'cancelled' | 'suspended';
	start_date: string | null;
	end_date: string | null;
	budget_amount: number | null;
	budget_currency: string | null;
	iati_identifier: string | null;
	connection_id: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
}
export interface ProjectOrganizationTable {
	project_id: number;
	organization_id: number;
	role: 'funding' | 'accountable' | 'extending' | 'implementing';
}
export interface ProjectCountryTable {
	project_id: number;
	country_code: string;
}
export interface ProjectCityTable {
	project_id: number;
	city_id: number;
}
export interface ProjectSdgTable {
	project_id: number;
	goal: number;
}
export interface ProjectSectorTable {
	project_id: number;
	sector_slug: string;
}
export interface ProjectClusterTable {
	project_id: number;
	cluster_id: number;
}
export interface ProjectIndicatorTable {
	id: Id;
	project_id: number;
	position: number;
	title: string;
	unit: string | null;
	baseline: number | null;
	target: number | null;
	actual: number | null;
}

// events
export interface EventTable {
	id: Id;
	slug: string;
	title: string;
	kind: 'webinar' | 'workshop' | 'conference' | 'field-visit' | 'training';
	summary: string;
	description: string;
	starts_at: Instant;
	ends_at: Instant;
	time_zone: string;
	online_url: string | null;
	venue: string | null;
	recording_url: string | null;
	announced_on: string | null;
	moderator_person_id: number | null;
	capacity: number | null;
	status: 'scheduled' | 'cancelled';
	created_at: CreatedAt;
	updated_at: Instant;
	created_by: number | null;
	/** What happened, written by the organizers after the event (Markdown). */
	outcome_summary: string | null;
}
export interface EventObjectiveTable {
	event_id: number;
	position: number;
	text: string;
}
export interface EventProgrammeTable {
	event_id: number;
	position: number;
	name: string;
}
export interface EventOrganizationTable {
	event_id: number;
	organization_id: number;
	role: 'organizer' | 'co-host';
	position: number;
}
export interface EventLanguageTable {
	event_id: number;
	language: string;
	/** 1 when the language is offered through interpretation rather than spoken on stage. */
	interpreted: Generated<0 | 1>;
}
export interface EventProjectTable {
	event_id: number;
	project_id: number;
}
export interface EventRegistrationTable {
	id: Id;
	event_id: number;
	user_id: number;
	status: 'registered' | 'waitlisted' | 'cancelled';
	/** Waitlist order: when the person (last) asked for a place. */
	requested_at: Instant;
	updated_at: Instant;
	promoted_at: Instant | null;
	cancelled_at: Instant | null;
	reminded_at: Instant | null;
	/** SHA-256 of the token in the confirmation email's cancel link. */
	cancel_token_hash: string;
}
export interface EventRecordingTable {
	id: Id;
	event_id: number;
	language: string;
	title: string | null;
	url: string;
	provider: 'youtube' | 'vimeo' | 'other';
	provider_video_id: string | null;
	duration_seconds: number | null;
	/** Upload key of the still image shown before the player loads. */
	still_key: string | null;
	position: number;
	created_at: Instant;
}
export interface EventDocumentTable {
	id: Id;
	event_id: number;
	title: string;
	storage_key: string;
	file_name: string;
	media_type: string;
	byte_size: number;
	position: number;
	created_by: number | null;
	created_at: Instant;
}
export interface EventClusterTable {
	event_id: number;
	cluster_id: number;
}
export interface AgendaItemTable {
	id: Id;
	event_id: number;
	parent_id: number | null;
	position: number;
	title: string;
	kind: 'section' | 'item' | 'presentation' | 'video' | 'launch';
	project_id: number | null;
	knowledge_product_id: number | null;
	solution_id: number | null;
}
export interface AgendaItemSpeakerTable {
	agenda_item_id: number;
	person_id: number;
	position: number;
}

// knowledge
export interface KnowledgeProductTable {
	id: Id;
	slug: string;
	title: string;
	kind: 'video' | 'publication' | 'case-study' | 'toolkit';
	summary: string;
	published_on: string | null;
	language: string;
	publisher_organization_id: number | null;
	url: string | null;
	duration_seconds: number | null;
	created_at: CreatedAt;
	updated_at: Instant;
	description: string | null;
	/** The uploaded file (a PDF for publications), under UPLOADS_DIR. */
	storage_key: string | null;
	file_name: string | null;
	media_type: string | null;
	byte_size: number | null;
	page_count: number | null;
	/** Upload key of the cover image: page one of the PDF rendered on the server, or a still. */
	cover_key: string | null;
	created_by: number | null;
}
export interface KnowledgeProductClusterTable {
	knowledge_product_id: number;
	cluster_id: number;
}
export interface KnowledgeProductProjectTable {
	knowledge_product_id: number;
	project_id: number;
}
export interface KnowledgeProductEventTable {
	knowledge_product_id: number;
	event_id: number;
}
export interface KnowledgeProductSolutionTable {
	knowledge_product_id: number;
	solution_id: number;
}

// identity and security (migration 0002)
export interface SessionTable {
	/** SHA-256 of the session token; the token itself lives only in the browser's cookie. */
	id_hash: string;
	user_id: number;
	created_at: Instant;
	last_seen_at: Instant;
	expires_at: Instant;
	user_agent: string | null;
	ip_address: string | null;
}
export interface UserTokenTable {
	id: Id;
	user_id: number;
	purpose: 'verify-email' | 'reset-password' | 'change-email';
	token_hash: string;
	new_email: string | null;
	created_at: Instant;
	expires_at: Instant;
	used_at: Instant | null;
}
export interface ApiTokenTable {
	id: Id;
	user_id: number;
	name: string;
	token_hash: string;
	/** The first characters of the token, shown so people can tell their tokens apart. */
	prefix: string;
	scope: 'read' | 'read-write';
	created_at: Instant;
	last_used_at: Instant | null;
	revoked_at: Instant | null;
}
export interface AuditEventTable {
	id: Id;
	occurred_at: CreatedAt;
	actor_user_id: number | null;
	action: string;
	subject_type: string | null;
	subject_id: string | null;
	ip_address: string | null;
	/** JSON text. */
	details: string | null;
}
export interface MailOutboxTable {
	id: Id;
	created_at: Instant;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string | null;
	/** JSON text of extra headers (e.g. List-Unsubscribe). */
	headers: string | null;
	status: 'stored' | 'sent' | 'failed';
	sent_at: Instant | null;
	error: string | null;
	/** The job that sent it (`mail.send`): a retried job finds its message here and never sends it twice. */
	job_id: string | null;
	/** JSON text of the attachments ([{ filename, contentType, content }]), e.g. an .ics invitation. */
	attachments: string | null;
}
export interface RateLimitTable {
	key: string;
	points: number;
	expire: number | null;
}

// search (migration 0003)
export interface SearchStateTable {
	id: number;
	/** Raised by every index write; readers compare it to refresh what they cache. */
	generation: number;
}
export interface SearchDocumentTable {
	id: Id;
	kind: 'solution' | 'partner' | 'project' | 'event' | 'cluster' | 'knowledge' | 'need' | 'offer';
	record_id: number;
	language: string;
	/** 1 while the record is public and searchable, 0 once removed (kept for cache refresh). */
	live: Flag;
	published_at: Instant | null;
	/** JSON text: facet name → values, e.g. {"sdg":[11,12],"country":["SL"]}. */
	facets: string;
	generation: number;
}

export interface Database {
	countries: CountryTable;
	country_names: CountryNameTable;
	cities: CityTable;
	sdg_goals: SdgGoalTable;
	sdg_goal_translations: SdgGoalTranslationTable;
	sdg_targets: SdgTargetTable;
	sdg_target_translations: SdgTargetTranslationTable;
	sectors: SectorTable;
	sector_dac_codes: SectorDacCodeTable;
	organizations: OrganizationTable;
	people: PersonTable;
	users: UserTable;
	organization_memberships: OrganizationMembershipTable;
	solutions: SolutionTable;
	solution_sdgs: SolutionSdgTable;
	solution_sectors: SolutionSectorTable;
	solution_countries: SolutionCountryTable;
	solution_cities: SolutionCityTable;
	solution_organizations: SolutionOrganizationTable;
	solution_targets: SolutionTargetTable;
	solution_translations: SolutionTranslationTable;
	solution_versions: SolutionVersionTable;
	solution_reviews: SolutionReviewTable;
	solution_attachments: SolutionAttachmentTable;
	clusters: ClusterTable;
	cluster_sectors: ClusterSectorTable;
	cluster_sdgs: ClusterSdgTable;
	cluster_memberships: ClusterMembershipTable;
	cluster_solutions: ClusterSolutionTable;
	cluster_resources: ClusterResourceTable;
	discussion_threads: DiscussionThreadTable;
	discussion_posts: DiscussionPostTable;
	discussion_attachments: DiscussionAttachmentTable;
	post_reports: PostReportTable;
	follows: FollowTable;
	notifications: NotificationTable;
	notification_preferences: NotificationPreferenceTable;
	notification_digests: NotificationDigestTable;
	unsubscribe_tokens: UnsubscribeTokenTable;
	jobs: JobTable;
	needs: NeedTable;
	need_support_types: NeedSupportTypeTable;
	need_sdgs: NeedSdgTable;
	need_sectors: NeedSectorTable;
	need_languages: NeedLanguageTable;
	need_targets: NeedTargetTable;
	need_dismissals: NeedDismissalTable;
	offers: OfferTable;
	offer_support_types: OfferSupportTypeTable;
	offer_sectors: OfferSectorTable;
	offer_languages: OfferLanguageTable;
	offer_regions: OfferRegionTable;
	connections: ConnectionTable;
	connection_transitions: ConnectionTransitionTable;
	projects: ProjectTable;
	project_organizations: ProjectOrganizationTable;
	project_countries: ProjectCountryTable;
	project_cities: ProjectCityTable;
	project_sdgs: ProjectSdgTable;
	project_sectors: ProjectSectorTable;
	project_clusters: ProjectClusterTable;
	project_indicators: ProjectIndicatorTable;
	events: EventTable;
	event_objectives: EventObjectiveTable;
	event_programmes: EventProgrammeTable;
	event_organizations: EventOrganizationTable;
	event_languages: EventLanguageTable;
	event_clusters: EventClusterTable;
	event_projects: EventProjectTable;
	event_registrations: EventRegistrationTable;
	event_recordings: EventRecordingTable;
	event_documents: EventDocumentTable;
	agenda_items: AgendaItemTable;
	agenda_item_speakers: AgendaItemSpeakerTable;
	knowledge_products: KnowledgeProductTable;
	knowledge_product_clusters: KnowledgeProductClusterTable;
	knowledge_product_projects: KnowledgeProductProjectTable;
	knowledge_product_events: KnowledgeProductEventTable;
	knowledge_product_solutions: KnowledgeProductSolutionTable;
	sessions: SessionTable;
	user_tokens: UserTokenTable;
	api_tokens: ApiTokenTable;
	audit_events: AuditEventTable;
	mail_outbox: MailOutboxTable;
	rate_limits: RateLimitTable;
	search_state: SearchStateTable;
	search_documents: SearchDocumentTable;
}

export type Row<T extends keyof Database> = Selectable<Database[T]>;
export type NewRow<T extends keyof Database> = Insertable<Database[T]>;
export type UpdateRow<T extends keyof Database> = Updateable<Database[T]>;
