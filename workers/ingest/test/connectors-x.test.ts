import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConnectorError, type ConnectorAccount, type FetchResult } from '../src/connectors/connector-types.js';
import { XConnector } from '../src/connectors/x-connector.js';
import { startFakePlatforms, type FakePlatforms, pollAllPages } from './fake-platforms.js';

const NOW = new Date('2024-11-01T12:00:00Z');
let fake: FakePlatforms;
const account: ConnectorAccount = { id: '00000000-0000-0000-0000-000000000001', platform: 'x', handle: 'budi_asn', platformUserId: '100' };

const poll = (connector: XConnector, acc: ConnectorAccount, cursor: string | null) => pollAllPages(connector, acc, cursor);

beforeAll(async () => {
  fake = await startFakePlatforms({ now: () => NOW });
  fake.x.addUser({ id: '100', username: 'budi_asn', name: 'Budi' });
  fake.x.addUser({ id: '200', username: 'paslon_satu', name: 'Paslon 1' });
  const official = fake.x.post('200', 'Ayo coblos nomor 1 tanggal 27 November!', new Date('2024-10-30T08:00:00Z'));
  for (let i = 0; i < 7; i++) fake.x.post('100', `Apel pagi di kantor kecamatan hari ke-${i}`, new Date(Date.parse('2024-10-25T01:00:00Z') + i * 3_600_000));
  fake.x.retweet('100', official.id, new Date('2024-10-31T09:00:00Z'));
  fake.x.reply('100', official.id, 'Mantap, lanjutkan pak!', new Date('2024-10-31T10:00:00Z'));
  fake.x.like('100', official.id);
  fake.x.post('100', 'Post lama sekali', new Date('2024-08-01T00:00:00Z'));
});
afterAll(async () => fake.close());

describe('X connector', () => {
  it('reports not configured without a bearer token and refuses with an auth error', async () => {
    const c = new XConnector({ baseUrl: fake.url });
    expect(c.configured).toBe(false);
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'auth' });
  });

  it('pages through posts and likes and maps posts, retweets, replies and likes', async () => {
    const c = new XConnector({ baseUrl: fake.url, credential: 'x-token', pageSize: 5, now: () => NOW });
    const { items, cursor, pages } = await poll(c, account, null);
    expect(pages.length).toBeGreaterThanOrEqual(3); // two pages of posts, one of likes
    const tweetsCalls = fake.requests.filter((r) => r.path === '/2/users/100/tweets');
    expect(tweetsCalls.some((r) => r.query.get('pagination_token') === 'p5')).toBe(true);
    expect(tweetsCalls[0]!.headers.authorization).toBe('Bearer x-token');
    // the first poll backfills 30 days: the August post is outside
    expect(items.some((i) => i.text === 'Post lama sekali')).toBe(false);
    const share = items.find((i) => i.kind === 'share')!;
    expect(share).toMatchObject({ platform: 'x', text: '', accountId: account.id, target: { authorHandle: 'paslon_satu', text: 'Ayo coblos nomor 1 tanggal 27 November!' } });
    const comment = items.find((i) => i.kind === 'comment')!;
    expect(comment).toMatchObject({ text: 'Mantap, lanjutkan pak!', target: { authorHandle: 'paslon_satu' } });
    const like = items.find((i) => i.kind === 'like')!;
    expect(like.platformItemId).toMatch(/^100:like:/);
    expect(like).toMatchObject({ text: '', target: { authorHandle: 'paslon_satu', text: 'Ayo coblos nomor 1 tanggal 27 November!' } });
    expect(items.filter((i) => i.kind === 'post')).toHaveLength(7);
    expect(items.every((i) => i.raw && typeof i.raw === 'object')).toBe(true);
    expect(JSON.parse(cursor!)).toEqual({ newest: '2024-10-31T10:00:00.000Z', userId: '100' });
    expect(pages.at(-1)!.rateLimit.remaining).toBeTypeOf('number');
    expect(pages.at(-1)!.rateLimit.resetAt).toMatch(/Z$/);
  });

  it('keeps the original id across an edit so the store sees a new version', async () => {
    const acc: ConnectorAccount = { ...account, id: 'acc-edit' };
    const c = new XConnector({ baseUrl: fake.url, credential: 'x-token', now: () => NOW });
    const post = fake.x.post('100', 'Teks awal', new Date('2024-10-31T11:00:00Z'));
    const edited = fake.x.edit(post.id, 'Teks sudah diedit', new Date('2024-10-31T11:10:00Z'))!;
    expect(edited.id).not.toBe(post.id);
    const { items } = await poll(c, acc, null);
    const item = items.find((i) => i.text === 'Teks sudah diedit')!;
    expect(item.platformItemId).toBe(post.id);
  });

  it('resolves the user id from the handle when the account has none', async () => {
    const c = new XConnector({ baseUrl: fake.url, credential: 'x-token', now: () => NOW });
    const page = await c.fetchActivities({ ...account, platformUserId: null }, null);
    expect(JSON.parse(page.nextCursor!).userId).toBe('100');
    await expect(c.fetchActivities({ ...account, platformUserId: null, handle: 'nobody_here' }, null)).rejects.toMatchObject({ kind: 'permanent' });
  });

  it('classifies 429 with its reset time, 401, 5xx, malformed bodies and unknown users', async () => {
    const c = new XConnector({ baseUrl: fake.url, credential: 'x-token', now: () => NOW });
    const reset = Math.floor(NOW.getTime() / 1000) + 120;
    fake.fault({ path: '/2/users/100/tweets', status: 429, headers: { 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }, body: { title: 'Too Many Requests' } });
    const limited = await c.fetchActivities(account, null).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(ConnectorError);
    expect(limited).toMatchObject({ kind: 'rate_limited', retryAfterMs: 120_000, resetAt: new Date(reset * 1000).toISOString() });

    const expired = new XConnector({ baseUrl: fake.url, credential: 'expired-token', now: () => NOW });
    await expect(expired.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'auth', status: 401 });

    fake.fault({ path: '/2/users/100/tweets', status: 503, body: { title: 'Service Unavailable' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable', status: 503 });

    fake.fault({ path: '/2/users/100/tweets', status: 200, body: '<html>upstream proxy error' });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable', message: expect.stringMatching(/malformed/) });

    fake.fault({ path: '/2/users/100/tweets', status: 200, body: { data: 'nope' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });

    await expect(c.fetchActivities({ ...account, platformUserId: '999' }, null)).rejects.toMatchObject({ kind: 'permanent' });

    fake.fault({ path: '/2/users/100/tweets', status: 400, body: { title: 'Invalid Request' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'permanent' });
  });

  it('turns a network failure into a retryable error', async () => {
    const c = new XConnector({ baseUrl: 'http://127.0.0.1:1', credential: 'x-token' });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
  });

  it('turns a hanging platform into a retryable error after the request deadline', async () => {
    const { createServer } = await import('node:http');
    const hang = createServer(() => undefined);
    await new Promise<void>((r) => hang.listen(0, '127.0.0.1', r));
    const port = (hang.address() as { port: number }).port;
    const { requestJson } = await import('../src/connectors/http-json.js');
    try {
      await expect(requestJson({ url: `http://127.0.0.1:${port}/2/users/1/tweets`, now: NOW, readRateLimit: () => ({ remaining: null, resetAt: null }), timeoutMs: 200 })).rejects.toMatchObject({ kind: 'retryable' });
    } finally {
      hang.closeAllConnections();
      hang.close();
    }
  });
});
