import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { ENGLISH, MESSAGES } from '../../i18n/messages.ts';
import { createRateLimiter } from '../http/rate-limit.ts';
import { system, visitor, type Actor } from '../identity/actor.ts';
import type { ComposeEmail } from '../identity/identity.dependencies.ts';
import { createUser } from '../identity/identity.service.ts';
import { renderEmail } from '../mail/email-templates.ts';
import { readMailConfig } from '../mail/mail.config.ts';
import { createMailer } from '../mail/mail.service.ts';
import { insertMembership } from '../organizations/memberships.repository.ts';
import { emptySolutionForm, type SolutionFormValues } from './solution-editor.schema.ts';
import {
	getSolutionEditor,
	saveSolution,
	submitSolution,
	type SolutionWorkContext
} from './solution-editor.service.ts';
import { getSolutionHistory } from './solution-history.service.ts';
import {
	decideOnSolution,
	getModerationItem,
	listModerationQueue
} from './solution-moderation.service.ts';

const composeEmail: ComposeEmail = (template, locale, values) =>
	renderEmail(MESSAGES[locale] ?? ENGLISH, ENGLISH, locale, template, values);
const KOIDU = 'koidu-new-sembehun-city-council';
const PARAGUAY = 'open-contracting-data-for-public-procurement-paraguay';
const unlimited = { enforce: async () => {} };

const complete = (overrides: Partial<SolutionFormValues> = {}): SolutionFormValues => ({
	...emptySolutionForm(),
	title: 'Composting markets in Koidu',
	summary: 'Market traders sort their waste and the council composts it.',
	challenge: 'Organic waste piled up in the markets and blocked the drains.',
	solution: 'Traders sort; the council collects and composts twice a week.',
	results: 'Forty tonnes of compost a month, sold to farmers.',
	replicability: 'Any town with a covered market and a plot of land.',
	contactName: 'Ana Souza',
	contactEmail: 'ana@koidu.example',
	language: 'en',
	modality: 'south-south',
	organization: KOIDU,
	startYear: '2019',
	countries: 'Sierra Leone',
	cities: 'Koidu',
	sdgs: ['11'],
	targets: '11.6',
	sectors: ['waste-management'],
	partners: [{ name: 'Koidu New Sembehun City Council', role: 'provider' }],
	...overrides
});

describeOnDialects('solution authoring and moderation', 'demo', (db) => {
	const people: Record<string, Actor & { kind: 'user' }> = {};
	const context = (actor: Actor, locale = 'en'): SolutionWorkContext => ({
		db: db(),
		actor,
		locale,
		mailer: createMailer({ db: db(), config: readMailConfig({}) }),
		composeEmail,
		origin: 'https://galaxy.test',
		limiter: unlimited
	});
	const person = async (
		name: string,
		role: 'member' | 'curator' = 'member',
		organization?: string
	) => {
		const user = await createUser({
			db: db(),
			actor: system,
			input: {
				email: `${name}@koidu.example`,
				displayName: name,
				role,
				password: 'a long test passphrase'
			}
		});
		if (organization) {
			const { id } = await db()
				.selectFrom('organizations')
				.select('id')
				.where('slug', '=', organization)
				.executeTakeFirstOrThrow();
			await insertMembership(db(), {
				organization_id: id,
				user_id: user.id,
				role: 'member',
				status: 'active',
				created_at: new Date().toISOString()
			});
		}
		people[name] = { kind: 'user', userId: user.id, role };
		return people[name]!;
	};
	const mailsTo = async (name: string) =>
		db()
			.selectFrom('mail_outbox')
			.select(['subject', 'text_body'])
			.where('to_address', '=', `${name}@koidu.example`)
			.orderBy('id')
			.execute();
	const solutionRow = async (slug: string) =>
		db().selectFrom('solutions').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
	const reviews = async (slug: string) =>
		(
			await db()
				.selectFrom('solution_reviews as r')
				.innerJoin('solutions as s', 's.id', 'r.solution_id')
				.select(['r.action', 'r.comment'])
				.where('s.slug', '=', slug)
				.orderBy('r.id')
				.execute()
		).map((review) => `${review.action}${review.comment ? `: ${review.comment}` : ''}`);

	it('sets the people up', async () => {
		await person('ana', 'member', KOIDU);
		await person('bo', 'member', KOIDU);
		await person('cy');
		await person('cura', 'curator');
	});

	it('offers the form to members only, prefilled with their organization', async () => {
		await expect(getSolutionEditor(context(visitor), null)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
		const outsider = await getSolutionEditor(context(people.cy!), null);
		expect(outsider.canCreate).toBe(false);
		await expect(
			saveSolution(context(people.cy!), { slug: null, input: { title: 'Mine' } })
		).rejects.toMatchObject({ code: 'forbidden' });

		const form = await getSolutionEditor(context(people.ana!, 'fr'), null);
		expect(form.canCreate).toBe(true);
		expect(form.values.organization).toBe(KOIDU);
		expect(form.values.language).toBe('fr');
		expect(form.values.partners).toEqual([
			{ name: 'Koidu New Sembehun City Council', role: 'provider' }
		]);
		expect(form.options.goals).toHaveLength(17);
		expect(form.autosave).toBe(true);
	});

	it('saves a draft with only a title, and autosaves into the same draft', async () => {
		const saved = await saveSolution(context(people.ana!), {
			slug: null,
			input: { title: 'Composting markets in Koidu' }
		});
		expect(saved).toMatchObject({
			slug: 'composting-markets-in-koidu',
			status: 'draft',
			version: 0,
			changed: true
		});
		for (const results of ['Forty', 'Forty tonnes', 'Forty tonnes of compost']) {
			await saveSolution(context(people.ana!), {
				slug: saved.slug,
				input: { ...emptySolutionForm(), title: 'Composting markets in Koidu', results }
			});
		}
		const row = await solutionRow(saved.slug);
		expect(row.results).toBe('Forty tonnes of compost');
		expect(row.status).toBe('draft');
		expect(row.created_by).toBe(people.ana!.userId);
		expect(
			await db()
				.selectFrom('solutions')
				.select('slug')
				.where('title', '=', 'Composting markets in Koidu')
				.execute()
		).toHaveLength(1);
		expect(await reviews(saved.slug)).toEqual([]);

		const again = await saveSolution(context(people.ana!), {
			slug: null,
			input: { title: 'Composting markets in Koidu' }
		});
		expect(again.slug).toBe('composting-markets-in-koidu-2');
		const form = await getSolutionEditor(context(people.ana!), null);
		expect(form.inProgress.map((solution) => solution.slug)).toContain(saved.slug);
		// A draft cannot skip the review.
		await expect(
			decideOnSolution(context(people.cura!), saved.slug, { decision: 'publish' })
		).rejects.toMatchObject({ code: 'conflict' });
		expect((await solutionRow(saved.slug)).status).toBe('draft');
	});

	it('refuses a draft without a title, in the reader’s language', async () => {
		const error = await saveSolution(context(people.ana!, 'fr'), {
			slug: null,
			input: { title: '  ' }
		}).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'invalid_input' });
		const details = (error as { details: { field: string; reason: string }[] }).details;
		expect(details.map((problem) => problem.field)).toEqual(['title']);
		expect(details[0]!.reason).toBe(MESSAGES.fr!['solutionForm.error.titleRequired']);
	});

	it('lists what submitting needs, field by field, and writes nothing', async () => {
		const error = await submitSolution(context(people.ana!), {
			slug: 'composting-markets-in-koidu',
			input: { ...emptySolutionForm(), title: 'Composting markets in Koidu' }
		}).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'invalid_input' });
		const fields = (error as { details: { field: string }[] }).details.map((p) => p.field);
		expect(fields).toEqual(
			expect.arrayContaining(['summary', 'challenge', 'countries', 'sdgs', 'partners'])
		);
		expect((await solutionRow('composting-markets-in-koidu')).status).toBe('draft');
		expect(await reviews('composting-markets-in-koidu')).toEqual([]);
	});

	it('resolves partners, places and targets by name, and explains what it cannot find', async () => {
		const error = await saveSolution(context(people.ana!), {
			slug: 'composting-markets-in-koidu',
			input: complete({
				countries: 'Sierra Leone, Atlantis',
				cities: 'Nowhereville',
				targets: '11.6, 11.9',
				partners: [
					{ name: 'Koidu New Sembehun', role: 'provider' },
					{ name: 'UNDP', role: 'funder' }
				]
			})
		}).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'invalid_input' });
		const reasons = Object.fromEntries(
			(error as { details: { field: string; reason: string }[] }).details.map((p) => [
				p.field,
				p.reason
			])
		);
		expect(Object.keys(reasons).sort()).toEqual(['cities', 'countries', 'partners.0', 'targets']);
		expect(reasons['partners.0']).toContain(`Koidu New Sembehun City Council (${KOIDU})`);
		expect(reasons.countries).toContain('Atlantis');
		expect(reasons.targets).toContain('11.9');

		await saveSolution(context(people.ana!), {
			slug: 'composting-markets-in-koidu',
			input: complete({
				countries: 'sl',
				cities: 'Koidu',
				partners: [
					{ name: KOIDU, role: 'provider' },
					{ name: 'undp', role: 'funder' }
				]
			})
		});
		const form = await getSolutionEditor(context(people.ana!), 'composting-markets-in-koidu');
		expect(form.values.countries).toBe('Sierra Leone');
		expect(form.values.cities).toBe('Koidu');
		expect(form.values.targets).toBe('11.6');
		expect(form.values.partners).toEqual([
			{ name: 'Koidu New Sembehun City Council', role: 'provider' },
			{ name: 'United Nations Development Programme', role: 'funder' }
		]);
	});

	it('lets the creator, their organization’s members and curators edit, and no one else', async () => {
		const slug = 'composting-markets-in-koidu';
		await expect(getSolutionEditor(context(people.cy!), slug)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(getSolutionHistory(context(visitor), slug)).rejects.toMatchObject({
			code: 'not_found'
		});
		await expect(
			saveSolution(context(people.cy!), { slug, input: complete() })
		).rejects.toMatchObject({ code: 'not_found' });
		expect((await getSolutionEditor(context(people.bo!), slug)).level).toBe('draft');
		expect((await getSolutionEditor(context(people.cura!), slug)).level).toBe('draft');
		await saveSolution(context(people.bo!), { slug, input: complete({ results: 'By Bo.' }) });
		expect((await solutionRow(slug)).results).toBe('By Bo.');

		// A member may only submit for an organization of their own.
		await expect(
			saveSolution(context(people.ana!), { slug, input: complete({ organization: 'undp' }) })
		).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'organization' }] });
		await expect(getSolutionEditor(context(visitor), slug)).rejects.toMatchObject({
			code: 'unauthenticated'
		});
	});

	it('submits: confirms to the submitter, tells curators, and locks the form', async () => {
		const slug = 'composting-markets-in-koidu';
		const saved = await submitSolution(context(people.ana!), { slug, input: complete() });
		expect(saved.status).toBe('submitted');
		const row = await solutionRow(slug);
		expect(row.submitted_at).not.toBeNull();
		expect(await reviews(slug)).toEqual(['submitted']);
		expect((await mailsTo('ana')).map((mail) => mail.subject)).toEqual([
			'We received “Composting markets in Koidu”'
		]);
		const [toCurator] = await mailsTo('cura');
		expect(toCurator?.text_body).toContain(`https://galaxy.test/admin/moderation/${slug}`);

		await expect(
			saveSolution(context(people.ana!), { slug, input: complete() })
		).rejects.toMatchObject({ code: 'conflict' });
		await expect(
			submitSolution(context(people.ana!), { slug, input: complete() })
		).rejects.toMatchObject({ code: 'conflict' });
		const form = await getSolutionEditor(context(people.ana!), slug);
		expect(form.level).toBeNull();
		expect(form.canSubmit).toBe(false);
	});

	it('queues submissions for curators only, the longest waiting first', async () => {
		await expect(listModerationQueue(context(people.ana!), { page: 1 })).rejects.toMatchObject({
			code: 'forbidden'
		});
		const queue = await listModerationQueue(context(people.cura!), { page: 1 });
		expect(queue.data.map((entry) => entry.slug)).toEqual(['composting-markets-in-koidu']);
		expect(queue.data[0]).toMatchObject({
			submitter: 'ana',
			organization: { slug: KOIDU, name: 'Koidu New Sembehun City Council' },
			waitingDays: 0
		});
		const item = await getModerationItem(context(people.cura!), 'composting-markets-in-koidu');
		expect(item.canDecide).toBe(true);
		expect(item.places).toEqual({ countries: ['Sierra Leone'], cities: ['Koidu'] });
	});

	it('sends a submission back with a comment, which the submitter reads by email', async () => {
		const slug = 'composting-markets-in-koidu';
		await expect(
			decideOnSolution(context(people.ana!), slug, { decision: 'publish' })
		).rejects.toMatchObject({ code: 'forbidden' });
		await expect(
			decideOnSolution(context(people.cura!), slug, { decision: 'request-changes', comment: ' ' })
		).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'comment' }] });
		await expect(
			decideOnSolution(context(people.cura!), slug, { decision: 'delete' })
		).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'decision' }] });
		// Archiving is for published solutions only.
		await expect(
			decideOnSolution(context(people.cura!), slug, { decision: 'archive' })
		).rejects.toMatchObject({ code: 'conflict' });

		await decideOnSolution(context(people.cura!), slug, {
			decision: 'request-changes',
			comment: 'Please give the tonnage per market.'
		});
		expect((await solutionRow(slug)).status).toBe('changes-requested');
		expect(await reviews(slug)).toEqual([
			'submitted',
			'changes-requested: Please give the tonnage per market.'
		]);
		const mail = (await mailsTo('ana')).at(-1)!;
		expect(mail.subject).toContain('Changes requested');
		expect(mail.text_body).toContain('Please give the tonnage per market.');
		expect(mail.text_body).toContain(`https://galaxy.test/solutions/${slug}/edit`);

		// Not submitted any more: no decision can be taken on it.
		await expect(
			decideOnSolution(context(people.cura!), slug, { decision: 'publish' })
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('publishes after the changes: version 1 with every field, and the public link', async () => {
		const slug = 'composting-markets-in-koidu';
		expect((await getSolutionEditor(context(people.ana!), slug)).canSubmit).toBe(true);
		await submitSolution(context(people.ana!), {
			slug,
			input: complete({ results: 'Forty tonnes a month: 8 per market.' })
		});
		await decideOnSolution(context(people.cura!), slug, { decision: 'publish' });
		const row = await solutionRow(slug);
		expect(row).toMatchObject({ status: 'published', version: 1 });
		expect(row.published_at).not.toBeNull();
		const mail = (await mailsTo('ana')).at(-1)!;
		expect(mail.text_body).toContain(`https://galaxy.test/solutions/${slug}\n`);

		const history = await getSolutionHistory(context(visitor), slug);
		expect(history.moderationLog).toBeNull();
		expect(history.versions).toHaveLength(1);
		expect(history.versions[0]).toMatchObject({ version: 1, first: true, by: 'cura' });
		expect(history.versions[0]!.changedFields).toEqual(
			expect.arrayContaining(['title', 'results', 'partners', 'cities', 'targets'])
		);
		const owners = await getSolutionHistory(context(people.bo!), slug);
		expect(owners.moderationLog?.map((entry) => entry.action)).toEqual([
			'submitted',
			'changes-requested',
			'submitted',
			'published'
		]);
		await expect(
			decideOnSolution(context(people.cura!), slug, { decision: 'reject', comment: 'No.' })
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('keeps an edited published solution published, as a new version with its changes', async () => {
		const slug = 'composting-markets-in-koidu';
		const form = await getSolutionEditor(context(people.ana!), slug);
		expect(form).toMatchObject({ level: 'complete', canSubmit: false, autosave: false });
		const saved = await saveSolution(context(people.ana!), {
			slug,
			input: { ...form.values, results: 'Fifty tonnes a month: 10 per market.', sdgs: ['11', '12'] }
		});
		expect(saved).toMatchObject({ status: 'published', version: 2, changed: true });

		const unchanged = await saveSolution(context(people.ana!), {
			slug,
			input: (await getSolutionEditor(context(people.ana!), slug)).values
		});
		expect(unchanged).toMatchObject({ version: 2, changed: false });

		const incomplete = saveSolution(context(people.ana!), {
			slug,
			input: { ...form.values, summary: '' }
		});
		await expect(incomplete).rejects.toMatchObject({ code: 'invalid_input' });

		const { versions } = await getSolutionHistory(context(visitor), slug);
		expect(versions.map((version) => version.version)).toEqual([2, 1]);
		expect(versions[0]).toMatchObject({
			by: 'ana',
			first: false,
			changedFields: ['results', 'sdgs']
		});
		expect(versions[0]!.diffs).toEqual([
			{
				field: 'results',
				segments: [
					{ kind: 'removed', text: 'Forty' },
					{ kind: 'added', text: 'Fifty' },
					{ kind: 'same', text: ' tonnes a month: ' },
					{ kind: 'removed', text: '8' },
					{ kind: 'added', text: '10' },
					{ kind: 'same', text: ' per market.' }
				]
			}
		]);
		const snapshot = await db()
			.selectFrom('solution_versions as v')
			.innerJoin('solutions as s', 's.id', 'v.solution_id')
			.select('v.snapshot')
			.where('s.slug', '=', slug)
			.where('v.version', '=', 2)
			.executeTakeFirstOrThrow();
		expect(JSON.parse(snapshot.snapshot)).toMatchObject({
			results: 'Fifty tonnes a month: 10 per market.',
			sdgs: [11, 12],
			countries: [{ code: 'SL', name: 'Sierra Leone' }],
			partners: [{ slug: KOIDU, role: 'provider' }]
		});
	});

	it('rejects with a reason: the submitter is told, and the solution stays private', async () => {
		const { slug } = await submitSolution(context(people.bo!), {
			slug: null,
			input: complete({ title: 'Buy our compost bins' })
		});
		await expect(
			decideOnSolution(context(people.cura!), slug, { decision: 'reject' })
		).rejects.toMatchObject({ code: 'invalid_input', details: [{ field: 'comment' }] });
		await decideOnSolution(context(people.cura!), slug, {
			decision: 'reject',
			comment: 'This advertises a product.'
		});
		expect((await solutionRow(slug)).status).toBe('rejected');
		const mail = (await mailsTo('bo')).at(-1)!;
		expect(mail.text_body).toContain('This advertises a product.');
		await expect(getSolutionHistory(context(visitor), slug)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await getSolutionHistory(context(people.ana!), slug)).moderationLog).toHaveLength(2);
		await expect(
			saveSolution(context(people.bo!), { slug, input: complete() })
		).rejects.toMatchObject({ code: 'conflict' });
		await expect(
			submitSolution(context(people.bo!), { slug, input: complete() })
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('archives a published solution: off the site, history kept for owners and staff', async () => {
		const { slug } = await submitSolution(context(people.ana!), {
			slug: null,
			input: complete({ title: 'Solar street lights in Koidu' })
		});
		await decideOnSolution(context(people.cura!), slug, { decision: 'publish' });
		const mailsBefore = (await mailsTo('ana')).length;
		await decideOnSolution(context(people.cura!), slug, {
			decision: 'archive',
			comment: 'Replaced by a newer solution.'
		});
		expect((await solutionRow(slug)).status).toBe('archived');
		expect(await mailsTo('ana')).toHaveLength(mailsBefore);
		await expect(getSolutionHistory(context(visitor), slug)).rejects.toMatchObject({
			code: 'not_found'
		});
		expect((await getSolutionHistory(context(people.ana!), slug)).versions).toHaveLength(1);
		expect(await reviews(slug)).toEqual([
			'submitted',
			'published',
			'archived: Replaced by a newer solution.'
		]);
		await expect(
			saveSolution(context(people.ana!), { slug, input: complete() })
		).rejects.toMatchObject({ code: 'conflict' });
	});

	it('records a baseline version before the first change to an older published solution', async () => {
		const form = await getSolutionEditor(context(people.cura!), PARAGUAY);
		await saveSolution(context(people.cura!), {
			slug: PARAGUAY,
			input: { ...form.values, contactName: 'Open data team', contactEmail: 'data@example.org' }
		});
		const { versions } = await getSolutionHistory(context(visitor), PARAGUAY);
		expect(versions.map((version) => [version.version, version.by])).toEqual([
			[2, 'cura'],
			[1, null]
		]);
		expect(versions[0]!.changedFields).toEqual(['contactName', 'contactEmail']);
		expect((await solutionRow(PARAGUAY)).version).toBe(2);
	});

	it('limits how fast one account writes', async () => {
		const limiter = createRateLimiter({ dialect: 'sqlite' }, 'solutions-test', {
			points: 2,
			durationSeconds: 60
		});
		const limited = { ...context(people.bo!), limiter };
		const { slug } = await saveSolution(limited, { slug: null, input: { title: 'Fast' } });
		await saveSolution(limited, { slug, input: { title: 'Faster' } });
		await expect(
			saveSolution(limited, { slug, input: { title: 'Fastest' } })
		).rejects.toMatchObject({ code: 'rate_limited' });
	});
});
