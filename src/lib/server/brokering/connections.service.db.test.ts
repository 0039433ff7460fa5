import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { isDomainError, type DomainError } from '../http/errors.ts';
import { writeApi, type RateLimiter } from '../http/rate-limit.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import type { ComposeEmail } from '../identity/identity.dependencies.ts';
import { createUser } from '../identity/identity.service.ts';
import { renderEmail } from '../mail/email-templates.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import { insertMembership } from '../organizations/memberships.repository.ts';
import type { BrokeringContext } from './brokering-context.ts';
import { createProjectFromConnection, getProjectDraft } from './connection-project.service.ts';
import { insertConnection } from './connections.repository.ts';
import { connectMatch, getConnection, moveConnection } from './connections.service.ts';
import { createNeed } from './needs.service.ts';
import { canMove, nextStages, STAGES, type Stage } from './pipeline.rules.ts';

const composeEmail: ComposeEmail = (template, locale, values) =>
	renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values);
const unlimited: RateLimiter = {
	policy: writeApi,
	consume: async () => ({ allowed: true, remaining: 60 }),
	enforce: async () => {},
	peek: async () => ({ allowed: true, remaining: 60 }),
	reset: async () => {}
};
const NOW = new Date('2026-02-01T10:00:00.000Z');
const NEED_ORGANIZATION = 'ancmpm';
const PROVIDER = 'inshp';
const label = (stage: Stage) => ENGLISH[`pipeline.stage.${stage}`]!;

async function refusal(promise: Promise<unknown>): Promise<DomainError> {
	try {
		await promise;
	} catch (error) {
		if (isDomainError(error)) return error;
		throw error;
	}
	throw new Error('expected a refusal');
}

describeOnDialects('the brokering pipeline', 'demo', (db) => {
	const people: Record<string, Actor & { kind: 'user' }> = {};
	const context = (actor: Actor, now = NOW): BrokeringContext => ({
		db: db(),
		actor,
		locale: 'en',
		mailer: createMailer({ db: db(), config: readMailConfig({}) }),
		composeEmail,
		origin: 'https://galaxy.test',
		limiter: unlimited,
		now
	});
	const organizationId = async (slug: string) =>
		(
			await db()
				.selectFrom('organizations')
				.select('id')
				.where('slug', '=', slug)
				.executeTakeFirstOrThrow()
		).id;
	const person = async (name: string, role: 'member' | 'curator', organization?: string) => {
		const user = await createUser({
			db: db(),
			actor: system,
			input: {
				email: `${name}@pipeline.example`,
				displayName: name,
				role,
				password: 'a long test passphrase'
			}
		});
		if (organization) {
			await insertMembership(db(), {
				organization_id: await organizationId(organization),
				user_id: user.id,
				role: 'member',
				status: 'active',
				created_at: NOW.toISOString()
			});
		}
		people[name] = { kind: 'user', userId: user.id, role };
		return people[name]!;
	};
	const mails = async () =>
		db()
			.selectFrom('mail_outbox')
			.select(['id', 'to_address', 'subject', 'text_body'])
			.orderBy('id')
			.execute();
	const mailsSince = async (id: number) => (await mails()).filter((mail) => mail.id > id);
	const lastMailId = async () => (await mails()).at(-1)?.id ?? 0;
	const transitionsOf = async (connectionId: number) =>
		db()
			.selectFrom('connection_transitions')
			.selectAll()
			.where('connection_id', '=', connectionId)
			.orderBy('id')
			.execute();
	const stageOf = async (connectionId: number) =>
		(
			await db()
				.selectFrom('connections')
				.select('stage')
				.where('id', '=', connectionId)
				.executeTakeFirstOrThrow()
		).stage;

	let needId = 0;
	/** Organizations nobody belongs to: targets without a contact on record. */
	let silentOrganizations: number[] = [];
	let nextSilent = 0;
	/** A connection put straight at a stage (on a target with no contact on record). */
	const connectionAt = async (stage: Stage) => {
		const target = silentOrganizations[nextSilent++];
		if (target === undefined) throw new Error('out of test targets');
		const at = NOW.toISOString();
		return insertConnection(db(), {
			need_id: needId,
			solution_id: null,
			provider_organization_id: target,
			peer_city_id: null,
			target_kind: 'provider',
			target_key: `provider:${target}`,
			stage,
			closed_reason: stage === 'closed' ? 'other' : null,
			score: null,
			explanation: null,
			created_by: null,
			created_at: at,
			updated_at: at,
			stage_changed_at: at
		});
	};
	const contact = { contactName: 'Ivo Provider', contactEmail: 'ivo@provider.example' };

	it('sets the people and a need up', async () => {
		await person('cora', 'curator');
		await person('cid', 'curator');
		await person('rita', 'member', NEED_ORGANIZATION);
		await person('otto', 'member');
		await person('pia', 'member', PROVIDER);
		({ id: needId } = await createNeed(context(people.rita!), {
			title: 'Restoring the historic centre after the floods',
			description:
				'The historic centre was flooded twice last year; we need help to restore the facades and protect the drains.',
			language: 'en',
			organization: NEED_ORGANIZATION,
			supportTypes: ['technical-assistance', 'peer-exchange'],
			sdgs: ['11', '13'],
			sectors: ['urban-planning'],
			country: 'MX',
			city: 'Campeche',
			languages: ['en', 'es'],
			visibility: 'public'
		}));
		const busy = await db()
			.selectFrom('organization_memberships')
			.select('organization_id')
			.execute();
		const taken = new Set([
			...busy.map((row) => row.organization_id),
			await organizationId(NEED_ORGANIZATION)
		]);
		silentOrganizations = (
			await db().selectFrom('organizations').select('id').orderBy('id').limit(200).execute()
		)
			.map((row) => row.id)
			.filter((id) => !taken.has(id));
		expect(silentOrganizations.length).toBeGreaterThan(80);
	});

	it('makes every move the pipeline allows, and records who, when and the note', async () => {
		let moves = 0;
		for (const from of STAGES) {
			for (const to of nextStages(from)) {
				const id = await connectionAt(from);
				const when = new Date(NOW.getTime() + moves * 60_000);
				const result = await moveConnection(context(people.cora!, when), id, {
					to,
					note: `from ${from} to ${to}`,
					reason: to === 'closed' ? 'no-funding' : '',
					...(to === 'introduced' ? contact : {})
				});
				expect(result).toEqual({ id, stage: to });
				const connection = await db()
					.selectFrom('connections')
					.selectAll()
					.where('id', '=', id)
					.executeTakeFirstOrThrow();
				expect(connection.stage).toBe(to);
				expect(connection.stage_changed_at).toBe(when.toISOString());
				expect(connection.closed_reason).toBe(to === 'closed' ? 'no-funding' : null);
				const [transition] = await transitionsOf(id);
				expect(transition).toMatchObject({
					from_stage: from,
					to_stage: to,
					actor_user_id: people.cora!.userId,
					note: `from ${from} to ${to}`,
					created_at: when.toISOString()
				});
				const detail = await getConnection(context(people.cora!), id);
				expect(detail.history.at(-1)).toMatchObject({ from, to, by: 'cora' });
				moves += 1;
			}
		}
		expect(moves).toBe(11);
	});

	it('refuses every other move with a 409 that names where the connection can go, writing nothing', async () => {
		let refused = 0;
		for (const from of STAGES) {
			const id = await connectionAt(from);
			for (const to of STAGES.filter((stage) => !canMove(from, stage))) {
				const before = await lastMailId();
				const error = await refusal(
					moveConnection(context(people.cora!), id, {
						to,
						reason: 'other',
						...contact
					})
				);
				expect(error.code, `${from} → ${to}`).toBe('conflict');
				expect(error.message).toContain(`“${label(from)}”`);
				for (const allowed of nextStages(from)) expect(error.message).toContain(label(allowed));
				if (nextStages(from).length === 0) expect(error.message).toContain('cannot move any more');
				expect(await stageOf(id)).toBe(from);
				expect(await transitionsOf(id)).toEqual([]);
				expect(await mailsSince(before)).toEqual([]);
				refused += 1;
			}
		}
		expect(refused).toBe(STAGES.length * STAGES.length - 11);
	});

	it('needs a reason to close', async () => {
		const id = await connectionAt('introduced');
		for (const reason of ['', 'because']) {
			const error = await refusal(
				moveConnection(context(people.cora!), id, { to: 'closed', reason })
			);
			expect(error.code).toBe('invalid_input');
			expect(error.details.map((problem) => problem.field)).toEqual(['reason']);
		}
		expect(await stageOf(id)).toBe('introduced');
	});

	it('needs a contact to introduce, then emails each party the other’s contact', async () => {
		const id = await connectionAt('introduction-requested');
		const error = await refusal(moveConnection(context(people.cora!), id, { to: 'introduced' }));
		expect(error.code).toBe('invalid_input');
		expect(error.details.map((problem) => problem.field)).toEqual(['contactEmail']);
		expect(await stageOf(id)).toBe('introduction-requested');

		const before = await lastMailId();
		await moveConnection(context(people.cora!), id, {
			to: 'introduced',
			note: 'You both restore old town centres.',
			...contact
		});
		const sent = await mailsSince(before);
		expect(sent.map((mail) => mail.to_address).sort()).toEqual(
			['ivo@provider.example', 'rita@pipeline.example'].sort()
		);
		const toRita = sent.find((mail) => mail.to_address === 'rita@pipeline.example')!;
		const toIvo = sent.find((mail) => mail.to_address === 'ivo@provider.example')!;
		expect(toRita.text_body).toContain('ivo@provider.example');
		expect(toRita.text_body).toContain('You both restore old town centres.');
		expect(toIvo.text_body).toContain('rita@pipeline.example');
		const detail = await getConnection(context(people.cora!), id);
		expect(detail.other?.contacts[0]).toEqual({
			name: 'Ivo Provider',
			email: 'ivo@provider.example'
		});
	});

	it('emails the requester at later stages, and the other side once introduced', async () => {
		// Before the introduction the other side does not know of the connection.
		const early = await connectionAt('suggested');
		let before = await lastMailId();
		await moveConnection(context(people.cora!), early, { to: 'closed', reason: 'duplicate' });
		expect((await mailsSince(before)).map((mail) => mail.to_address)).toEqual([
			'rita@pipeline.example'
		]);

		const provider = await organizationId(PROVIDER);
		const at = NOW.toISOString();
		const introduced = await insertConnection(db(), {
			need_id: needId,
			solution_id: null,
			provider_organization_id: provider,
			peer_city_id: null,
			target_kind: 'provider',
			target_key: `provider:${provider}`,
			stage: 'introduced',
			closed_reason: null,
			score: null,
			explanation: null,
			created_by: null,
			created_at: at,
			updated_at: at,
			stage_changed_at: at
		});
		before = await lastMailId();
		await moveConnection(context(people.cora!), introduced, {
			to: 'in-dialogue',
			note: 'First call on Tuesday.'
		});
		const sent = await mailsSince(before);
		expect(sent.map((mail) => mail.to_address).sort()).toEqual([
			'pia@pipeline.example',
			'rita@pipeline.example'
		]);
		expect(sent.every((mail) => mail.text_body.includes(label('in-dialogue')))).toBe(true);
		expect(sent.every((mail) => mail.text_body.includes('First call on Tuesday.'))).toBe(true);
	});

	it('lets the requester ask for the introduction and close, but not introduce', async () => {
		const id = await connectionAt('suggested');
		const before = await lastMailId();
		await moveConnection(context(people.rita!), id, { to: 'introduction-requested' });
		// Curators hear of the request.
		expect((await mailsSince(before)).map((mail) => mail.to_address).sort()).toEqual([
			'cid@pipeline.example',
			'cora@pipeline.example'
		]);
		const error = await refusal(
			moveConnection(context(people.rita!), id, { to: 'introduced', ...contact })
		);
		expect(error.code).toBe('forbidden');
		expect(await stageOf(id)).toBe('introduction-requested');
		const detail = await getConnection(context(people.rita!), id);
		expect(detail.moves).toEqual(['closed']);
		await moveConnection(context(people.rita!), id, { to: 'closed', reason: 'need-withdrawn' });
		expect(await stageOf(id)).toBe('closed');
	});

	it('hides connections from anyone else', async () => {
		const id = await connectionAt('suggested');
		for (const actor of [people.otto!, people.pia!, visitor]) {
			expect((await refusal(getConnection(context(actor), id))).code).toBe('not_found');
			expect(
				(await refusal(moveConnection(context(actor), id, { to: 'closed', reason: 'other' }))).code
			).toBe('not_found');
		}
		expect(await stageOf(id)).toBe('suggested');
	});

	it('lets one of two brokers moving at once win; the other gets a 409', async () => {
		const id = await connectionAt('introduced');
		const results = await Promise.allSettled([
			moveConnection(context(people.cora!), id, { to: 'in-dialogue', note: 'cora' }),
			moveConnection(context(people.cid!), id, { to: 'in-dialogue', note: 'cid' })
		]);
		expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
		const [lost] = results.filter((result) => result.status === 'rejected');
		expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: 'conflict' });
		expect(await stageOf(id)).toBe('in-dialogue');
		expect(await transitionsOf(id)).toHaveLength(1);
	});

	let pilot = 0;
	let solution = { id: 0, title: '', organization: '' };

	it('puts a match into the pipeline once (a second time → 409)', async () => {
		// A published solution whose organization (its own, else its first provider) is not the need's.
		const candidates = await db()
			.selectFrom('solutions')
			.select(['id', 'title', 'organization_id'])
			.where('status', '=', 'published')
			.orderBy('id')
			.limit(20)
			.execute();
		for (const candidate of candidates) {
			const [first] = await db()
				.selectFrom('solution_organizations')
				.select('organization_id')
				.where('solution_id', '=', candidate.id)
				.where('role', '=', 'provider')
				.orderBy('position')
				.limit(1)
				.execute();
			const owner = candidate.organization_id ?? first?.organization_id;
			if (owner === undefined || owner === null) continue;
			const { slug } = await db()
				.selectFrom('organizations')
				.select('slug')
				.where('id', '=', owner)
				.executeTakeFirstOrThrow();
			if (slug === NEED_ORGANIZATION) continue;
			solution = { id: candidate.id, title: candidate.title, organization: slug };
			break;
		}
		expect(solution.id).toBeGreaterThan(0);
		const row = solution;
		const created = await connectMatch(context(people.cora!), needId, {
			target: `solution:${row.id}`,
			stage: 'suggested'
		});
		expect(created.stage).toBe('suggested');
		pilot = created.id;
		const again = await refusal(
			connectMatch(context(people.rita!), needId, { target: `solution:${row.id}` })
		);
		expect(again.code).toBe('conflict');
	});

	it('marks the need matched when the pilot is launched', async () => {
		const draftTooEarly = await refusal(getProjectDraft(context(people.cora!), pilot));
		expect(draftTooEarly.code).toBe('conflict');
		expect(draftTooEarly.message).toContain(label('suggested'));
		for (const to of ['introduced', 'in-dialogue', 'agreement'] as const) {
			await moveConnection(context(people.cora!), pilot, { to, ...contact });
			expect((await refusal(getProjectDraft(context(people.cora!), pilot))).code).toBe('conflict');
		}
		await moveConnection(context(people.cora!), pilot, { to: 'pilot-launched' });
		const need = await db()
			.selectFrom('needs')
			.select('status')
			.where('id', '=', needId)
			.executeTakeFirstOrThrow();
		expect(need.status).toBe('matched');
	});

	it('pre-fills the pilot project from the need and the match, for curators only', async () => {
		expect((await refusal(getProjectDraft(context(people.rita!), pilot))).code).toBe('forbidden');
		const draft = await getProjectDraft(context(people.cora!), pilot);
		expect(draft.connection).toMatchObject({ id: pilot, match: solution.title });
		expect(draft.values).toMatchObject({
			title: `Pilot: ${solution.title} in Campeche, Mexico`,
			programme: 'South-South Galaxy brokering',
			status: 'pipeline',
			startDate: '2026-02-01',
			endDate: '',
			countries: 'MX',
			cities: 'Campeche',
			sdgs: ['11', '13'],
			sectors: ['urban-planning']
		});
		expect(draft.values.summary).toContain('The historic centre was flooded twice');
		expect(draft.values.summary).toContain(solution.title);
		expect(draft.values.organizations).toEqual([
			{ organization: NEED_ORGANIZATION, role: 'implementing' },
			...(solution.organization === NEED_ORGANIZATION
				? []
				: [{ organization: solution.organization, role: 'implementing' }])
		]);
	});

	it('checks the project form, naming each field and keeping nothing half-written', async () => {
		const { values } = await getProjectDraft(context(people.cora!), pilot);
		const error = await refusal(
			createProjectFromConnection(context(people.cora!), pilot, {
				...values,
				title: 'x',
				endDate: '2026-13-40',
				budgetAmount: 'lots',
				organizations: [{ organization: 'no-such-organization', role: 'implementing' }],
				sdgs: ['18']
			})
		);
		expect(error.code).toBe('invalid_input');
		expect(error.details.map((problem) => problem.field).sort()).toEqual(
			['budgetAmount', 'endDate', 'sdgs', 'title'].sort()
		);
		const unknown = await refusal(
			createProjectFromConnection(context(people.cora!), pilot, {
				...values,
				organizations: [
					{ organization: NEED_ORGANIZATION, role: 'implementing' },
					{ organization: 'no-such-organization', role: 'funding' }
				],
				countries: 'MX, QQ',
				cities: 'Campeche, Atlantis'
			})
		);
		expect(unknown.details.map((problem) => problem.field).sort()).toEqual(
			['cities', 'countries', 'organizations.1'].sort()
		);
		const inconsistent = await refusal(
			createProjectFromConnection(context(people.cora!), pilot, {
				...values,
				startDate: '2026-03-01',
				endDate: '2026-02-01',
				budgetAmount: '100',
				budgetCurrency: ''
			})
		);
		expect(inconsistent.details.map((problem) => problem.field).sort()).toEqual([
			'budgetCurrency',
			'endDate'
		]);
		const projects = await db()
			.selectFrom('projects')
			.select('id')
			.where('connection_id', '=', pilot)
			.execute();
		expect(projects).toEqual([]);
	});

	it('creates one pilot project from the connection, in one go, and only one', async () => {
		const { values } = await getProjectDraft(context(people.cora!), pilot);
		const { id, slug } = await createProjectFromConnection(context(people.cora!), pilot, {
			...values,
			budgetAmount: '25000',
			budgetCurrency: 'usd',
			organizations: [...values.organizations, { organization: 'unossc', role: 'funding' }]
		});
		expect(slug).toMatch(/^pilot-/);
		const project = await db()
			.selectFrom('projects')
			.selectAll()
			.where('id', '=', id)
			.executeTakeFirstOrThrow();
		expect(project).toMatchObject({
			slug,
			connection_id: pilot,
			status: 'pipeline',
			start_date: '2026-02-01',
			budget_amount: 25000,
			budget_currency: 'USD',
			programme: 'South-South Galaxy brokering'
		});
		const roles = await db()
			.selectFrom('project_organizations as po')
			.innerJoin('organizations as o', 'o.id', 'po.organization_id')
			.select(['o.slug', 'po.role'])
			.where('po.project_id', '=', id)
			.execute();
		expect(roles).toContainEqual({ slug: NEED_ORGANIZATION, role: 'implementing' });
		expect(roles).toContainEqual({ slug: 'unossc', role: 'funding' });
		const [countries, cities, sdgs, sectors] = await Promise.all([
			db()
				.selectFrom('project_countries')
				.select('country_code')
				.where('project_id', '=', id)
				.execute(),
			db().selectFrom('project_cities').select('city_id').where('project_id', '=', id).execute(),
			db().selectFrom('project_sdgs').select('goal').where('project_id', '=', id).execute(),
			db()
				.selectFrom('project_sectors')
				.select('sector_slug')
				.where('project_id', '=', id)
				.execute()
		]);
		expect(countries.map((row) => row.country_code)).toEqual(['MX']);
		expect(cities).toHaveLength(1);
		expect(sdgs.map((row) => row.goal).sort()).toEqual([11, 13]);
		expect(sectors.map((row) => row.sector_slug)).toEqual(['urban-planning']);
		const audit = await db()
			.selectFrom('audit_events')
			.select(['action', 'actor_user_id'])
			.where('subject_type', '=', 'project')
			.where('subject_id', '=', String(id))
			.execute();
		expect(audit).toEqual([{ action: 'project.create', actor_user_id: people.cora!.userId }]);
		const indexed = await db()
			.selectFrom('search_documents')
			.select('live')
			.where('kind', '=', 'project')
			.where('record_id', '=', id)
			.executeTakeFirst();
		expect(indexed?.live).toBe(1);

		const again = await refusal(createProjectFromConnection(context(people.cora!), pilot, values));
		expect(again.code).toBe('conflict');
		expect((await refusal(getProjectDraft(context(people.cora!), pilot))).code).toBe('conflict');

		// A second pilot with the same title gets its own address.
		const other = await connectionAt('pilot-launched');
		const second = await createProjectFromConnection(context(people.cora!), other, values);
		expect(second.slug).toBe(`${slug}-2`);
	});
});
