import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectorAccount, FetchResult } from '../src/connectors/connector-types.js';
import { XConnector } from '../src/connectors/x-connector.js';
import { loadReferencePairs } from '../src/simulator/paslon-reference.js';
import { nipProblems } from '@netra/shared';
import { simulatorRegistryCsv, simulatorRegistryRows } from '../src/simulator/simulator-registry.js';
import { startSimulator, type Simulator } from '../src/simulator/simulator.js';

const START = new Date('2024-11-10T03:00:00Z');
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, accounts: 60, seed: 7, startAt: START, historyDays: 2 });
  sim.step(120);
});
afterAll(async () => sim.close());

async function pollAll(c: XConnector, acc: ConnectorAccount) {
  const pages: FetchResult[] = [];
  let cur: string | null = null;
  for (let i = 0; i < 50; i++) {
    const p = await c.fetchActivities(acc, cur);
    pages.push(p);
    cur = p.nextCursor;
    if (p.done) break;
  }
  return pages.flatMap((p) => p.items);
}

describe('simulator', () => {
  it('is deterministic for a seed', async () => {
    const again = await startSimulator({ port: 0, accounts: 60, seed: 7, startAt: START, historyDays: 2 });
    try {
      again.step(120);
      expect(again.events.map((e) => [e.type, e.userId, e.tweetId, e.at])).toEqual(sim.events.map((e) => [e.type, e.userId, e.tweetId, e.at]));
      expect(again.accounts).toEqual(sim.accounts);
    } finally {
      await again.close();
    }
    const other = await startSimulator({ port: 0, accounts: 60, seed: 8, startAt: START, historyDays: 2 });
    expect(other.accounts.map((a) => a.handle)).not.toEqual(sim.accounts.map((a) => a.handle));
    await other.close();
  });

  it('produces Indonesian posts, likes, shares, comments, edits and deletions; a small share partisan, naming real 2024 pairs', () => {
    const stats = sim.stats();
    for (const kind of ['post', 'like', 'share', 'comment', 'edit', 'delete'] as const) expect(stats[kind]).toBeGreaterThan(0);
    const asnActs = stats.post + stats.like + stats.share + stats.comment;
    expect(stats.partisan / asnActs).toBeGreaterThan(0.01);
    expect(stats.partisan / asnActs).toBeLessThan(0.2);
    const real = new Set(loadReferencePairs().map((p) => `${p.regionCode}#${p.number}`));
    const partisanPosts = sim.events.filter((e) => e.type === 'post' && e.partisan);
    expect(partisanPosts.length).toBeGreaterThan(0);
    for (const e of partisanPosts) expect(real.has(`${e.candidate!.regionCode}#${e.candidate!.number}`)).toBe(true);
    const officials = sim.officials.filter((o) => o.kind === 'paslon');
    expect(officials.length).toBeGreaterThan(2);
    for (const a of sim.accounts) expect(a.regionCode).toMatch(/^\d{2}\.\d{2}$/);
  });

  it('serves the stream in X API v2 shapes to the X connector, edits and deletions included', async () => {
    const c = new XConnector({ baseUrl: sim.url, credential: 'any', now: () => sim.now(), lookbackMs: 3 * 86_400_000 });
    const counts = new Map<string, number>();
    for (const e of sim.events) if (e.type === 'post') counts.set(e.userId, (counts.get(e.userId) ?? 0) + 1);
    const busiest = sim.accounts.slice().sort((a, b) => (counts.get(b.userId) ?? 0) - (counts.get(a.userId) ?? 0))[0]!;
    const acc: ConnectorAccount = { id: 'sim-acc', platform: 'x', handle: busiest.handle, platformUserId: busiest.userId };
    const items = await pollAll(c, acc);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.platform === 'x' && i.postedAt <= sim.now().toISOString())).toBe(true);
    const deleted = new Set(sim.events.filter((e) => e.type === 'delete' && e.userId === busiest.userId).map((e) => e.tweetId));
    expect(items.some((i) => deleted.has(i.platformItemId))).toBe(false);

    // An edit on this account shows up as the same item with new text.
    const before = items.find((i) => i.kind === 'post')!;
    sim.x.edit(before.platformItemId, 'Teks diralat', sim.now());
    const after = await pollAll(c, acc);
    expect(after.find((i) => i.platformItemId === before.platformItemId)!.text).toBe('Teks diralat');

    const res = await fetch(`${sim.url}/simulator/accounts`);
    expect(((await res.json()) as unknown[]).length).toBe(60);
  });

  it('lists its ASN as registry rows with valid NIPs and their X accounts', () => {
    const rows = simulatorRegistryRows(sim.accounts, 7);
    expect(rows).toHaveLength(60);
    for (const r of rows) expect(nipProblems(r.nip)).toEqual([]);
    expect(new Set(rows.map((r) => r.nip)).size).toBe(60);
    expect(rows[0]).toMatchObject({ platform: 'x', handle: sim.accounts[0]!.handle, platform_user_id: sim.accounts[0]!.userId, region_code: sim.accounts[0]!.regionCode });
    const csv = simulatorRegistryCsv(sim.accounts, 7);
    expect(csv.split('\n')[0]).toBe('nip,name,employment_type,position_class,position_title,agency_code,agency_name,region_code,platform,handle,platform_user_id,link_method,link_confidence');
    expect(simulatorRegistryCsv(sim.accounts, 7)).toBe(csv);
  });
});
