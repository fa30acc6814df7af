import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlueskyConnector } from '../src/connectors/bluesky-connector.js';
import type { ConnectorAccount, FetchResult } from '../src/connectors/connector-types.js';
import { bskyPost, startFakePlatforms, type FakePlatforms, pollAllPages } from './fake-platforms.js';

const NOW = new Date('2024-11-01T12:00:00Z');
const DID = 'did:plc:asn123';
let fake: FakePlatforms;
const account: ConnectorAccount = { id: 'acc-bsky', platform: 'bluesky', handle: 'sari.bsky.social', platformUserId: DID };

const poll = (c: BlueskyConnector, acc: ConnectorAccount, cursor: string | null) => pollAllPages(c, acc, cursor);

beforeAll(async () => {
  fake = await startFakePlatforms();
  const paslon = bskyPost('did:plc:paslon', 'paslon2.bsky.social', 'p1', 'Bersama nomor 2 untuk Kalsel maju', '2024-10-30T05:00:00Z');
  const feed = [
    { post: bskyPost(DID, account.handle, 'a3', 'Setuju sekali!', '2024-10-31T07:00:00Z', { parent: paslon.uri, root: paslon.uri }), reply: { parent: paslon, root: paslon } },
    { post: paslon, reason: { $type: 'app.bsky.feed.defs#reasonRepost', by: { did: DID, handle: account.handle }, indexedAt: '2024-10-31T06:00:00Z' } },
    { post: bskyPost(DID, account.handle, 'a2', 'Rapat koordinasi dinas', '2024-10-30T03:00:00Z') },
    { post: bskyPost(DID, account.handle, 'a1', 'Selamat pagi Banjarmasin', '2024-10-29T01:00:00Z') },
    { post: bskyPost(DID, account.handle, 'a0', 'Tulisan lama', '2024-06-01T01:00:00Z') },
  ];
  fake.bluesky.feeds.set(DID, feed);
  fake.bluesky.likes.set(DID, [{ post: paslon }]);
});
afterAll(async () => fake.close());

describe('Bluesky connector', () => {
  it('is configured without a credential (public AppView)', () => {
    expect(new BlueskyConnector({ baseUrl: fake.url }).configured).toBe(true);
  });

  it('pages the author feed with cursor, stops at the window, maps posts, replies, reposts and likes', async () => {
    const c = new BlueskyConnector({ baseUrl: fake.url, pageSize: 2, now: () => NOW });
    const { items, cursor } = await poll(c, account, null);
    const feedCalls = fake.requests.filter((r) => r.path === '/xrpc/app.bsky.feed.getAuthorFeed');
    expect(feedCalls.map((r) => r.query.get('cursor'))).toEqual([null, '2', '4']);
    expect(items.map((i) => i.kind).sort()).toEqual(['comment', 'like', 'post', 'post', 'share']);
    expect(items.find((i) => i.kind === 'share')).toMatchObject({ text: '', postedAt: '2024-10-31T06:00:00.000Z', target: { authorHandle: 'paslon2.bsky.social', text: 'Bersama nomor 2 untuk Kalsel maju' } });
    expect(items.find((i) => i.kind === 'comment')).toMatchObject({ platformItemId: `at://${DID}/app.bsky.feed.post/a3`, target: { authorHandle: 'paslon2.bsky.social' } });
    expect(items.find((i) => i.kind === 'like')!.platformItemId).toBe(`${DID}:like:at://did:plc:paslon/app.bsky.feed.post/p1`);
    expect(items.some((i) => i.text === 'Tulisan lama')).toBe(false);
    expect(JSON.parse(cursor!)).toEqual({ newest: '2024-10-31T07:00:00.000Z' });
  });

  it('finishes the poll without likes when the AppView keeps them private', async () => {
    fake.bluesky.privateLikes = true;
    try {
      const c = new BlueskyConnector({ baseUrl: fake.url, now: () => NOW });
      const { items } = await poll(c, account, null);
      expect(items.some((i) => i.kind === 'like')).toBe(false);
      expect(items.length).toBe(4);
    } finally {
      fake.bluesky.privateLikes = false;
    }
  });

  it('classifies 429 with ratelimit-reset, expired tokens, unknown actors, 5xx and malformed bodies', async () => {
    const c = new BlueskyConnector({ baseUrl: fake.url, now: () => NOW });
    const reset = Math.floor(NOW.getTime() / 1000) + 30;
    fake.fault({ path: '/xrpc/app.bsky.feed.getAuthorFeed', status: 429, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(reset) }, body: { error: 'RateLimitExceeded', message: 'Rate Limit Exceeded' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 30_000 });
    fake.fault({ path: '/xrpc/', status: 400, body: { error: 'ExpiredToken', message: 'Token has expired' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'auth' });
    await expect(c.fetchActivities({ ...account, platformUserId: 'did:plc:gone' }, null)).rejects.toMatchObject({ kind: 'permanent' });
    fake.fault({ path: '/xrpc/', status: 502, body: 'Bad Gateway' });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable', status: 502 });
    fake.fault({ path: '/xrpc/', status: 200, body: '{"feed": [' });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
    fake.fault({ path: '/xrpc/', status: 200, body: { cursor: 'x' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
  });
});
