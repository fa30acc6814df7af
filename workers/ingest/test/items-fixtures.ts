import { randomBytes } from 'node:crypto';
import type { IncomingItem, Queryable } from '@netra/shared';

// Registry rows the item-store tests need: regions, an agency, an ASN and a social account.

export async function seedItemRegions(db: Queryable): Promise<void> {
  await db.query(
    `INSERT INTO regions (code, name, level, kind, parent_code) VALUES
       ('31', 'DKI JAKARTA', 1, 'provinsi', NULL), ('31.73', 'KOTA JAKARTA BARAT', 2, 'kota', '31'),
       ('63', 'KALIMANTAN SELATAN', 1, 'provinsi', NULL), ('63.71', 'KOTA BANJARMASIN', 2, 'kota', '63')
     ON CONFLICT DO NOTHING`,
  );
}

export interface SeededAccount {
  accountId: string;
  asnId: string;
  regionCode: string;
}

export async function seedItemAccount(db: Queryable, opts: { platform: string; handle: string; platformUserId?: string; regionCode?: string }): Promise<SeededAccount> {
  await seedItemRegions(db);
  const region = opts.regionCode ?? '31.73';
  const suffix = randomBytes(4).toString('hex');
  const agency = await db.query<{ id: string }>(`INSERT INTO agencies (code, name, region_code) VALUES ($1, 'Dinas Uji', $2) RETURNING id`, [`AG-${suffix}`, region]);
  const nip = Array.from(randomBytes(18), (b) => String(b % 10)).join('');
  const asn = await db.query<{ id: string }>(
    `INSERT INTO asn (nip, name, position_class, agency_id, region_code) VALUES ($1, 'ASN Uji', 'pelaksana', $2, $3) RETURNING id`,
    [nip, agency.rows[0]!.id, region],
  );
  const acc = await db.query<{ id: string }>(
    `INSERT INTO social_accounts (platform, handle, platform_user_id, asn_id, link_method, link_confidence)
     VALUES ($1, $2, $3, $4, 'agency_list', 0.9) RETURNING id`,
    [opts.platform, opts.handle, opts.platformUserId ?? null, asn.rows[0]!.id],
  );
  return { accountId: acc.rows[0]!.id, asnId: asn.rows[0]!.id, regionCode: region };
}

export function post(platformItemId: string, text: string, extra: Partial<IncomingItem> = {}): IncomingItem {
  return {
    platform: 'x',
    platformItemId,
    kind: 'post',
    authorHandle: 'budi_asn',
    postedAt: '2024-10-01T09:00:00+07:00',
    text,
    ...extra,
  };
}
