import { expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { DomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import {
	addMember,
	FRENCH,
	makeOrganization,
	makePerson,
	makeSolution
} from './solution-translations.fixtures.ts';
import {
	getTranslationEditor,
	getTranslationOverview,
	localizeSolutions,
	removeTranslation,
	saveTranslation
} from './solution-translations.service.ts';
import { getSolution } from './solutions.service.ts';

/** The error a promise is rejected with, as `{ code, details }`. */
async function failure(promise: Promise<unknown>) {
	try {
		await promise;
	} catch (error) {
		if (error instanceof DomainError) return { code: error.code, details: error.details };
		throw error;
	}
	throw new Error('expected a domain error');
}

describeOnDialects('solution translations', 'demo', (db) => {
	const as = (actor: Actor, locale = 'en') => ({ db: db(), actor, locale });

	it('lets a curator add a translation that readers of that language then see', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		expect(await saveTranslation(as(curator), solution.slug, 'fr', FRENCH)).toEqual({
			created: true
		});

		const french = await getSolution(as(visitor, 'fr'), solution.slug);
		expect(french).toMatchObject({
			title: FRENCH.title,
			summary: FRENCH.summary,
			results: FRENCH.results,
			replicability: FRENCH.replicability,
			enablingFactors: null,
			language: 'fr',
			originalLanguage: 'es',
			availableLanguages: ['es', 'fr'],
			untranslatedFields: []
		});

		// No English translation: English readers get the original, told which languages exist.
		const english = await getSolution(as(visitor, 'en'), solution.slug);
		expect(english).toMatchObject({
			title: solution.title,
			language: 'es',
			originalLanguage: 'es',
			availableLanguages: ['es', 'fr']
		});
		const spanish = await getSolution(as(visitor, 'es'), solution.slug);
		expect(spanish.title).toBe(solution.title);

		const overview = await getTranslationOverview(as(curator), solution.slug);
		expect(overview.languages.map((language) => language.code)).toEqual([
			'en',
			'fr',
			'es',
			'ar',
			'ru',
			'zh',
			'pt'
		]);
		expect(overview.languages.find((language) => language.code === 'es')?.isOriginal).toBe(true);
		expect(
			overview.languages.find((language) => language.code === 'fr')?.translation
		).toMatchObject({ outdated: false });
		expect(overview.languages.find((language) => language.code === 'en')?.translation).toBeNull();
	});

	it('updates a translation in place, keeping when it was first made', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		await saveTranslation(
			{ ...as(curator), now: new Date('2025-01-01T00:00:00Z') },
			solution.slug,
			'fr',
			FRENCH
		);
		const result = await saveTranslation(
			{ ...as(curator), now: new Date('2025-02-01T00:00:00Z') },
			solution.slug,
			'fr',
			{ ...FRENCH, title: 'Le compost des marchés' }
		);
		expect(result).toEqual({ created: false });
		const rows = await db()
			.selectFrom('solution_translations')
			.selectAll()
			.where('solution_id', '=', solution.id)
			.execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			language: 'fr',
			title: 'Le compost des marchés',
			translated_by: curator.userId,
			created_at: '2025-01-01T00:00:00.000Z',
			updated_at: '2025-02-01T00:00:00.000Z'
		});
		const editor = await getTranslationEditor(as(curator), solution.slug, 'fr');
		expect(editor.translation?.title).toBe('Le compost des marchés');
		expect(editor.original.title).toBe(solution.title);
	});

	it('deletes a translation, after which its readers see the original again', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db());
		await saveTranslation(as(curator), solution.slug, 'fr', FRENCH);
		await removeTranslation(as(curator), solution.slug, 'fr');
		const french = await getSolution(as(visitor, 'fr'), solution.slug);
		expect(french).toMatchObject({ title: solution.title, language: 'es' });
		expect(french.availableLanguages).toEqual(['es']);
		expect(await failure(removeTranslation(as(curator), solution.slug, 'fr'))).toMatchObject({
			code: 'not_found'
		});
	});

	it('lets those who may edit the solution translate it, and no one else', async () => {
		const organizationId = await makeOrganization(db());
		const creator = await makePerson(db());
		const member = await makePerson(db());
		const editor = await makePerson(db());
		const applicant = await makePerson(db());
		const stranger = await makePerson(db());
		await addMember(db(), organizationId, member);
		await addMember(db(), organizationId, editor, 'editor');
		await addMember(db(), organizationId, applicant, 'member', 'requested');
		const solution = await makeSolution(db(), {
			organization_id: organizationId,
			created_by: creator.userId
		});

		for (const [actor, language] of [
			[creator, 'fr'],
			[member, 'en'],
			[editor, 'pt']
		] as const) {
			await saveTranslation(as(actor), solution.slug, language, FRENCH);
		}
		await saveTranslation(as(await makePerson(db(), 'admin')), solution.slug, 'ru', FRENCH);

		expect(await failure(saveTranslation(as(visitor), solution.slug, 'zh', FRENCH))).toMatchObject({
			code: 'unauthenticated'
		});
		for (const refused of [applicant, stranger]) {
			expect(
				await failure(saveTranslation(as(refused), solution.slug, 'zh', FRENCH))
			).toMatchObject({ code: 'forbidden' });
			expect(await failure(getTranslationOverview(as(refused), solution.slug))).toMatchObject({
				code: 'forbidden'
			});
			expect(await failure(removeTranslation(as(refused), solution.slug, 'fr'))).toMatchObject({
				code: 'forbidden'
			});
		}
		expect((await getSolution(as(stranger), solution.slug)).permissions).toEqual({
			edit: false,
			translate: false
		});
		expect((await getSolution(as(member), solution.slug)).permissions).toEqual({
			edit: true,
			translate: true
		});
	});

	it('hides an unpublished solution from strangers, and shows it to those who may edit it', async () => {
		const creator = await makePerson(db());
		const stranger = await makePerson(db());
		const draft = await makeSolution(db(), { status: 'draft', created_by: creator.userId });
		expect(await failure(getTranslationOverview(as(stranger), draft.slug))).toMatchObject({
			code: 'not_found'
		});
		expect(await failure(getSolution(as(visitor), draft.slug))).toMatchObject({
			code: 'not_found'
		});
		await saveTranslation(as(creator), draft.slug, 'fr', FRENCH);
		expect((await getSolution(as(creator, 'fr'), draft.slug)).title).toBe(FRENCH.title);
	});

	it('follows the workflow: owners wait while a curator reviews, and nobody changes a rejected one', async () => {
		const creator = await makePerson(db());
		const curator = await makePerson(db(), 'curator');
		const submitted = await makeSolution(db(), {
			status: 'submitted',
			created_by: creator.userId
		});
		expect(await failure(saveTranslation(as(creator), submitted.slug, 'fr', FRENCH))).toMatchObject(
			{ code: 'forbidden' }
		);
		expect((await getSolution(as(creator), submitted.slug)).permissions).toEqual({
			edit: false,
			translate: false
		});
		await saveTranslation(as(curator), submitted.slug, 'fr', FRENCH);

		const rejected = await makeSolution(db(), { status: 'rejected', created_by: creator.userId });
		for (const actor of [creator, curator]) {
			expect(await failure(saveTranslation(as(actor), rejected.slug, 'fr', FRENCH))).toMatchObject({
				code: 'forbidden'
			});
		}
	});

	it('checks every field, and asks for each section the original has', async () => {
		const curator = await makePerson(db(), 'curator');
		const solution = await makeSolution(db(), { enabling_factors: 'Un alcalde comprometido.' });
		const problems = await failure(
			saveTranslation(as(curator), solution.slug, 'fr', {
				...FRENCH,
				title: '  ',
				summary: 'x'.repeat(1_001),
				replicability: ''
			})
		);
		expect(problems.code).toBe('invalid_input');
		expect(Object.fromEntries(problems.details.map((p) => [p.field, p.reason]))).toEqual({
			title: 'is required',
			summary: 'must be 1000 characters or fewer',
			replicability: 'is required: the original has this section',
			enablingFactors: 'is required: the original has this section'
		});
		expect(await failure(saveTranslation(as(curator), solution.slug, 'es', FRENCH))).toMatchObject({
			code: 'invalid_input',
			details: [{ field: 'language' }]
		});
		expect(await failure(saveTranslation(as(curator), solution.slug, 'de', FRENCH))).toMatchObject({
			code: 'not_found'
		});
		expect(await failure(getTranslationEditor(as(curator), solution.slug, 'es'))).toMatchObject({
			code: 'invalid_input'
		});
		const rows = await db()
			.selectFrom('solution_translations')
			.select('language')
			.where('solution_id', '=', solution.id)
			.execute();
		expect(rows).toEqual([]);
	});

	it('localizes many solutions at once, section by section when the original grew', async () => {
		const curator = await makePerson(db(), 'curator');
		const translated = await makeSolution(db());
		const untranslated = await makeSolution(db(), { language: 'en', title: 'Market compost' });
		await saveTranslation(as(curator), translated.slug, 'fr', FRENCH);
		await saveTranslation(as(curator), translated.slug, 'zh', {
			...FRENCH,
			title: '市场社区堆肥'
		});
		// The original gains a section after it was translated, and changes.
		await db()
			.updateTable('solutions')
			.set({ constraints: 'La lluvia retrasa el compost.', updated_at: '2999-01-01T00:00:00Z' })
			.where('id', '=', translated.id)
			.execute();
		const rows = await db()
			.selectFrom('solutions')
			.selectAll()
			.where('id', 'in', [translated.id, untranslated.id])
			.execute();

		const localized = await localizeSolutions(db(), rows, 'fr');
		expect(localized.get(translated.id)).toMatchObject({
			shownLanguage: 'fr',
			originalLanguage: 'es',
			availableLanguages: ['es', 'fr', 'zh'],
			untranslatedFields: ['constraints'],
			texts: { title: FRENCH.title, constraints: 'La lluvia retrasa el compost.' }
		});
		expect(localized.get(untranslated.id)).toMatchObject({
			shownLanguage: 'en',
			availableLanguages: ['en'],
			texts: { title: 'Market compost' }
		});
		const chinese = await localizeSolutions(db(), rows, 'zh');
		expect(chinese.get(translated.id)?.texts.title).toBe('市场社区堆肥');
		expect((await localizeSolutions(db(), [], 'fr')).size).toBe(0);

		const overview = await getTranslationOverview(as(curator), translated.slug);
		expect(
			overview.languages.find((language) => language.code === 'fr')?.translation
		).toMatchObject({ outdated: true });
	});
});
