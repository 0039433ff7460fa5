import { describe, expect, it } from 'vitest';
import {
	checkSolutionForm,
	emptySolutionForm,
	goalOfTarget,
	keptSolutionForm,
	readSolutionForm,
	splitList,
	type SolutionFormValues
} from './solution-editor.schema.ts';

const complete = (overrides: Partial<SolutionFormValues> = {}): SolutionFormValues => ({
	...emptySolutionForm(),
	title: 'Composting markets',
	summary: 'Markets compost their organic waste.',
	challenge: 'Waste piled up in the markets.',
	solution: 'Traders sort; the council composts.',
	results: '40 tonnes of compost a month.',
	replicability: 'Any town with a market.',
	contactName: 'Ana Souza',
	contactEmail: 'ana@koidu.example',
	language: 'en',
	modality: 'south-south',
	organization: 'koidu-new-sembehun-city-council',
	startYear: '2019',
	countries: 'Sierra Leone',
	sdgs: ['11'],
	sectors: ['waste-management'],
	partners: [{ name: 'Koidu New Sembehun City Council', role: 'provider' }],
	...overrides
});

const fields = (values: SolutionFormValues, level: 'draft' | 'complete') =>
	checkSolutionForm(values, level).problems.map((problem) => `${problem.field}:${problem.key}`);

describe('checkSolutionForm', () => {
	it('saves a draft with only a title', () => {
		expect(fields({ ...emptySolutionForm(), title: 'Composting' }, 'draft')).toEqual([]);
		expect(fields(emptySolutionForm(), 'draft')).toEqual([
			'title:solutionForm.error.titleRequired'
		]);
	});

	it('needs every section before a solution is submitted', () => {
		expect(fields(complete(), 'complete')).toEqual([]);
		expect(fields({ ...emptySolutionForm(), title: 'Composting' }, 'complete')).toEqual([
			'contactEmail:solutionForm.error.required',
			'language:solutionForm.error.language',
			'modality:solutionForm.error.modality',
			'organization:solutionForm.error.organization',
			'startYear:solutionForm.error.required',
			'countries:solutionForm.error.countryRequired',
			'sdgs:solutionForm.error.goalRequired',
			'sectors:solutionForm.error.sectorRequired',
			'partners:solutionForm.error.partnerRequired',
			'summary:solutionForm.error.required',
			'challenge:solutionForm.error.required',
			'solution:solutionForm.error.required',
			'results:solutionForm.error.required',
			'replicability:solutionForm.error.required',
			'contactName:solutionForm.error.required'
		]);
	});

	it('checks what is given even in a draft', () => {
		const draft = {
			...emptySolutionForm(),
			title: 'Composting',
			startYear: '20x9',
			endYear: '2018',
			contactEmail: 'ana@',
			targets: '11.6, eleven',
			partners: [{ name: 'Koidu', role: 'owner' }]
		};
		expect(fields(draft, 'draft')).toEqual([
			'contactEmail:solutionForm.error.email',
			'startYear:solutionForm.error.year',
			'targets:solutionForm.error.targetFormat',
			'partners.0:solutionForm.error.role'
		]);
		const years = { ...draft, startYear: '2019', contactEmail: '', targets: '', partners: [] };
		expect(fields(years, 'draft')).toEqual(['endYear:solutionForm.error.endBeforeStart']);
	});

	it('limits the length of texts', () => {
		const long = complete({ title: 'x'.repeat(201), summary: 'y'.repeat(1001) });
		expect(fields(long, 'complete')).toEqual([
			'title:solutionForm.error.tooLong',
			'summary:solutionForm.error.tooLong'
		]);
	});

	it('adds the goals of the targets, and drops empty and repeated partner rows', () => {
		const { solution } = checkSolutionForm(
			complete({
				sdgs: ['11'],
				targets: '6.1, 11.6, 6.1',
				partners: [
					{ name: 'Koidu', role: 'provider' },
					{ name: '', role: 'funder' },
					{ name: ' koidu ', role: 'provider' },
					{ name: 'UNDP', role: 'funder' }
				]
			}),
			'complete'
		);
		expect(solution.sdgs).toEqual([6, 11]);
		expect(solution.targets).toEqual(['6.1', '11.6']);
		expect(solution.partners).toEqual([
			{ row: 0, name: 'Koidu', role: 'provider' },
			{ row: 3, name: 'UNDP', role: 'funder' }
		]);
	});
});

describe('the form helpers', () => {
	it('splits lists on commas, semicolons and lines, without repeats', () => {
		expect(splitList('Sierra Leone, kenya;\nKenya ,, Ghana')).toEqual([
			'Sierra Leone',
			'kenya',
			'Ghana'
		]);
	});

	it('reads target codes', () => {
		expect(['11.6', '6.a', '17.19', '18.1', '11', '11.6.1'].map(goalOfTarget)).toEqual([
			11,
			6,
			17,
			null,
			null,
			null
		]);
	});

	it('reads partner rows in order from the form post', () => {
		const form = new FormData();
		form.set('title', 'Composting');
		form.append('partnerName', 'Koidu');
		form.append('partnerRole', 'provider');
		form.append('partnerName', 'UNDP');
		form.append('partnerRole', 'funder');
		form.append('sdgs', '11');
		form.append('sdgs', '12');
		const values = keptSolutionForm(readSolutionForm(form));
		expect(values.title).toBe('Composting');
		expect(values.summary).toBe('');
		expect(values.sdgs).toEqual(['11', '12']);
		expect(values.partners).toEqual([
			{ name: 'Koidu', role: 'provider' },
			{ name: 'UNDP', role: 'funder' }
		]);
	});
});
