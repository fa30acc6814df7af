import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorAccount, FetchResult } from '../src/connectors/connector-types.js';
import { MetaConnector } from '../src/connectors/meta-connector.js';
import { connectorsConfigFromEnv, connectorStatus, createConnectors } from '../src/connectors/registry.js';
import { startFakePlatforms, type FakePlatforms, pollAllPages } from './fake-platforms.js';

const NOW = new Date('2024-11-01T12:00:00Z');
let fake: FakePlatforms;
const page: ConnectorAccount = { id: 'acc-fb', platform: 'facebook', handle: 'Kecamatan Banjarmasin Utara', platformUserId: '1122334455' };
const ig: ConnectorAccount = { id: 'acc-ig', platform: 'instagram', handle: 'lurah_sungaimiai', platformUserId: '17841400000000001' };
const posts = [
  { id: '1122334455_3', message: 'Gotong royong warga', created_time: '2024-10-31T02:00:00+0000', permalink_url: 'https://www.facebook.com/1122334455/posts/3', status_type: 'mobile_status_update' },
  { id: '1122334455_2', message: 'Mantap pak calon!', created_time: '2024-10-30T02:00:00+0000', status_type: 'shared_story', parent_id: '9988_77' },
  { id: '1122334455_1', message: 'Rapat RT', created_time: '2024-10-29T02:00:00+0000', status_type: 'mobile_status_update' },
];

beforeAll(async () => {
  fake = await startFakePlatforms();
  fake.extra.push((method, url) => {
    const m = /^\/v21\.0\/([^/]+)\/(posts|media)$/.exec(url.pathname);
    if (!m) return null;
    if (url.searchParams.get('access_token') !== 'EAAB-token') {
      return { status: 400, headers: {}, body: { error: { message: 'Error validating access token: Session has expired on Friday, 01-Nov-24.', type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'A' } } };
    }
    const usage = { 'x-app-usage': JSON.stringify({ call_count: 12, total_cputime: 3, total_time: 5 }) };
    if (m[2] === 'media') {
      return { status: 200, headers: usage, body: { data: [{ id: '1790001', caption: '#01 menang! Salam satu jari', media_type: 'IMAGE', media_url: 'https://cdn.example/1.jpg', permalink: 'https://www.instagram.com/p/abc/', timestamp: '2024-10-31T05:00:00+0000', username: 'lurah_sungaimiai' }], paging: { cursors: { before: 'b', after: 'a' } } } };
    }
    const after = url.searchParams.get('after');
    const offset = after ? Number(after) : 0;
    const limit = Number(url.searchParams.get('limit') ?? 25);
    const slice = posts.slice(offset, offset + limit);
    const more = offset + limit < posts.length;
    return { status: 200, headers: usage, body: { data: slice, paging: { cursors: { before: String(offset), after: String(offset + limit) }, ...(more ? { next: `https://graph.facebook.com/v21.0/${m[1]}/posts?after=${offset + limit}` } : {}) } } };
  });
});
afterAll(async () => fake.close());

const poll = (c: MetaConnector, acc: ConnectorAccount) => pollAllPages(c, acc);

describe('Meta Graph connector', () => {
  it('reads configuration per platform from the environment; missing credentials mean not configured', () => {
    const connectors = createConnectors(connectorsConfigFromEnv({ X_BEARER_TOKEN: 'x', META_ACCESS_TOKEN: 'm', META_GRAPH_BASE_URL: fake.url }));
    const status = Object.fromEntries(connectorStatus(connectors).map((s) => [s.platform, s.configured]));
    expect(status).toEqual({ x: true, bluesky: true, youtube: false, tiktok: false, facebook: true, instagram: true });
    expect(connectors.facebook!.credentialId).toBe(connectors.instagram!.credentialId);
  });

  it('pages a Page\'s posts with after cursors and since, and maps shares', async () => {
    const c = new MetaConnector('facebook', { baseUrl: fake.url, credential: 'EAAB-token', pageSize: 2, now: () => NOW });
    const { items, pages, cursor } = await poll(c, page);
    const calls = fake.requests.filter((r) => r.path.endsWith('/posts'));
    expect(calls.map((r) => r.query.get('after'))).toEqual([null, '2']);
    expect(calls[0]!.query.get('since')).toBe(String(Math.floor(Date.parse('2024-10-02T12:00:00Z') / 1000)));
    expect(items.map((i) => i.kind)).toEqual(['post', 'share', 'post']);
    expect(items[1]).toMatchObject({ text: 'Mantap pak calon!', target: { platformItemId: '9988_77' } });
    expect(items[0]!.postedAt).toBe('2024-10-31T02:00:00.000Z');
    expect(pages[0]!.rateLimit).toEqual({ remaining: 88, resetAt: null });
    expect(JSON.parse(cursor!)).toEqual({ newest: '2024-10-31T02:00:00.000Z' });
  });

  it('maps Instagram professional media', async () => {
    const c = new MetaConnector('instagram', { baseUrl: fake.url, credential: 'EAAB-token', now: () => NOW });
    const { items } = await poll(c, ig);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ platform: 'instagram', kind: 'post', text: '#01 menang! Salam satu jari', media: [{ type: 'image', url: 'https://cdn.example/1.jpg' }] });
  });

  it('classifies expired tokens, rate limits, unknown objects, 5xx and malformed bodies', async () => {
    const c = new MetaConnector('facebook', { baseUrl: fake.url, credential: 'EAAB-token', now: () => NOW });
    await expect(new MetaConnector('facebook', { baseUrl: fake.url, credential: 'old', now: () => NOW }).fetchActivities(page, null)).rejects.toMatchObject({ kind: 'auth', status: 400 });
    fake.fault({ path: '/v21.0/', status: 400, body: { error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4 } } });
    await expect(c.fetchActivities(page, null)).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 3600_000 });
    fake.fault({ path: '/v21.0/', status: 400, body: { error: { message: 'Unsupported get request. Object does not exist', type: 'GraphMethodException', code: 100, error_subcode: 33 } } });
    await expect(c.fetchActivities(page, null)).rejects.toMatchObject({ kind: 'permanent' });
    fake.fault({ path: '/v21.0/', status: 500, body: { error: { message: 'An unknown error has occurred.', type: 'OAuthException', code: 1 } } });
    await expect(c.fetchActivities(page, null)).rejects.toMatchObject({ kind: 'retryable' });
    fake.fault({ path: '/v21.0/', status: 200, body: 'not json' });
    await expect(c.fetchActivities(page, null)).rejects.toMatchObject({ kind: 'retryable' });
    await expect(c.fetchActivities({ ...page, platformUserId: null }, null)).rejects.toMatchObject({ kind: 'permanent' });
  });
});
