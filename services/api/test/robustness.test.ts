import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

// Bad input gets a 4xx with a reason, never a 500: every route of the OpenAPI document is sent
// malformed path parameters, query strings and bodies as an admin (who passes every role check).

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const BAD_IDS = ['not-a-uuid', '00000000-0000-4000-8000-000000000000', '%00', 'x'.repeat(300)];
const BAD_BODIES: { payload: string; type: string }[] = [
  { payload: '{"unterminated": ', type: 'application/json' },
  { payload: '[]', type: 'application/json' },
  { payload: '{}', type: 'application/json' },
  { payload: '{"id": {"$gt": ""}, "nip": 12, "region": null, "limit": -1}', type: 'application/json' },
  { payload: 'garbage\u0000', type: 'text/plain' },
];

describe('robustness', () => {
  it('never answers 5xx to malformed input on any route', async () => {
    const admin = await t.login('admin', null);
    const spec = (await t.app.inject({ url: '/docs/json', headers: { authorization: admin.authorization } })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const failures: string[] = [];
    let requests = 0;
    for (const [path, methods] of Object.entries(spec.paths)) {
      for (const method of Object.keys(methods)) {
        for (const id of BAD_IDS) {
          const url = path.replace(/\{[^}]+\}/g, encodeURIComponent(id)) + '?limit=abc&cursor=%%%&region=99.99.99&from=yesterday';
          const bodies = method === 'get' || method === 'delete' ? [undefined] : BAD_BODIES;
          for (const body of bodies) {
            const res = await t.app.inject({
              method: method.toUpperCase() as 'GET',
              url,
              headers: { authorization: admin.authorization, ...(body ? { 'content-type': body.type } : {}) },
              ...(body ? { payload: body.payload } : {}),
            });
            requests += 1;
            if (res.statusCode >= 500) failures.push(`${method.toUpperCase()} ${url} ${body?.payload ?? ''} -> ${res.statusCode} ${res.body.slice(0, 200)}`);
            else if (res.statusCode >= 400) expect(res.json()).toMatchObject({ statusCode: res.statusCode, error: expect.any(String), message: expect.any(String), requestId: expect.any(String) });
          }
        }
      }
    }
    expect(requests).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  }, 120_000);
});
