import { describe, expect, it } from 'vitest';
import { solutionListQuerySchema } from '../solutions/solutions.schema.ts';
import { parseQuery } from './query.ts';

const parse = (search: string) => parseQuery(solutionListQuerySchema, new URLSearchParams(search));

describe('parseQuery', () => {
	it('applies defaults and accepts repeated parameters', () => {
		expect(parse('sdg=6&sdg=11&country=sl')).toMatchObject({
			page: 1,
			pageSize: 20,
			sdg: [6, 11],
			country: ['SL'],
			sector: []
		});
	});
	it('ignores empty parameters, as an untouched form sends them', () => {
		const query = parse('q=&sdg=&page=');
		expect(query.q).toBeUndefined();
		expect(query).toMatchObject({ sdg: [], page: 1 });
	});
	it('names each bad field with a reason', () => {
		expect(() => parse('page=abc&sdg=18&pageSize=500')).toThrowError(
			expect.objectContaining({
				code: 'invalid_input',
				details: expect.arrayContaining([
					{ field: 'page', reason: 'must be a whole number' },
					{ field: 'sdg.0', reason: 'must be an SDG number from 1 to 17' },
					{ field: 'pageSize', reason: 'must be 100 or less' }
				])
			})
		);
	});
	it('refuses queries over 500 characters', () => {
		expect(() => parse(`q=${'a'.repeat(501)}`)).toThrowError(
			expect.objectContaining({
				details: [{ field: 'q', reason: 'must be 500 characters or fewer' }]
			})
		);
	});
});
