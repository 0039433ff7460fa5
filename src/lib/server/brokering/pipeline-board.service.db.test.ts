import { expect, it } from 'vitest';
import { DEMO_SEEDED_AT } from '../../../../test/db-global-setup.ts';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { isDomainError } from '../http/errors.ts';
import { visitor, type Actor } from '../identity/actor.ts';
import { getConnectionPage } from './connection-page.service.ts';
import { getPipelineBoard, listConnections } from './pipeline-board.service.ts';
import { connectionListQuerySchema } from './pipeline-board.schema.ts';
import { STAGES } from './pipeline.rules.ts';

const curator: Actor = { kind: 'user', userId: 1_000_001, role: 'curator' };
const admin: Actor = { kind: 'user', userId: 1_000_002, role: 'admin' };
const member: Actor = { kind: 'user', userId: 1_000_003, role: 'member' };
const list = (query: Record<string, unknown> = {}) => connectionListQuerySchema.parse(query);

async function codeOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (isDomainError(error)) return error.code;
		throw error;
	}
	return 'ok';
}

describeOnDialects('the pipeline board', 'demo', (db) => {
	const context = (actor: Actor) => ({ db: db(), actor, locale: 'en', now: DEMO_SEEDED_AT });

	it('is for curators and admins only', async () => {
		expect(await codeOf(getPipelineBoard(context(visitor), {}))).toBe('forbidden');
		expect(await codeOf(getPipelineBoard(context(member), {}))).toBe('forbidden');
		expect(await codeOf(listConnections(context(member), list()))).toBe('forbidden');
		expect(await codeOf(getConnectionPage(context(member), 1))).toBe('forbidden');
		expect(await codeOf(getPipelineBoard(context(admin), {}))).toBe('ok');
	});

	it('shows the demo connections in one column per stage, closed last and folded', async () => {
		const board = await getPipelineBoard(context(curator), {});
		expect(board.columns.map((column) => column.stage)).toEqual([...STAGES]);
		expect(board.columns.map((column) => column.folded)).toEqual([
			false,
			false,
			false,
			false,
			false,
			false,
			true
		]);
		expect(board.columns.map((column) => column.count)).toEqual([1, 1, 1, 1, 1, 1, 1]);
		expect(board.total).toBe(7);
		for (const column of board.columns) {
			expect(column.cards.every((card) => card.stage === column.stage)).toBe(true);
			expect(column.cards).toHaveLength(column.count);
		}
	});

	it('gives each card its need, match, organization, age, stale flag and score', async () => {
		const board = await getPipelineBoard(context(curator), {});
		const cards = board.columns.flatMap((column) => column.cards);
		const pilot = cards.find((card) => card.id === 1)!;
		expect(pilot).toMatchObject({
			stage: 'pilot-launched',
			need: {
				title: 'Reducir las pérdidas de agua potable en la red de distribución',
				path: `/needs/${pilot.need.id}`
			},
			target: { kind: 'solution' },
			organization: { slug: 'campeche-city' },
			ageDays: 2,
			stale: false,
			next: null,
			path: '/admin/brokering/1'
		});
		expect(pilot.target.path).toMatch(/^\/solutions\/[a-z0-9-]+$/);
		expect(pilot.target.name.length).toBeGreaterThan(5);
		expect(pilot.score).toBeGreaterThan(0);
		expect(pilot.score).toBeLessThanOrEqual(100);

		// Waiting 18 days in dialogue: stale.
		const [waiting] = board.columns[3]!.cards.filter((card) => card.ageDays === 18);
		expect(waiting).toMatchObject({ stale: true, next: 'agreement', target: { kind: 'provider' } });
		expect(waiting!.target.path).toMatch(/^\/partners\//);

		const peer = cards.find((card) => card.stage === 'suggested')!;
		expect(peer).toMatchObject({ target: { kind: 'peer-city', path: null }, stale: false });
		expect(peer.target.name).toMatch(/, /);
		expect(peer.next).toBe('introduction-requested');

		const closed = board.columns[6]!.cards[0]!;
		expect(closed).toMatchObject({ closedReason: 'no-capacity', stale: false, next: null });
		// Oldest in their stage first.
		const inDialogue = board.columns[3]!.cards.map((card) => card.ageDays);
		expect(inDialogue).toEqual([...inDialogue].sort((a, b) => b - a));
	});

	it('gives the conversion figures of the funnel and the closed connections by reason', async () => {
		const board = await getPipelineBoard(context(curator), {});
		expect(
			board.conversion.map(({ stage, reached, movedOn, percent }) => [
				stage,
				reached,
				movedOn,
				percent
			])
		).toEqual([
			['suggested', 7, 6, 86],
			['introduction-requested', 6, 5, 83],
			['introduced', 5, 3, 60],
			['in-dialogue', 3, 2, 67],
			['agreement', 2, 1, 50],
			['pilot-launched', 1, null, null]
		]);
		expect(board.closed.find((count) => count.reason === 'no-capacity')?.count).toBe(1);
		expect(board.closed.reduce((sum, count) => sum + count.count, 0)).toBe(1);
	});

	it('filters on the need’s words, sector and country, the kind of match and the stage', async () => {
		const count = async (query: Parameters<typeof getPipelineBoard>[1]) =>
			(await getPipelineBoard(context(curator), query)).total;
		expect(await count({ q: 'AGUA potable' })).toBe(2);
		expect(await count({ q: '100%_' })).toBe(0);
		expect(await count({ kind: 'peer-city' })).toBe(2);
		expect(await count({ kind: 'provider' })).toBe(2);
		expect(await count({ sector: 'renewable-energy' })).toBe(2);
		expect(await count({ country: 'BJ' })).toBe(1);
		expect(await count({ country: 'MX', kind: 'solution' })).toBe(1);

		const closedOnly = await getPipelineBoard(context(curator), { stage: 'closed' });
		expect(closedOnly.columns.map((column) => column.stage)).toEqual(['closed']);
		// The funnel leaves the stage filter aside.
		expect(closedOnly.conversion[0]!.reached).toBe(7);

		const board = await getPipelineBoard(context(curator), {});
		expect(board.options.countries.map((country) => country.code).sort()).toEqual([
			'BF',
			'BJ',
			'BR',
			'MX',
			'SL'
		]);
		expect(board.options.sectors.length).toBeGreaterThan(5);
	});

	it('lists the connections for the API, a page at a time, with the same filters', async () => {
		const first = await listConnections(context(curator), list({ pageSize: '3' }));
		expect(first).toMatchObject({ page: 1, pageSize: 3, total: 7 });
		expect(first.data.map((card) => card.id)).toEqual([1, 2, 3]);
		const last = await listConnections(context(curator), list({ pageSize: '3', page: '3' }));
		expect(last.data.map((card) => card.id)).toEqual([7]);
		const introduced = await listConnections(context(curator), list({ stage: 'introduced' }));
		expect(introduced.total).toBe(1);
		expect(introduced.data[0]!.stage).toBe('introduced');
		expect(() => list({ stage: 'lost' })).toThrow();
	});

	it('shows a connection’s page with its moves, and the way to its pilot project', async () => {
		const page = await getConnectionPage(context(curator), 1);
		expect(page.connection.stage).toBe('pilot-launched');
		expect(page.connection.moves).toEqual([]);
		expect(page.connection.history.map((entry) => entry.to)).toEqual([
			'suggested',
			'introduced',
			'in-dialogue',
			'agreement',
			'pilot-launched'
		]);
		expect(page.connection.reasons.length).toBeGreaterThan(0);
		expect(page).toMatchObject({ project: null, canCreateProject: true });
		const need = await db()
			.selectFrom('needs')
			.select('status')
			.where('title', '=', 'Reducir las pérdidas de agua potable en la red de distribución')
			.executeTakeFirstOrThrow();
		expect(need.status).toBe('matched');
	});
});
