import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Fastify from 'fastify';
import { createUser } from '../src/modules/auth/auth-service.js';
import { authPlugin } from '../src/plugins/auth.js';
import { errorHandlerPlugin } from '../src/plugins/error-handler.js';
import { resourcesPlugin } from '../src/plugins/resources.js';
import { createTestApp, type TestApp } from './test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('authentication', () => {
  it('serves health and readiness without a token', async () => {
    expect((await t.app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json().checks).toEqual({ database: { ok: true }, redis: { ok: true }, migrations: { ok: true } });
  });

  it('refuses every other route without a valid token', async () => {
    const none = await t.app.inject({ url: '/v1/regions' });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ statusCode: 401, error: 'UNAUTHENTICATED' });
    expect(none.json().requestId).toBeTruthy();
    const forged = await t.app.inject({ url: '/v1/regions', headers: { authorization: 'Bearer ntr_forged' } });
    expect(forged.statusCode).toBe(401);
  });

  it('logs in with a password, then the session token works until logout', async () => {
    await createUser(t.db.pool, null, { actorId: null, actorLabel: 'test', actorRole: null }, {
      username: 'siti.reviewer', displayName: 'Siti', role: 'reviewer', regionCode: '63.71', password: 'rahasia-sekali-123',
    });
    const bad = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'siti.reviewer', password: 'wrong-password' } });
    expect(bad.statusCode).toBe(401);
    const ok = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'siti.reviewer', password: 'rahasia-sekali-123' } });
    expect(ok.statusCode).toBe(200);
    const authorization = `Bearer ${ok.json().session.token}`;
    const me = await t.app.inject({ url: '/v1/auth/me', headers: { authorization } });
    expect(me.json()).toMatchObject({ username: 'siti.reviewer', role: 'reviewer', regionCode: '63.71' });
    expect((await t.app.inject({ method: 'POST', url: '/v1/auth/logout', headers: { authorization } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/v1/auth/me', headers: { authorization } })).statusCode).toBe(401);
  });

  it('stores only the hash of a token, shows it once, and revokes it', async () => {
    const admin = await t.login('admin', null);
    const created = await t.app.inject({ method: 'POST', url: '/v1/tokens', headers: { authorization: admin.authorization }, payload: { name: 'sirekap-sync' } });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    const stored = await t.db.pool.query('SELECT token_hash FROM api_tokens WHERE id = $1', [id]);
    expect(stored.rows[0].token_hash).not.toContain(token);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    const list = await t.app.inject({ url: '/v1/tokens', headers: { authorization: admin.authorization } });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect((await t.app.inject({ url: '/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'DELETE', url: `/v1/tokens/${id}`, headers: { authorization: admin.authorization } })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/v1/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });

  it('slows down password guessing per address and username', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const res = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'target.user', password: `guess-${i}` } });
      statuses.push(res.statusCode);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    const other = await t.app.inject({ method: 'POST', url: '/v1/auth/login', payload: { username: 'someone.else', password: 'x' } });
    expect(other.statusCode).toBe(401);
  });

  it('authorises by role', async () => {
    const reviewer = await t.login('reviewer', '63.71');
    const res = await t.app.inject({ method: 'POST', url: '/v1/users', headers: { authorization: reviewer.authorization }, payload: { username: 'x-user', displayName: 'X', role: 'admin', regionCode: null } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toBe('FORBIDDEN');
  });

  it('rejects bad input with 400 naming each field', async () => {
    const admin = await t.login('admin', null);
    const res = await t.app.inject({
      method: 'POST', url: '/v1/users', headers: { authorization: admin.authorization },
      payload: { username: 'A B', displayName: '', role: 'king', regionCode: '6371', extra: 1 },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['/body/username', '/body/displayName', '/body/role', '/body/regionCode', '/body/extra']));
    const badJson = await t.app.inject({ method: 'POST', url: '/v1/users', headers: { authorization: admin.authorization, 'content-type': 'application/json' }, payload: '{"username":' });
    expect(badJson.statusCode).toBe(400);
  });

  it('refuses to boot when a route declares no roles', async () => {
    const app = Fastify();
    await app.register(resourcesPlugin, { config: {} as never, db: t.db.pool, redis: t.redis.redis });
    await app.register(errorHandlerPlugin);
    await app.register(authPlugin);
    await expect(
      app.register(async (scope) => {
        scope.get('/v1/open-by-mistake', async () => 'oops');
      }).ready(),
    ).rejects.toThrow(/declares neither config.roles nor config.public/);
  });
});
