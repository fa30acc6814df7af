import { randomBytes } from 'node:crypto';
import type { Queryable } from '@netra/shared';

// Registry rows the poll tests need: a region, an agency, an ASN and their social accounts.

export async function seedRegion(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, name, level, kind, parent_code) VALUES
       ('63', 'KALIMANTAN SELATAN', 1, 'provinsi', NULL), ('63.71', 'KOTA BANJARMASIN', 2, 'kota', '63'),
       ('35', 'JAWA TIMUR', 1, 'provinsi', NULL), ('35.78', 'KOTA SURABAYA', 2, 'kota', '35')
     ON CONFLICT DO NOTHING`,
  );
}

export async function seedAccount(
  db: Queryable,
  opts: { platform: string; handle: string; platformUserId?: string | null; regionCode?: string; state?: 'active' | 'paused' | 'stopped' },
): Promise<string> {
  await seedRegion(db);
  const region = opts.regionCode ?? '63.71';
  const suffix = randomBytes(4).toString('hex');
  const agency = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, region_code) VALUES ($1, 'Dinas Uji', $2) RETURNING id`, [`AG-${suffix}`, region]);
  const nip = String(BigInt('0x' + randomBytes(7).toString('hex'))).padStart(18, '1').slice(0, 18);
  const asn = await db.query<{ id: string }>(
    `INSERT INTO asn (nip, name, position_class, agency_id, region_code) VALUES ($1, 'ASN Uji', 'pelaksana', $2, $3) RETURNING id`,
    [nip, agency.rows[0]!.id, region],
  );
  const acc = await db.query<{ id: string }>(
    `INSERT INTO social_accounts (platform, handle, platform_user_id, asn_id, link_method, link_confidence, monitoring_state)
     VALUES ($1, $2, $3, $4, 'agency_list', 0.9, $5) RETURNING id`,
    [opts.platform, opts.handle, opts.platformUserId ?? null, asn.rows[0]!.id, opts.state ?? 'active'],
  );
  return acc.rows[0]!.id;
}
