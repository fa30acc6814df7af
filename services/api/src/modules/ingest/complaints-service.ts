import { createHash, randomUUID } from 'node:crypto';
import { ValidationError, appendAudit, withTransaction, type AuditActor, type Pool } from '@netra/shared';
import { decodeCursor, encodeCursor } from '../../http/common-schemas.js';
import type { Principal } from '../auth/auth-types.js';
import { effectiveRegion } from '../auth/region-scope.js';
import { findComplaint, findItemByUrl, insertComplaint, insertReporter, insertScreenshot, listComplaints, type ComplaintRow, type ScreenshotRef } from './complaints-repo.js';

// Public complaints (aduan masyarakat) taken in by Bawaslu staff. The reporter's contact is kept
// in its own table, shown only to supervisors and admins, and every such read is audited.

export const MAX_SCREENSHOT_BYTES = 5 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ComplaintInput {
  url: string;
  platform?: string;
  description: string;
  regionCode: string;
  screenshots?: ({ url: string } | { contentType: string; dataBase64: string })[];
  reporter: { name?: string; contact: string };
}

export async function createComplaint(db: Pool, principal: Principal, actor: AuditActor, input: ComplaintInput): Promise<ComplaintRow> {
  // Refused (403) when the region is outside the caller's scope.
  effectiveRegion(principal, input.regionCode);
  const description = input.description.trim();
  if (!description) throw ValidationError.field('/body/description', 'must not be blank');
  const contact = input.reporter.contact.trim();
  if (!contact) throw ValidationError.field('/body/reporter/contact', 'must not be blank');
  const inline: { id: string; contentType: string; sha256: string; data: Buffer }[] = [];
  const refs: ScreenshotRef[] = [];
  (input.screenshots ?? []).forEach((s, i) => {
    if ('url' in s) {
      refs.push({ kind: 'url', url: s.url });
      return;
    }
    const clean = s.dataBase64.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length === 0) throw ValidationError.field(`/body/screenshots/${i}/dataBase64`, 'must be base64');
    const data = Buffer.from(clean, 'base64');
    if (data.length > MAX_SCREENSHOT_BYTES) throw ValidationError.field(`/body/screenshots/${i}/dataBase64`, `must decode to at most ${MAX_SCREENSHOT_BYTES} bytes`);
    const id = randomUUID();
    const sha256 = createHash('sha256').update(data).digest('hex');
    inline.push({ id, contentType: s.contentType, sha256, data });
    refs.push({ kind: 'inline', id, contentType: s.contentType, sha256, bytes: data.length });
  });
  const item = await findItemByUrl(db, input.url);
  const id = await withTransaction(db, async (tx) => {
    const complaintId = await insertComplaint(tx, {
      url: input.url, platform: input.platform ?? null, description, screenshots: refs, regionCode: input.regionCode,
      itemId: item?.id ?? null, createdBy: principal.userId,
    });
    await insertReporter(tx, complaintId, input.reporter.name?.trim() || null, contact);
    for (const s of inline) await insertScreenshot(tx, complaintId, s.id, s.contentType, s.sha256, s.data);
    await appendAudit(tx, actor, {
      action: 'complaint.create', entityType: 'complaint', entityId: complaintId, regionCode: input.regionCode,
      details: { screenshots: refs.length, itemId: item?.id ?? null },
    });
    return complaintId;
  });
  return (await findComplaint(db, id))!;
}

export const CONTACT_READERS = new Set(['admin', 'supervisor']);

export async function listComplaintsFor(
  db: Pool,
  principal: Principal,
  actor: AuditActor,
  filter: { region?: string; status?: string; limit: number; cursor?: string },
): Promise<{ items: ComplaintRow[]; nextCursor: string | null; withReporter: boolean }> {
  const within = effectiveRegion(principal, filter.region);
  const cursor = decodeCursor(filter.cursor, 2);
  if (filter.cursor && (!cursor || typeof cursor[0] !== 'string' || typeof cursor[1] !== 'string' || !UUID.test(cursor[1]))) {
    throw ValidationError.field('/querystring/cursor', 'is not a cursor of this list');
  }
  const withReporter = CONTACT_READERS.has(principal.role);
  const rows = await listComplaints(db, {
    within, withReporter, limit: filter.limit + 1,
    ...(filter.status ? { status: filter.status } : {}),
    ...(cursor ? { before: { createdAt: cursor[0] as string, id: cursor[1] as string } } : {}),
  });
  const items = rows.slice(0, filter.limit);
  const last = items[items.length - 1];
  if (withReporter && items.length > 0) {
    await withTransaction(db, (tx) => appendAudit(tx, actor, {
      action: 'complaint.reporter.read', entityType: 'complaint', regionCode: within,
      details: { ids: items.map((c) => c.id), count: items.length },
    }));
  }
  return { items, nextCursor: rows.length > filter.limit && last ? encodeCursor([last.created_at.toISOString(), last.id]) : null, withReporter };
}
