import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { AppError, ITEM_KINDS, NotFoundError, ValidationError, TypedQueue, appendAudit, withTransaction, type IncomingItem, type IngestItemResult } from '@netra/shared';
import { ingestItems, loadRawPayloads, startOutboxRelay } from '@netra/ingest';
import { errorResponses, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { assertInScope } from '../auth/region-scope.js';
import { createAuditCoalescer } from './ingest-audit.js';
import { findItem, listItemEvents, listItemVersions } from './ingest-repo.js';
import { mapPushItem, parseNdjson, PushItem, renamePath } from './ingest-types.js';

const PUSHERS = ['admin', 'integrator'] as const;
// An item is what an identified ASN did: personal data, read by review roles in their scope only.
const ITEM_READERS = ['admin', 'supervisor', 'reviewer'] as const;

const Result = Type.Object({
  index: Type.Integer({ description: 'Position of the item in the batch (0-based; NDJSON: among the non-blank lines)' }),
  status: Type.Enum(['created', 'edited', 'unchanged', 'rejected']),
  itemId: Type.Optional(Uuid),
  version: Type.Optional(Type.Integer()),
  error: Type.Optional(Type.Object({ path: Type.String(), message: Type.String() })),
});

const IngestResponse = Type.Object({
  results: Type.Array(Result),
  summary: Type.Object({ created: Type.Integer(), edited: Type.Integer(), unchanged: Type.Integer(), rejected: Type.Integer() }),
});

const Version = Type.Object({
  id: Uuid,
  version: Type.Integer(),
  text: Type.String(),
  target: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  media: Type.Array(Type.Record(Type.String(), Type.Unknown())),
  contentHash: Type.String(),
  seenAt: Type.String({ format: 'date-time' }),
  diff: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  rawPayloadBytes: Type.Union([Type.Integer(), Type.Null()], { description: 'Size in bytes of the raw platform payload as received (stored gzip-compressed); null without one' }),
});

const ItemDetail = Type.Object({
  id: Uuid,
  platform: Type.String(),
  platformItemId: Type.String(),
  accountId: Type.Union([Uuid, Type.Null()]),
  asnId: Type.Union([Uuid, Type.Null()]),
  regionCode: Type.String(),
  kind: Type.Enum(ITEM_KINDS),
  url: Type.Union([Type.String(), Type.Null()]),
  postedAt: Type.String({ format: 'date-time' }),
  firstSeenAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  deletedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  currentVersion: Type.Integer(),
  source: Type.String(),
  versions: Type.Array(Version),
  events: Type.Array(Type.Object({
    seq: Type.Integer(), version: Type.Union([Type.Integer(), Type.Null()]), kind: Type.Enum(['created', 'edited', 'deleted', 'restored']),
    at: Type.String({ format: 'date-time' }), details: Type.Record(Type.String(), Type.Unknown()),
  })),
});

const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];

export async function ingestRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const maxBatch = app.config.INGEST_MAX_BATCH;

  // NDJSON: one item per line. Scoped to this module (the plugin is not fastify-plugin wrapped).
  app.addContentTypeParser(NDJSON_TYPES, { parseAs: 'string' }, (_request, body, done) => {
    done(null, parseNdjson(body as string));
  });
  app.addSchema(PushItem);

  // The relay publishes the outbox rows this process (or any other) committed; kick() after each
  // batch keeps latency low, the timer picks up whatever a crash or a Redis outage left behind.
  const queue = new TypedQueue('classify', { connection: app.redis, prefix: app.config.QUEUE_PREFIX });
  const relay = startOutboxRelay({ db: app.db, queue, logger: app.log as never, intervalMs: 2000 });
  const auditor = createAuditCoalescer(app.db);
  app.addHook('onClose', async () => {
    await relay.stop();
    await queue.close();
  });

  app.post('/v1/ingest', {
    config: { roles: PUSHERS },
    schema: {
      tags: ['ingest'],
      summary: `Push a batch of items (JSON array or NDJSON, at most INGEST_MAX_BATCH items); answers one result per item`,
      description: 'Each item has the shape of the PushItem schema (snake_case as in shared/examples plus platform_item_id, url and raw; '
        + 'or the camelCase IncomingItem). Items are checked one by one: a bad item or one whose account is not registered is '
        + 'rejected with its index and the path of the problem while the others are stored. Re-pushing the same content is '
        + "'unchanged'; changed content is a new version ('edited'). Every new version is queued for classification exactly once.",
      body: Type.Array(Type.Unknown(), { description: 'Items, each as in #/components/schemas/PushItem' }),
      response: { 200: IngestResponse, ...errorResponses(400, 413) },
    },
  }, async (request) => {
    const body = request.body;
    if (body.length > maxBatch) {
      throw new AppError(413, 'BATCH_TOO_LARGE', `The batch has ${body.length} items; at most ${maxBatch} (INGEST_MAX_BATCH) are accepted per request: split it`);
    }
    if (body.length === 0) throw ValidationError.field('/body', 'must contain at least one item');
    const results: IngestItemResult[] = new Array(body.length);
    const accepted: { index: number; snake: boolean; item: IncomingItem }[] = [];
    body.forEach((value, index) => {
      const mapped = mapPushItem(value, index);
      if (mapped.item) accepted.push({ index, snake: mapped.snake, item: mapped.item });
      else results[index] = { index, status: 'rejected', error: mapped.problem! };
    });
    if (accepted.length > 0) {
      const stored = await ingestItems(app.db, accepted.map((a) => a.item), 'push', { prevalidated: true });
      stored.forEach((r, i) => {
        const a = accepted[i]!;
        results[a.index] = r.error
          ? { ...r, index: a.index, error: { path: renamePath(r.error.path.replace(/^\/\d+/, `/${a.index}`), a.snake), message: r.error.message } }
          : { ...r, index: a.index };
      });
      relay.kick();
    }
    const summary = { created: 0, edited: 0, unchanged: 0, rejected: 0 };
    for (const r of results) summary[r.status] += 1;
    await auditor.append(auditActor(request), {
      action: 'items.ingest', entityType: 'ingest_batch', entityId: String(request.id), details: { ...summary, source: 'push' },
    });
    return { results, summary };
  });

  app.get('/v1/items/:id', {
    config: { roles: ITEM_READERS },
    schema: {
      tags: ['ingest'],
      summary: 'One item with all its versions (diffs) and events; the read is audited',
      params: Type.Object({ id: Uuid }),
      response: { 200: ItemDetail, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const item = await findItem(app.db, request.params.id);
    if (!item) throw new NotFoundError('Item');
    assertInScope(principal, item.region_code, 'Item');
    const versions = await listItemVersions(app.db, item.id);
    const events = await listItemEvents(app.db, item.id);
    const rawBytes = new Map((await loadRawPayloads(app.db, item.id)).map((r) => [r.version, Buffer.byteLength(r.json)]));
    await withTransaction(app.db, (tx) => appendAudit(tx, auditActor(request), {
      action: 'item.read', entityType: 'item', entityId: item.id, regionCode: item.region_code, details: { asnId: item.asn_id },
    }));
    return {
      id: item.id,
      platform: item.platform,
      platformItemId: item.platform_item_id,
      accountId: item.account_id,
      asnId: item.asn_id,
      regionCode: item.region_code,
      kind: item.kind as (typeof ITEM_KINDS)[number],
      url: item.url,
      postedAt: item.posted_at.toISOString(),
      firstSeenAt: item.first_seen_at.toISOString(),
      lastSeenAt: item.last_seen_at.toISOString(),
      deletedAt: item.deleted_at?.toISOString() ?? null,
      currentVersion: item.current_version,
      source: item.source,
      versions: versions.map((v) => ({
        id: v.id, version: v.version, text: v.text, target: v.target, media: v.media as unknown as Record<string, unknown>[], contentHash: v.content_hash,
        seenAt: v.seen_at.toISOString(), diff: v.diff, rawPayloadBytes: rawBytes.get(v.version) ?? null,
      })),
      events: events.map((e) => ({ seq: e.seq, version: e.version, kind: e.kind as 'created', at: e.at.toISOString(), details: e.details })),
    };
  });

  app.get('/v1/items/:id/versions/:version/raw', {
    config: { roles: ITEM_READERS },
    schema: {
      tags: ['ingest'],
      summary: "The platform's raw payload of one version, as received (evidence that the post said what the version says); the read is audited",
      params: Type.Object({ id: Uuid, version: Type.Integer({ minimum: 1, maximum: 1_000_000 }) }),
      response: {
        200: Type.Object({ itemId: Uuid, version: Type.Integer(), raw: Type.Unknown({ description: 'The payload, one JSON value' }) }),
        ...errorResponses(400, 404),
      },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const item = await findItem(app.db, request.params.id);
    if (!item) throw new NotFoundError('Item');
    assertInScope(principal, item.region_code, 'Item');
    const payload = (await loadRawPayloads(app.db, item.id)).find((r) => r.version === request.params.version);
    if (!payload) throw new NotFoundError('Raw payload of this version');
    await withTransaction(app.db, (tx) => appendAudit(tx, auditActor(request), {
      action: 'item.raw.read', entityType: 'item', entityId: item.id, regionCode: item.region_code,
      details: { asnId: item.asn_id, version: request.params.version },
    }));
    return { itemId: item.id, version: request.params.version, raw: JSON.parse(payload.json) as unknown };
  });

}
