import { describe, expect, inject, it } from 'vitest';

const origins = [
	['SQLite', inject('sqliteOrigin')],
	['PostgreSQL', inject('postgresOrigin')]
] as const;

/**
 * Queries that mean something to FTS5, tsquery, SQL, HTML, URLs or Unicode. Every one must be
 * answered with 200 (read as text) or 400 (with the field), never a 5xx.
 */
const NASTY_QUERIES = [
	'"',
	'""',
	'"""',
	"'",
	"''",
	'\\',
	'*',
	'water*',
	'^water',
	'NEAR(water sanitation)',
	'NEAR(water sanitation, 2)',
	'water AND',
	'AND OR NOT',
	'OR',
	'-',
	'--',
	'- -water',
	'-"',
	'-""',
	'(',
	')',
	'(water',
	'water)',
	':',
	'title_stems:water',
	'{title_stems body_stems}:water',
	'title_stems : "water"',
	'a:*',
	"'water':*",
	'!water',
	'!!',
	'water & sanitation',
	'water | sanitation',
	'water <-> sanitation',
	'water <2> sanitation',
	"'a' & 'b'",
	'%',
	'_',
	'%_%',
	"'; DROP TABLE solutions; --",
	'1 OR 1=1',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'../../etc/passwd',
	'\u0000',
	'water\u0000sanitation',
	'\u200b',
	'\u200d\u200d',
	'\u202ewater',
	'🙂🙂🙂',
	'👩🏽‍🌾 farmers',
	'ﬁnance',
	'Ⅻ',
	'ǅ',
	'İstanbul',
	'ß',
	'e\u0301e\u0301',
	'الْمِيَاه',
	'垃圾，分类。',
	'「水」',
	'12.5',
	'1,000,000',
	'3,14',
	'.',
	',',
	'.5',
	'x'.repeat(64),
	'x'.repeat(65),
	'a '.repeat(250).trim(),
	'ab'.repeat(250),
	'ab'.repeat(250) + 'c',
	'"' + 'water '.repeat(80),
	'-'.repeat(500)
];

const NASTY_PARAMETERS = [
	'sdg=0',
	'sdg=18',
	'sdg=abc',
	'sdg=1e3',
	'sdg=',
	'sector=..%2F..%2Fetc',
	'sector=WASTE',
	'sector=not-a-sector',
	'country=ZZ',
	'country=sle',
	'region=-1',
	'region=998',
	'region=2.5',
	'lang=xx',
	'lang=EN',
	'modality=bilateral',
	'provider=alien',
	'year=abc',
	'year=1800',
	'sort=random',
	'page=0',
	'page=-1',
	'page=1e9',
	'page=99999',
	'page=1.5',
	'pageSize=0',
	'pageSize=1000',
	'type=unknown',
	'q=%ZZ',
	'q=%ED%A0%80',
	'q=%C0%AF',
	'sdg=6&sdg=6&sdg=6',
	Array.from({ length: 25 }, (_, i) => `sdg=${(i % 17) + 1}`).join('&')
];

for (const [name, origin] of origins) {
	describe.skipIf(!origin)(`search on ${name} survives nasty input`, () => {
		const paths = ['/solutions', '/search', '/api/v1/solutions', '/api/v1/search'];

		it('answers every nasty query with 200 or 400, never a 5xx', async () => {
			const failures: string[] = [];
			for (const path of paths) {
				for (const query of NASTY_QUERIES) {
					const url = `${origin}${path}?${new URLSearchParams({ q: query })}`;
					const response = await fetch(url);
					await response.arrayBuffer();
					if (![200, 400].includes(response.status)) {
						failures.push(`${response.status} ${path} q=${JSON.stringify(query)}`);
					}
				}
			}
			expect(failures).toEqual([]);
		});

		it('answers every nasty parameter with 200 or 400 naming the field', async () => {
			const failures: string[] = [];
			for (const path of ['/solutions', '/api/v1/solutions', '/api/v1/search']) {
				for (const parameters of NASTY_PARAMETERS) {
					const response = await fetch(`${origin}${path}?${parameters}`);
					if (response.status === 400 && path.startsWith('/api/')) {
						const body = (await response.json()) as {
							error: { details?: { field: string; reason: string }[] };
						};
						if (!body.error.details?.[0]?.field) failures.push(`no field: ${path}?${parameters}`);
					} else {
						await response.arrayBuffer();
					}
					if (![200, 400].includes(response.status)) {
						failures.push(`${response.status} ${path}?${parameters}`);
					}
				}
			}
			expect(failures).toEqual([]);
		});

		it('refuses a query over 500 characters with a clear message', async () => {
			const response = await fetch(`${origin}/api/v1/solutions?q=${'a'.repeat(501)}`);
			expect(response.status).toBe(400);
			expect(await response.json()).toMatchObject({
				error: {
					code: 'invalid_input',
					details: [{ field: 'q', reason: 'must be 500 characters or fewer' }]
				}
			});
		});

		it('finds solutions by an inflected word and a Chinese query, with facets', async () => {
			const response = await fetch(`${origin}/api/v1/solutions?q=composted&pageSize=5`);
			const body = (await response.json()) as {
				total: number;
				data: { title: string; snippet: { text: string; match: boolean }[] | null }[];
				facets: { sdg: { value: string; count: number }[] };
			};
			expect(body.total).toBeGreaterThan(0);
			expect(body.data[0]?.snippet?.some((part) => part.match)).toBe(true);
			expect(body.facets.sdg.reduce((sum, value) => sum + value.count, 0)).toBeGreaterThan(0);
			const chinese = (await (
				await fetch(`${origin}/api/v1/search?q=${encodeURIComponent('城市')}`)
			).json()) as { total: number };
			expect(chinese.total).toBeGreaterThan(0);
		});
	});
}
