import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '@netra/shared';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('audit log', () => {
  it('records writes with who, what and from where', async () => {
    const admin = await t.login('admin', null);
    await t.app.inject({ method: 'POST', url: '/v1/users', headers: { authorization: admin.authorization, 'user-agent': 'vitest' }, payload: { username: 'budi.sup', displayName: 'Budi', role: 'supervisor', regionCode: '63' } });
    const { rows } = await t.db.pool.query(`SELECT * FROM audit_log WHERE action = 'user.create' AND details->>'username' = 'budi.sup'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_id: admin.userId, actor_role: 'admin', ip: '127.0.0.1', user_agent: 'vitest', region_code: '63' });
    expect(rows[0].request_id).toBeTruthy();
  });

  it('is append-only', async () => {
    await expect(t.db.pool.query('DELETE FROM audit_log')).rejects.toThrow(/append-only/);
    await expect(t.db.pool.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
  });

  it('detects an altered or removed row', async () => {
    const actor = { actorId: null, actorLabel: 'system:test', actorRole: null };
    for (let i = 0; i < 5; i += 1) await appendAudit(t.db.pool, actor, { action: 'test.event', entityType: 'test', entityId: String(i), details: { i, nested: { b: 1, a: 2 } } });
    expect(await verifyAuditChain(t.db.pool)).toMatchObject({ ok: true });

    const admin = await t.login('admin', null);
    expect((await t.app.inject({ url: '/v1/audit/verify', headers: { authorization: admin.authorization } })).json().ok).toBe(true);

    // Someone with superuser rights bypasses the trigger and edits history.
    const client = await t.db.pool.connect();
    try {
      await client.query('ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update');
      await client.query(`UPDATE audit_log SET details = '{"i": 99}' WHERE entity_id = '2' AND action = 'test.event'`);
      const altered = await verifyAuditChain(client);
      expect(altered.ok).toBe(false);
      expect(altered.brokenAt?.reason).toMatch(/altered/);
      await client.query(`DELETE FROM audit_log WHERE entity_id = '2' AND action = 'test.event'`);
      const removed = await verifyAuditChain(client);
      expect(removed.ok).toBe(false);
      expect(removed.brokenAt?.reason).toMatch(/removed/);
      await client.query('ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update');
    } finally {
      client.release();
    }
  });
});
