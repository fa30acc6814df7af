import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorAccount, FetchResult } from '../src/connectors/connector-types.js';
import { TikTokConnector } from '../src/connectors/tiktok-connector.js';
import { startFakePlatforms, type FakePlatforms, pollAllPages } from './fake-platforms.js';

const NOW = new Date('2024-11-01T12:00:00Z');
let fake: FakePlatforms;
const account: ConnectorAccount = { id: 'acc-tt', platform: 'tiktok', handle: 'guru_honorer_sby', platformUserId: null };
const t = (iso: string) => Math.floor(Date.parse(iso) / 1000);
const videos = [
  { id: '7430000000000000001', username: 'guru_honorer_sby', video_description: 'Kegiatan belajar mengajar', create_time: t('2024-10-31T01:00:00Z') },
  { id: '7430000000000000002', username: 'guru_honorer_sby', video_description: 'Upacara hari sumpah pemuda', create_time: t('2024-10-28T01:00:00Z') },
  { id: '7430000000000000003', username: 'guru_honorer_sby', video_description: 'Jalan sehat', create_time: t('2024-10-20T01:00:00Z') },
];
const paslonVideo = { id: '7430000000000000099', username: 'paslon_tiga_sby', video_description: 'Coblos nomor 3!', create_time: t('2024-10-29T01:00:00Z') };

beforeAll(async () => {
  fake = await startFakePlatforms();
  // TikTok ids are int64 numbers in the JSON: the fake writes the digits bare, as the API does.
  const int64 = (a: { status: number; headers: Record<string, string>; body: unknown }) => ({ ...a, body: JSON.stringify(a.body).replace(/"id":"(\d+)"/g, '"id":$1') });
  fake.extra.push((method, url, headers, body) => {
    if (!url.pathname.startsWith('/v2/research/')) return null;
    if (headers.authorization !== 'Bearer clt.tiktok') return { status: 401, headers: {}, body: { error: { code: 'access_token_invalid', message: 'The access token is invalid or not found in the request.', log_id: 'l1' } } };
    if (method !== 'POST') return { status: 405, headers: {}, body: {} };
    const b = body as { cursor?: number; max_count?: number; username?: string; query?: unknown; start_date?: string };
    const cursor = b.cursor ?? 0;
    const max = b.max_count ?? 20;
    const ok = { code: 'ok', message: '', log_id: 'l2' };
    if (url.pathname === '/v2/research/video/query/') {
      const page = videos.slice(cursor, cursor + max);
      return int64({ status: 200, headers: {}, body: { data: { videos: page, cursor: cursor + page.length, has_more: cursor + max < videos.length, search_id: 's-1' }, error: ok } });
    }
    if (url.pathname === '/v2/research/user/liked_videos/') return int64({ status: 200, headers: {}, body: { data: { user_liked_videos: [paslonVideo], cursor: 1, has_more: false }, error: ok } });
    if (url.pathname === '/v2/research/user/reposted_videos/') {
      if (b.username === 'private_user') return { status: 403, headers: {}, body: { error: { code: 'user_is_private', message: 'private', log_id: 'l' } } };
      return int64({ status: 200, headers: {}, body: { data: { user_reposted_videos: [paslonVideo], cursor: 1, has_more: false }, error: ok } });
    }
    return null;
  });
});
afterAll(async () => fake.close());

const poll = (c: TikTokConnector, acc: ConnectorAccount) => pollAllPages(c, acc);

describe('TikTok Research API connector', () => {
  it('is not configured without a client token', () => {
    expect(new TikTokConnector({ baseUrl: fake.url }).configured).toBe(false);
  });

  it('queries videos by username with date range, cursor and search_id, then likes and reposts', async () => {
    const c = new TikTokConnector({ baseUrl: fake.url, credential: 'clt.tiktok', pageSize: 2, now: () => NOW });
    const { items, cursor } = await poll(c, account);
    const queries = fake.requests.filter((r) => r.path === '/v2/research/video/query/');
    expect(queries).toHaveLength(2);
    expect(queries[0]!.body).toMatchObject({ query: { and: [{ operation: 'EQ', field_name: 'username', field_values: ['guru_honorer_sby'] }] }, start_date: '20241003', end_date: '20241101', max_count: 2 });
    expect(queries[1]!.body).toMatchObject({ cursor: 2, search_id: 's-1' });
    expect(queries[0]!.query.get('fields')).toContain('video_description');
    expect(items.filter((i) => i.kind === 'post')).toHaveLength(3);
    expect(items.find((i) => i.kind === 'post')).toMatchObject({ platformItemId: '7430000000000000001', postedAt: '2024-10-31T01:00:00.000Z', url: 'https://www.tiktok.com/@guru_honorer_sby/video/7430000000000000001' });
    expect(items.find((i) => i.kind === 'like')).toMatchObject({ text: '', platformItemId: 'guru_honorer_sby:like:7430000000000000099', target: { authorHandle: 'paslon_tiga_sby', text: 'Coblos nomor 3!' } });
    expect(items.find((i) => i.kind === 'share')).toMatchObject({ platformItemId: 'guru_honorer_sby:repost:7430000000000000099' });
    expect(JSON.parse(cursor!)).toEqual({ newest: '2024-10-31T01:00:00.000Z' });
  });

  it('classifies daily quota, invalid token, bad params, 5xx and malformed bodies; private reposts are skipped', async () => {
    const c = new TikTokConnector({ baseUrl: fake.url, credential: 'clt.tiktok', now: () => NOW });
    fake.fault({ path: '/v2/research/video/query/', status: 429, body: { error: { code: 'rate_limit_exceeded', message: 'daily quota', log_id: 'x' } } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'rate_limited', resetAt: '2024-11-02T00:00:00.000Z' });
    await expect(new TikTokConnector({ baseUrl: fake.url, credential: 'expired', now: () => NOW }).fetchActivities(account, null)).rejects.toMatchObject({ kind: 'auth' });
    fake.fault({ path: '/v2/research/video/query/', status: 400, body: { error: { code: 'invalid_params', message: 'bad username', log_id: 'x' } } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'permanent' });
    fake.fault({ path: '/v2/research/video/query/', status: 500, body: { error: { code: 'internal_error', message: 'x', log_id: 'x' } } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
    fake.fault({ path: '/v2/research/video/query/', status: 200, body: { data: { has_more: false }, error: { code: 'ok' } } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
    const { items } = await poll(c, { ...account, handle: 'private_user' });
    expect(items.some((i) => i.kind === 'share')).toBe(false);
  });
});
