import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorAccount, FetchResult } from '../src/connectors/connector-types.js';
import { YouTubeConnector } from '../src/connectors/youtube-connector.js';
import { startFakePlatforms, type FakePlatforms, pollAllPages } from './fake-platforms.js';

const NOW = new Date('2024-11-01T12:00:00Z');
const CH = 'UCasn0000000000000000001';
let fake: FakePlatforms;
const account: ConnectorAccount = { id: 'acc-yt', platform: 'youtube', handle: '@dinaskominfo_asn', platformUserId: null };

const uploads = Array.from({ length: 5 }, (_, i) => ({
  id: `pli${i}`,
  snippet: { publishedAt: new Date(Date.parse('2024-10-31T00:00:00Z') - i * 86_400_000).toISOString(), title: `Video ${i}`, description: i === 0 ? 'Dukung paslon nomor 1!' : '', channelId: CH, resourceId: { videoId: `vid${i}` } },
  contentDetails: { videoId: `vid${i}`, videoPublishedAt: new Date(Date.parse('2024-10-31T00:00:00Z') - i * 86_400_000).toISOString() },
}));
uploads.push({ id: 'old', snippet: { publishedAt: '2024-01-01T00:00:00Z', title: 'Lama', description: '', channelId: CH, resourceId: { videoId: 'old' } }, contentDetails: { videoId: 'old', videoPublishedAt: '2024-01-01T00:00:00Z' } });
const threads = [
  {
    id: 't1',
    snippet: { channelId: CH, videoId: 'vid0', topLevelComment: { id: 'c1', snippet: { authorChannelId: { value: 'UCother' }, authorDisplayName: 'Warga', textOriginal: 'Pak, ASN harus netral', publishedAt: '2024-10-31T02:00:00Z' } } },
    replies: { comments: [{ id: 'c1.r1', snippet: { authorChannelId: { value: CH }, textOriginal: 'Ini pendapat pribadi', publishedAt: '2024-10-31T03:00:00Z', parentId: 'c1' } }] },
  },
  { id: 't2', snippet: { channelId: CH, videoId: 'vid1', topLevelComment: { id: 'c2', snippet: { authorChannelId: { value: CH }, textOriginal: 'Salam dua jari', publishedAt: '2024-10-30T02:00:00Z' } } } },
];

beforeAll(async () => {
  fake = await startFakePlatforms();
  fake.extra.push((method, url) => {
    if (!url.pathname.startsWith('/youtube/v3/')) return null;
    if (url.searchParams.get('key') !== 'yt-key') {
      return { status: 400, headers: {}, body: { error: { code: 400, message: 'API key not valid. Please pass a valid API key.', errors: [{ reason: 'badRequest', domain: 'global', message: 'API key not valid.' }] } } };
    }
    const resource = url.pathname.slice('/youtube/v3/'.length);
    if (resource === 'channels') {
      const known = url.searchParams.get('forHandle') === '@dinaskominfo_asn' || url.searchParams.get('id') === CH;
      return { status: 200, headers: {}, body: { kind: 'youtube#channelListResponse', pageInfo: { totalResults: known ? 1 : 0 }, ...(known ? { items: [{ id: CH, contentDetails: { relatedPlaylists: { uploads: `UU${CH.slice(2)}` } } }] } : {}) } };
    }
    if (resource === 'playlistItems') {
      const offset = Number(url.searchParams.get('pageToken') ?? 0);
      const max = Number(url.searchParams.get('maxResults') ?? 5);
      return { status: 200, headers: {}, body: { items: uploads.slice(offset, offset + max), ...(offset + max < uploads.length ? { nextPageToken: String(offset + max) } : {}), pageInfo: { totalResults: uploads.length } } };
    }
    if (resource === 'commentThreads') return { status: 200, headers: {}, body: { items: threads } };
    return null;
  });
});
afterAll(async () => fake.close());

const poll = (c: YouTubeConnector, acc: ConnectorAccount) => pollAllPages(c, acc);

describe('YouTube connector', () => {
  it('is not configured without an API key', () => {
    expect(new YouTubeConnector({ baseUrl: fake.url }).configured).toBe(false);
  });

  it('finds the uploads playlist by handle, pages uploads and keeps the channel\'s own comments', async () => {
    const c = new YouTubeConnector({ baseUrl: fake.url, credential: 'yt-key', pageSize: 2, now: () => NOW });
    const { items, cursor } = await poll(c, account);
    expect(fake.requests.filter((r) => r.path === '/youtube/v3/playlistItems').map((r) => r.query.get('pageToken'))).toEqual([null, '2', '4']);
    expect(fake.requests.find((r) => r.path === '/youtube/v3/playlistItems')!.query.get('playlistId')).toBe(`UU${CH.slice(2)}`);
    const posts = items.filter((i) => i.kind === 'post');
    expect(posts).toHaveLength(5);
    expect(posts[0]).toMatchObject({ platformItemId: 'vid0', text: 'Video 0\n\nDukung paslon nomor 1!', url: 'https://www.youtube.com/watch?v=vid0', authorPlatformId: CH });
    const comments = items.filter((i) => i.kind === 'comment');
    expect(comments.map((c) => c.platformItemId).sort()).toEqual(['c1.r1', 'c2']);
    expect(comments.find((c) => c.platformItemId === 'c1.r1')!.target).toMatchObject({ authorHandle: 'Warga', text: 'Pak, ASN harus netral' });
    expect(JSON.parse(cursor!)).toEqual({ newest: '2024-10-31T00:00:00.000Z', channelId: CH, uploads: `UU${CH.slice(2)}` });
    // The next poll goes straight to the uploads.
    const channelCalls = fake.requests.filter((r) => r.path === '/youtube/v3/channels').length;
    await c.fetchActivities(account, cursor);
    expect(fake.requests.filter((r) => r.path === '/youtube/v3/channels').length).toBe(channelCalls);
  });

  it('classifies quota exhaustion, a bad key, an unknown channel, 5xx and malformed bodies', async () => {
    const c = new YouTubeConnector({ baseUrl: fake.url, credential: 'yt-key', now: () => NOW });
    fake.fault({ path: '/youtube/v3/channels', status: 403, body: { error: { code: 403, message: 'The request cannot be completed because you have exceeded your quota.', errors: [{ reason: 'quotaExceeded', domain: 'youtube.quota' }] } } });
    const quota = await c.fetchActivities(account, null).catch((e: unknown) => e);
    // Quota resets at midnight Pacific: 08:00 UTC the next day, from 12:00 UTC.
    expect(quota).toMatchObject({ kind: 'rate_limited', resetAt: '2024-11-02T08:00:00.000Z', retryAfterMs: 20 * 3600_000 });
    await expect(new YouTubeConnector({ baseUrl: fake.url, credential: 'wrong', now: () => NOW }).fetchActivities(account, null)).rejects.toMatchObject({ kind: 'auth' });
    await expect(c.fetchActivities({ ...account, handle: '@nobody' }, null)).rejects.toMatchObject({ kind: 'permanent' });
    fake.fault({ path: '/youtube/v3/', status: 500, body: { error: { code: 500, message: 'Backend Error', errors: [{ reason: 'backendError' }] } } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
    fake.fault({ path: '/youtube/v3/playlistItems', status: 200, body: { kind: 'youtube#playlistItemListResponse' } });
    await expect(c.fetchActivities(account, null)).rejects.toMatchObject({ kind: 'retryable' });
  });

  it('completes the poll when comments are disabled', async () => {
    const c = new YouTubeConnector({ baseUrl: fake.url, credential: 'yt-key', now: () => NOW });
    fake.fault({ path: '/youtube/v3/commentThreads', status: 403, body: { error: { code: 403, message: 'comments disabled', errors: [{ reason: 'commentsDisabled' }] } } });
    const { items } = await poll(c, account);
    expect(items.every((i) => i.kind === 'post')).toBe(true);
  });
});
