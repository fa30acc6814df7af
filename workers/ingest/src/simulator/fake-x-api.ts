import type { XMedia, XTimelineResponse, XTweet, XUser } from '../connectors/x-connector.js';

// An in-memory X API v2 that answers in the documented shapes: users by username, a user's posts
// (GET /2/users/:id/tweets with start_time, max_results, pagination_token) and liked posts
// (GET /2/users/:id/liked_tweets), bearer tokens, `x-rate-limit-*` headers and 429 when a
// token's window is spent. The test fake server and the simulator both serve it.

export interface FakeAnswer {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

interface StoredPost {
  /** Current version as X returns it (the id changes on edit). */
  tweet: XTweet;
  deleted: boolean;
}

export interface FakeXOptions {
  /** Accepted bearer tokens; empty means any token. */
  tokens?: string[];
  /** Requests per token per window before 429. */
  windowLimit?: number;
  windowMs?: number;
  now?: () => Date;
}

export class FakeXApi {
  readonly users = new Map<string, XUser>();
  private readonly posts = new Map<string, StoredPost>(); // by original id
  private readonly byCurrentId = new Map<string, string>(); // current id -> original id
  private readonly timelines = new Map<string, string[]>(); // user id -> original ids
  private readonly likes = new Map<string, string[]>(); // user id -> liked original ids, oldest first
  readonly media = new Map<string, XMedia>();
  readonly tokens: Set<string>;
  private readonly windows = new Map<string, { start: number; used: number }>();
  private nextId = 1_800_000_000_000_000_000n;
  windowLimit: number;
  windowMs: number;
  now: () => Date;

  constructor(options: FakeXOptions = {}) {
    this.tokens = new Set(options.tokens ?? []);
    this.windowLimit = options.windowLimit ?? 900;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? (() => new Date());
  }

  newId(): string {
    this.nextId += 1n + BigInt(Math.floor(this.posts.size % 7));
    return this.nextId.toString();
  }

  addUser(user: XUser): XUser {
    this.users.set(user.id, user);
    this.timelines.set(user.id, this.timelines.get(user.id) ?? []);
    this.likes.set(user.id, this.likes.get(user.id) ?? []);
    return user;
  }

  post(userId: string, text: string, at: Date, extra: Partial<XTweet> = {}): XTweet {
    const id = extra.id ?? this.newId();
    const tweet: XTweet = { id, text, created_at: at.toISOString(), author_id: userId, edit_history_tweet_ids: [id], ...extra };
    this.posts.set(id, { tweet, deleted: false });
    this.byCurrentId.set(id, id);
    this.timelines.get(userId)?.push(id) ?? this.timelines.set(userId, [id]);
    return tweet;
  }

  retweet(userId: string, tweetId: string, at: Date): XTweet {
    const original = this.get(tweetId);
    const author = original ? this.users.get(original.author_id ?? '') : undefined;
    return this.post(userId, `RT @${author?.username ?? 'unknown'}: ${original?.text ?? ''}`, at, { referenced_tweets: [{ type: 'retweeted', id: tweetId }] });
  }

  reply(userId: string, tweetId: string, text: string, at: Date): XTweet {
    return this.post(userId, text, at, { referenced_tweets: [{ type: 'replied_to', id: tweetId }] });
  }

  like(userId: string, tweetId: string): void {
    const list = this.likes.get(userId) ?? [];
    if (!list.includes(tweetId)) list.push(tweetId);
    this.likes.set(userId, list);
  }

  unlike(userId: string, tweetId: string): void {
    this.likes.set(userId, (this.likes.get(userId) ?? []).filter((id) => id !== tweetId));
  }

  /** An edit: X gives the post a new id and appends it to `edit_history_tweet_ids`. */
  edit(tweetId: string, text: string, at: Date): XTweet | null {
    const original = this.byCurrentId.get(tweetId) ?? tweetId;
    const stored = this.posts.get(original);
    if (!stored || stored.deleted) return null;
    const id = this.newId();
    stored.tweet = { ...stored.tweet, id, text, created_at: at.toISOString(), edit_history_tweet_ids: [...(stored.tweet.edit_history_tweet_ids ?? [original]), id] };
    this.byCurrentId.set(id, original);
    return stored.tweet;
  }

  delete(tweetId: string): boolean {
    const stored = this.posts.get(this.byCurrentId.get(tweetId) ?? tweetId);
    if (!stored || stored.deleted) return false;
    stored.deleted = true;
    return true;
  }

  get(tweetId: string): XTweet | undefined {
    const stored = this.posts.get(this.byCurrentId.get(tweetId) ?? tweetId);
    return stored && !stored.deleted ? stored.tweet : undefined;
  }

  /** Answers a request, or null when the path is not X's. */
  handle(method: string, url: URL, headers: Record<string, string | string[] | undefined>): FakeAnswer | null {
    const path = url.pathname;
    if (!path.startsWith('/2/')) return null;
    const auth = String(headers.authorization ?? '');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    if (!token || (this.tokens.size > 0 && !this.tokens.has(token))) {
      return { status: 401, headers: {}, body: { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' } };
    }
    const now = this.now().getTime();
    let window = this.windows.get(token);
    if (!window || now - window.start >= this.windowMs) window = { start: now, used: 0 };
    this.windows.set(token, window);
    const reset = Math.ceil((window.start + this.windowMs) / 1000);
    const rl = (remaining: number) => ({ 'x-rate-limit-limit': String(this.windowLimit), 'x-rate-limit-remaining': String(Math.max(0, remaining)), 'x-rate-limit-reset': String(reset) });
    if (window.used >= this.windowLimit) return { status: 429, headers: rl(0), body: { title: 'Too Many Requests', detail: 'Too Many Requests', type: 'about:blank', status: 429 } };
    window.used += 1;
    const headersOut = rl(this.windowLimit - window.used);
    if (method !== 'GET') return { status: 405, headers: headersOut, body: { title: 'Method Not Allowed' } };

    let m = /^\/2\/users\/by\/username\/([^/]+)$/.exec(path);
    if (m) {
      const name = decodeURIComponent(m[1]!).toLowerCase();
      const user = [...this.users.values()].find((u) => u.username.toLowerCase() === name);
      return user
        ? { status: 200, headers: headersOut, body: { data: user } }
        : { status: 200, headers: headersOut, body: { errors: [{ title: 'Not Found Error', detail: `Could not find user with username: [${name}].`, type: 'https://api.twitter.com/2/problems/resource-not-found' }] } };
    }
    m = /^\/2\/users\/([^/]+)\/(tweets|liked_tweets)$/.exec(path);
    if (!m) return { status: 404, headers: headersOut, body: { title: 'Not Found', detail: `no route ${path}` } };
    const userId = decodeURIComponent(m[1]!);
    if (!this.users.has(userId)) {
      return { status: 200, headers: headersOut, body: { errors: [{ title: 'Not Found Error', detail: `Could not find user with id: [${userId}].`, type: 'https://api.twitter.com/2/problems/resource-not-found' }] } };
    }
    const max = Math.min(100, Math.max(5, Number(url.searchParams.get('max_results') ?? 10) || 10));
    let tweets: XTweet[];
    if (m[2] === 'tweets') {
      const start = url.searchParams.get('start_time');
      tweets = (this.timelines.get(userId) ?? [])
        .map((id) => this.posts.get(id))
        .filter((p): p is StoredPost => Boolean(p && !p.deleted))
        .map((p) => p.tweet)
        .filter((t) => !start || Date.parse(t.created_at ?? '') >= Date.parse(start))
        .sort((a, b) => Date.parse(b.created_at ?? '') - Date.parse(a.created_at ?? '') || (BigInt(b.id) > BigInt(a.id) ? 1 : -1));
    } else {
      tweets = [...(this.likes.get(userId) ?? [])].reverse().map((id) => this.get(id)).filter((t): t is XTweet => Boolean(t));
    }
    const offset = Number((url.searchParams.get('pagination_token') ?? 'p0').slice(1)) || 0;
    const page = tweets.slice(offset, offset + max);
    const body: XTimelineResponse = { meta: { result_count: page.length } };
    if (page.length > 0) {
      body.data = page;
      body.meta!.newest_id = page[0]!.id;
      body.meta!.oldest_id = page[page.length - 1]!.id;
      const users = new Set<string>();
      const refs: XTweet[] = [];
      for (const t of page) {
        if (t.author_id) users.add(t.author_id);
        for (const r of t.referenced_tweets ?? []) {
          const ref = this.get(r.id);
          if (ref) {
            refs.push(ref);
            if (ref.author_id) users.add(ref.author_id);
          }
        }
      }
      body.includes = { users: [...users].map((id) => this.users.get(id)).filter((u): u is XUser => Boolean(u)) };
      if (refs.length) body.includes.tweets = refs;
      const media = page.flatMap((t) => t.attachments?.media_keys ?? []).map((k) => this.media.get(k)).filter((x): x is XMedia => Boolean(x));
      if (media.length) body.includes.media = media;
    }
    if (offset + max < tweets.length) body.meta!.next_token = `p${offset + max}`;
    return { status: 200, headers: headersOut, body };
  }
}
