import { afterAll, beforeAll } from 'vitest';
import type { Pool } from '@netra/shared';
import { createTestApp, type TestApp } from './test-app.js';

// Rows the review tests need, inserted with SQL: the registry modules (agencies, ASN, accounts,
// contests) are other people's work, and flags come from the classify worker.

let seq = 0;
const next = () => {
  seq += 1;
  return seq;
};

export interface FlagFixture {
  regionCode: string;
  asnId?: string | null;
  accountId?: string | null;
  contestId?: string | null;
  score?: number;
  kind?: 'post' | 'comment' | 'like' | 'share';
  platform?: string;
  text?: string;
  target?: Record<string, unknown> | null;
  category?: string | null;
  candidate?: number | null;
  /** Hours ago the flag was raised. */
  ageHours?: number;
  /** Earlier versions of the item's text, oldest first (the flagged one is `text`). */
  earlierTexts?: string[];
  deleted?: boolean;
  status?: string;
}

export class ReviewFixtures {
  constructor(private readonly db: Pool) {}

  async agency(regionCode: string, name = 'Dinas Pendidikan'): Promise<string> {
    const n = next();
    const { rows } = await this.db.query<{ id: string }>('INSERT INTO agencies (code, name, region_code) VALUES ($1, $2, $3) RETURNING id', [`AG-${n}-${Date.now() % 100000}`, `${name} ${n}`, regionCode]);
    return rows[0]!.id;
  }

  async asn(input: { regionCode: string; agencyId: string; positionClass?: string; name?: string }): Promise<string> {
    const n = next();
    const nip = `19800101${String(Date.now() % 10000).padStart(4, '0')}${String(n).padStart(6, '0')}`.slice(0, 18);
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO asn (nip, name, position_class, position_title, agency_id, region_code) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [nip, input.name ?? `ASN ${n}`, input.positionClass ?? 'pelaksana', 'Kepala Seksi', input.agencyId, input.regionCode],
    );
    return rows[0]!.id;
  }

  async account(input: { asnId: string; platform?: string; handle?: string; confidence?: number }): Promise<string> {
    const n = next();
    const { rows } = await this.db.query<{ id: string }>(
      `INSERT INTO social_accounts (platform, handle, asn_id, link_method, link_confidence) VALUES ($1, $2, $3, 'agency_list', $4) RETURNING id`,
      [input.platform ?? 'facebook', input.handle ?? `akun.asn.${n}.${Date.now() % 100000}`, input.asnId, input.confidence ?? 0.9],
    );
    return rows[0]!.id;
  }

  async contest(input: { id: string; regionCode: string; level?: string }): Promise<string> {
    await this.db.query(
      `INSERT INTO contests (id, name, level, region_code, election_year, voting_day) VALUES ($1, $2, $3, $4, 2024, '2024-11-27')`,
      [input.id, `Pilkada ${input.id}`, input.level ?? 'kota', input.regionCode],
    );
    await this.db.query(`INSERT INTO candidate_pairs (contest_id, ballot_number, head, deputy) VALUES ($1, 1, 'Budi', 'Sari'), ($1, 2, 'Rudi', 'Wati')`, [input.id]);
    return input.id;
  }

  /** An item with its versions, a judgement of the last version, and the flag on it. */
  async flag(f: FlagFixture): Promise<{ flagId: string; itemId: string; versionId: string; judgementId: string }> {
    const n = next();
    const kind = f.kind ?? 'post';
    const platform = f.platform ?? 'facebook';
    const texts = [...(f.earlierTexts ?? []), f.text ?? `Ayo dukung paslon nomor dua untuk kota kita ${n}`];
    const age = f.ageHours ?? 1;
    const item = await this.db.query<{ id: string }>(
      `INSERT INTO items (platform, platform_item_id, account_id, asn_id, region_code, kind, url, posted_at, first_seen_at, deleted_at, current_version, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(hours => $8), now() - make_interval(hours => $8), $9, $10, 'simulator') RETURNING id`,
      [platform, `pi-${n}-${Date.now()}`, f.accountId ?? null, f.asnId ?? null, f.regionCode, kind, `https://example.test/p/${n}`, age + 1, f.deleted ? new Date() : null, texts.length],
    );
    const itemId = item.rows[0]!.id;
    let versionId = '';
    for (let v = 1; v <= texts.length; v += 1) {
      const { rows } = await this.db.query<{ id: string }>(
        `INSERT INTO item_versions (item_id, version, text, target, content_hash, diff) VALUES ($1, $2, $3, $4, md5($3 || $6), $5) RETURNING id`,
        [itemId, v, texts[v - 1], f.target ? JSON.stringify(f.target) : null, v > 1 ? JSON.stringify({ text: { before: texts[v - 2], after: texts[v - 1] } }) : null, `#${v}`],
      );
      versionId = rows[0]!.id;
      await this.db.query(`INSERT INTO item_events (item_id, version, kind) VALUES ($1, $2, $3)`, [itemId, v, v === 1 ? 'created' : 'edited']);
    }
    if (f.deleted) await this.db.query(`INSERT INTO item_events (item_id, version, kind) VALUES ($1, $2, 'deleted')`, [itemId, texts.length]);
    const score = f.score ?? 0.8;
    const judgement = await this.db.query<{ id: string }>(
      `INSERT INTO judgements (item_version_id, contest_id, model_version, lexicon_key, score, flagged, candidate, stance, category, signals, reason)
       VALUES ($1, $2, 'lr-test', 'k1', $3, true, $4, 'support', $5, $6, $7) RETURNING id`,
      [versionId, f.contestId ?? null, score, f.candidate ?? 2, f.category ?? 'social_media_campaign',
        JSON.stringify([{ type: 'ballot_number', weight: 1.2, evidence: 'nomor dua', candidate: 2 }]),
        JSON.stringify({ id: 'Menyebut nomor urut paslon 2', en: 'Names ballot number 2' })],
    );
    const judgementId = judgement.rows[0]!.id;
    const flag = await this.db.query<{ id: string }>(
      `INSERT INTO flags (item_id, item_version_id, judgement_id, contest_id, region_code, asn_id, candidate, stance, category, score, status, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 'support', $8, $9, $10, now() - make_interval(hours => $11)) RETURNING id`,
      [itemId, versionId, judgementId, f.contestId ?? null, f.regionCode, f.asnId ?? null, f.candidate ?? 2, f.category ?? 'social_media_campaign', score, f.status ?? 'pending', age],
    );
    return { flagId: flag.rows[0]!.id, itemId, versionId, judgementId };
  }

  /** An ASN with an agency and an account in a region, ready to be flagged. */
  async person(regionCode: string, positionClass = 'pelaksana'): Promise<{ agencyId: string; asnId: string; accountId: string }> {
    const agencyId = await this.agency(regionCode);
    const asnId = await this.asn({ regionCode, agencyId, positionClass });
    const accountId = await this.account({ asnId });
    return { agencyId, asnId, accountId };
  }
}

/**
 * The set-up every review test file shares: its own app (own schema and queue prefix) and
 * fixtures, created before the file's tests and closed after them; `use` receives both once ready.
 */
export function reviewSuite(use: (t: TestApp, fx: ReviewFixtures) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await createTestApp();
    use(app, new ReviewFixtures(app.db.pool));
  });
  afterAll(async () => {
    await app?.close();
  });
}

/** Only the bearer header of a login (logins carry more fields). */
export const auth = (h: { authorization: string }) => ({ authorization: h.authorization });
