import { beforeAll, expect, it } from 'vitest';
import { describeOnDialects } from '../../../../test/test-database.ts';
import { system, visitor, type Actor, type PlatformRole } from './actor.ts';
import { changeUserRole } from './admin-users.service.ts';
import { recordAudit } from './audit.repository.ts';
import { listAuditEvents } from './audit.service.ts';
import { createUser } from './identity.service.ts';

const origin = { ip: '203.0.113.9' };

describeOnDialects('reading the audit log', 'empty', (db) => {
	const actors: Record<string, Actor & { kind: 'user' }> = {};

	async function account(name: string, role: PlatformRole) {
		const user = await createUser({
			db: db(),
			actor: system,
			input: {
				email: `${name}@praia.example`,
				displayName: `${name} Tavares`,
				role,
				password: 'a long and unusual passphrase'
			}
		});
		actors[name] = { kind: 'user', userId: user.id, role };
	}
	const at = (minute: number) => new Date(Date.UTC(2031, 0, 10, 9, minute)).toISOString();

	beforeAll(async () => {
		await account('admin', 'admin');
		await account('curator', 'curator');
		await account('member', 'member');
		const member = actors.member!.userId;
		await recordAudit(db(), {
			action: 'sign-in',
			actorUserId: member,
			subjectType: 'user',
			subjectId: member,
			ipAddress: '192.0.2.1',
			at: at(1)
		});
		await recordAudit(db(), {
			action: 'sign-in-failed',
			actorUserId: null,
			ipAddress: '192.0.2.66',
			at: at(2)
		});
		await recordAudit(db(), {
			action: 'sign-out-everywhere',
			actorUserId: member,
			subjectType: 'user',
			subjectId: member,
			details: { ended: 2 },
			at: at(3)
		});
		await changeUserRole(
			{ db: db(), actor: actors.admin!, now: new Date(at(4)) },
			{ userId: member, role: 'curator' },
			origin
		);
		// Written by hand or by an older version: the log must still open.
		await db()
			.insertInto('audit_events')
			.values({ occurred_at: at(0), action: 'legacy', actor_user_id: null, details: 'not json' })
			.execute();
	});

	it('shows curators every event, newest first, with who did it and what it was about', async () => {
		const log = await listAuditEvents({ db: db(), actor: actors.curator! }, { page: 1 });
		expect(log).toMatchObject({ page: 1, pageSize: 20, total: 5 });
		expect(log.data.map((event) => event.action)).toEqual([
			'role-changed',
			'sign-out-everywhere',
			'sign-in-failed',
			'sign-in',
			'legacy'
		]);
		expect(log.actions).toEqual([
			'legacy',
			'role-changed',
			'sign-in',
			'sign-in-failed',
			'sign-out-everywhere'
		]);
		expect(log.data[0]).toEqual({
			id: expect.any(Number),
			occurredAt: at(4),
			action: 'role-changed',
			actor: {
				id: actors.admin!.userId,
				email: 'admin@praia.example',
				displayName: 'admin Tavares'
			},
			subject: {
				type: 'user',
				id: String(actors.member!.userId),
				label: 'member@praia.example'
			},
			ip: origin.ip,
			details: { from: 'member', to: 'curator' }
		});
		expect(log.data[1]!.details).toEqual({ ended: 2 });
		expect(log.data[2]).toMatchObject({
			actor: null,
			subject: null,
			ip: '192.0.2.66',
			details: {}
		});
		expect(log.data[4]).toMatchObject({ action: 'legacy', details: {} });
	});

	it('filters by action and pages', async () => {
		const signIns = await listAuditEvents(
			{ db: db(), actor: actors.admin! },
			{ action: 'sign-in', page: 1 }
		);
		expect(signIns.total).toBe(1);
		expect(signIns.data.map((event) => event.occurredAt)).toEqual([at(1)]);
		const second = await listAuditEvents({ db: db(), actor: system }, { page: 2, pageSize: 2 });
		expect(second).toMatchObject({ page: 2, pageSize: 2, total: 5 });
		expect(second.data.map((event) => event.action)).toEqual(['sign-in-failed', 'sign-in']);
		const none = await listAuditEvents(
			{ db: db(), actor: actors.admin! },
			{ action: 'never-happened', page: 1 }
		);
		expect(none).toMatchObject({ data: [], total: 0 });
	});

	it('refuses members and visitors, and names a bad filter', async () => {
		for (const actor of [actors.member!, visitor]) {
			await expect(listAuditEvents({ db: db(), actor }, { page: 1 })).rejects.toMatchObject({
				code: 'forbidden'
			});
		}
		await expect(
			listAuditEvents({ db: db(), actor: actors.curator! }, { action: "x' or 1=1", page: 0 })
		).rejects.toMatchObject({
			code: 'invalid_input',
			details: expect.arrayContaining([
				expect.objectContaining({ field: 'action' }),
				expect.objectContaining({ field: 'page' })
			])
		});
	});
});
