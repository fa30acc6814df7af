import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingItem } from '@netra/shared';
import type { BskyFeedViewPost } from '../src/connectors/bluesky-connector.js';
import type { Connector, ConnectorAccount, FetchResult } from '../src/connectors/connector-types.js';
import { FakeXApi, type FakeAnswer } from '../src/simulator/fake-x-api.js';

// A local fake of the platforms' APIs on 127.0.0.1:<random port>, answering in their documented
// shapes. Tests put data in (`fake.x`, `fake.bluesky`, `fake.extra`) and inject failures with
// `fake.fault(...)`: 429 with reset headers, 401, 5xx, malformed bodies.

export interface Fault {
  /** Matches when the request path starts with this, or the RegExp matches path + query. */
  path: string | RegExp;
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is (malformed bodies); anything else as JSON. */
  body?: unknown;
  times?: number;
}

export type ExtraRoute = (method: string, url: URL, headers: IncomingMessage['headers'], body: unknown) => FakeAnswer | null;

export interface FakePlatforms {
  url: string;
  x: FakeXApi;
  bluesky: { feeds: Map<string, BskyFeedViewPost[]>; likes: Map<string, BskyFeedViewPost[]>; privateLikes: boolean; rateRemaining: number };
  /** More platform routes (YouTube, TikTok, Meta fakes add theirs here). */
  extra: ExtraRoute[];
  requests: { method: string; path: string; query: URLSearchParams; headers: IncomingMessage['headers']; body: unknown }[];
  fault(fault: Fault): void;
  close(): Promise<void>;
}

export async function startFakePlatforms(options: { xTokens?: string[]; now?: () => Date } = {}): Promise<FakePlatforms> {
  const faults: (Fault & { left: number })[] = [];
  const x = new FakeXApi({ tokens: options.xTokens ?? ['x-token'], ...(options.now ? { now: options.now } : {}) });
  const bluesky = { feeds: new Map<string, BskyFeedViewPost[]>(), likes: new Map<string, BskyFeedViewPost[]>(), privateLikes: false, rateRemaining: 2999 };
  const extra: ExtraRoute[] = [];
  const requests: FakePlatforms['requests'] = [];

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown = undefined;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        body = text;
      }
      requests.push({ method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body });
      const send = (a: FakeAnswer) => {
        const payload = typeof a.body === 'string' ? a.body : JSON.stringify(a.body);
        res.writeHead(a.status, { 'content-type': typeof a.body === 'string' ? 'text/html' : 'application/json', ...a.headers });
        res.end(payload);
      };
      const fault = faults.find((f) => f.left > 0 && (typeof f.path === 'string' ? url.pathname.startsWith(f.path) : f.path.test(url.pathname + url.search)));
      if (fault) {
        fault.left -= 1;
        return send({ status: fault.status, headers: fault.headers ?? {}, body: fault.body ?? { error: 'fault' } });
      }
      const answer = x.handle(req.method ?? 'GET', url, req.headers) ?? blueskyRoute(url) ?? extra.reduce<FakeAnswer | null>((acc, r) => acc ?? r(req.method ?? 'GET', url, req.headers, body), null);
      send(answer ?? { status: 404, headers: {}, body: { error: 'NotFound', message: `no fake route ${url.pathname}` } });
    });
  });

  function blueskyRoute(url: URL): FakeAnswer | null {
    const m = /^\/xrpc\/(app\.bsky\.feed\.getAuthorFeed|app\.bsky\.feed\.getActorLikes)$/.exec(url.pathname);
    if (!m) return null;
    const actor = url.searchParams.get('actor') ?? '';
    const headers = { 'ratelimit-limit': '3000', 'ratelimit-remaining': String(bluesky.rateRemaining), 'ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 300), 'ratelimit-policy': '3000;w=300' };
    const isLikes = m[1] === 'app.bsky.feed.getActorLikes';
    const source = isLikes ? bluesky.likes : bluesky.feeds;
    if (!bluesky.feeds.has(actor)) return { status: 400, headers, body: { error: 'InvalidRequest', message: 'Profile not found' } };
    if (isLikes && bluesky.privateLikes) return { status: 400, headers, body: { error: 'InvalidRequest', message: 'Profile not found' } };
    const all = source.get(actor) ?? [];
    const limit = Number(url.searchParams.get('limit') ?? 50) || 50;
    const offset = Number(url.searchParams.get('cursor') ?? 0) || 0;
    const page = all.slice(offset, offset + limit);
    return { status: 200, headers, body: { feed: page, ...(offset + limit < all.length ? { cursor: String(offset + limit) } : {}) } };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    x,
    bluesky,
    extra,
    requests,
    fault(f) {
      faults.push({ ...f, left: f.times ?? 1 });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Bluesky post view as the AppView returns it. */
export function bskyPost(did: string, handle: string, rkey: string, text: string, createdAt: string, reply?: { parent: string; root: string }) {
  return {
    uri: `at://${did}/app.bsky.feed.post/${rkey}`,
    cid: `bafy${rkey}`,
    author: { did, handle, displayName: handle },
    record: { $type: 'app.bsky.feed.post', text, createdAt, ...(reply ? { reply: { parent: { uri: reply.parent, cid: 'c' }, root: { uri: reply.root, cid: 'c' } } } : {}) },
    indexedAt: createdAt,
  };
}

/** Follows a connector's cursor page by page until it says the poll is done (at most `maxPages`). */
export async function pollAllPages(connector: Connector, account: ConnectorAccount, cursor: string | null = null, maxPages = 50): Promise<{ items: IncomingItem[]; cursor: string | null; pages: FetchResult[] }> {
  const pages: FetchResult[] = [];
  let current = cursor;
  for (let i = 0; i < maxPages; i += 1) {
    const page = await connector.fetchActivities(account, current);
    pages.push(page);
    current = page.nextCursor;
    if (page.done) break;
  }
  return { items: pages.flatMap((p) => p.items), cursor: current, pages };
}
