import { type Queryable, regionScopeSql } from '@netra/shared';

export interface ComplaintRow {
  id: string;
  url: string;
  platform: string | null;
  description: string;
  screenshots: ScreenshotRef[];
  region_code: string;
  status: string;
  item_id: string | null;
  created_by: string | null;
  created_at: Date;
  reporter_name?: string | null;
  reporter_contact?: string | null;
}

export type ScreenshotRef =
  | { kind: 'url'; url: string }
  | { kind: 'inline'; id: string; contentType: string; sha256: string; bytes: number };

export async function insertComplaint(
  db: Queryable,
  c: { url: string; platform: string | null; description: string; screenshots: ScreenshotRef[]; regionCode: string; itemId: string | null; createdBy: string },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO complaints (url, platform, description, screenshots, region_code, item_id, created_by, status)
     VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $6::uuid IS NULL THEN 'received' ELSE 'linked' END) RETURNING id`,
    [c.url, c.platform, c.description, JSON.stringify(c.screenshots), c.regionCode, c.itemId, c.createdBy],
  );
  return rows[0]!.id;
}

export async function insertReporter(db: Queryable, complaintId: string, name: string | null, contact: string): Promise<void> {
  await db.query('INSERT INTO complaint_reporters (complaint_id, name, contact) VALUES ($1, $2, $3)', [complaintId, name, contact]);
}

export async function insertScreenshot(db: Queryable, complaintId: string, id: string, contentType: string, sha256: string, data: Buffer): Promise<void> {
  await db.query('INSERT INTO complaint_screenshots (id, complaint_id, content_type, sha256, data) VALUES ($1, $2, $3, $4, $5)', [id, complaintId, contentType, sha256, data]);
}

/** The item a complaint's URL points at, if Netra has it (same URL). */
export async function findItemByUrl(db: Queryable, url: string): Promise<{ id: string; region_code: string } | null> {
  const { rows } = await db.query<{ id: string; region_code: string }>('SELECT id, region_code FROM items WHERE url = $1 LIMIT 1', [url]);
  return rows[0] ?? null;
}

export async function listComplaints(
  db: Queryable,
  q: { within: string | null; status?: string; withReporter: boolean; limit: number; before?: { createdAt: string; id: string } },
): Promise<ComplaintRow[]> {
  const { rows } = await db.query<ComplaintRow>(
    `SELECT c.id, c.url, c.platform, c.description, c.screenshots, c.region_code, c.status, c.item_id, c.created_by, c.created_at
            ${q.withReporter ? ', r.name AS reporter_name, r.contact AS reporter_contact' : ''}
       FROM complaints c ${q.withReporter ? 'LEFT JOIN complaint_reporters r ON r.complaint_id = c.id' : ''}
      WHERE ${regionScopeSql('c.region_code', 1)}
        AND ($2::text IS NULL OR c.status = $2)
        AND ($3::timestamptz IS NULL OR (c.created_at, c.id) < ($3, $4::uuid))
      ORDER BY c.created_at DESC, c.id DESC LIMIT $5`,
    [q.within, q.status ?? null, q.before?.createdAt ?? null, q.before?.id ?? null, q.limit],
  );
  return rows;
}

export async function findComplaint(db: Queryable, id: string): Promise<ComplaintRow | null> {
  const { rows } = await db.query<ComplaintRow>(
    'SELECT id, url, platform, description, screenshots, region_code, status, item_id, created_by, created_at FROM complaints WHERE id = $1',
    [id],
  );
  return rows[0] ?? null;
}
