import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@netra/shared';
import { getDefaultAuthority } from '../src/modules/authorities/authorities-repo.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('escalation authorities', () => {
  it('lists the seeded KASN and BKN to every role, BKN as the default', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    const res = await t.app.inject({ url: '/v1/authorities', headers: reviewer });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((a: { code: string; channel: string; isDefault: boolean }) => [a.code, a.channel, a.isDefault])).toEqual([
      ['BKN', 'sbt', true],
      ['KASN', 'letter', false],
    ]);
  });

  it('lets an admin add and change authorities, audited; others may not', async () => {
    const admin = await t.login('admin', null);
    const supervisor = await t.login('supervisor', null);
    const payload = { code: 'KEMENPAN', name: 'Kementerian PANRB', channel: 'email', endpoint: 'pengaduan@menpan.go.id', notes: 'Tembusan' };
    expect((await t.app.inject({ method: 'POST', url: '/v1/authorities', headers: supervisor, payload })).statusCode).toBe(403);
    const created = await t.app.inject({ method: 'POST', url: '/v1/authorities', headers: admin, payload });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ code: 'KEMENPAN', channel: 'email', active: true, isDefault: false });
    expect((await t.app.inject({ method: 'POST', url: '/v1/authorities', headers: admin, payload })).statusCode).toBe(409);

    const patched = await t.app.inject({ method: 'PATCH', url: '/v1/authorities/KEMENPAN', headers: admin, payload: { channel: 'api', endpoint: 'https://api.example.go.id/v1/aduan', active: false } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ channel: 'api', endpoint: 'https://api.example.go.id/v1/aduan', active: false });
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/authorities/KEMENPAN', headers: supervisor, payload: { active: true } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/authorities/NOPE', headers: admin, payload: { active: true } })).statusCode).toBe(404);

    const audit = await t.db.pool.query(`SELECT action FROM audit_log WHERE entity_type = 'escalation_authority' AND entity_id = 'KEMENPAN' ORDER BY seq`);
    expect(audit.rows.map((r) => r.action)).toEqual(['authority.create', 'authority.update']);
  });

  it('rejects bad input with 400 naming the field', async () => {
    const admin = await t.login('admin', null);
    const res = await t.app.inject({ method: 'POST', url: '/v1/authorities', headers: admin, payload: { code: 'bad code', name: '', channel: 'fax', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { path: string }) => d.path)).toEqual(expect.arrayContaining(['/body/code', '/body/name', '/body/channel', '/body/extra']));
    const email = await t.app.inject({ method: 'POST', url: '/v1/authorities', headers: admin, payload: { code: 'MAIL', name: 'Mail', channel: 'email', endpoint: 'not-an-address' } });
    expect(email.statusCode).toBe(400);
    expect(email.json().details).toEqual([{ path: '/body/endpoint', message: expect.stringMatching(/e-mail/) }]);
  });

  it('finds the default authority from the configuration, and refuses to deactivate it', async () => {
    expect((await getDefaultAuthority(t.db.pool, loadConfig({}))).code).toBe('BKN');
    expect((await getDefaultAuthority(t.db.pool, loadConfig({ ESCALATION_AUTHORITY: 'KASN' }))).code).toBe('KASN');
    await expect(getDefaultAuthority(t.db.pool, loadConfig({ ESCALATION_AUTHORITY: 'OMBUDSMAN' }))).rejects.toThrow(/no escalation authority has code OMBUDSMAN/);
    await expect(getDefaultAuthority(t.db.pool, { ESCALATION_AUTHORITY: 'KEMENPAN' })).rejects.toBeInstanceOf(ConfigError);
    await expect(getDefaultAuthority(t.db.pool, { ESCALATION_AUTHORITY: 'KEMENPAN' })).rejects.toThrow(/KEMENPAN is inactive/);

    const admin = await t.login('admin', null);
    const res = await t.app.inject({ method: 'PATCH', url: '/v1/authorities/BKN', headers: admin, payload: { active: false } });
    expect(res.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'PATCH', url: '/v1/authorities/KASN', headers: admin, payload: { active: false } })).statusCode).toBe(200);
    await expect(getDefaultAuthority(t.db.pool, { ESCALATION_AUTHORITY: 'KASN' })).rejects.toThrow(/KASN is inactive/);
  });
});
