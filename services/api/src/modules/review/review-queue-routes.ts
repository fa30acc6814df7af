import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { PLATFORMS, POSITION_CLASSES, ITEM_KINDS, appendAudit, withTransaction } from '@netra/shared';
import { Cursor, decodeCursor, encodeCursor, errorResponses, Limit, page, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { effectiveRegion } from '../auth/region-scope.js';
import { assertMayReview, claimFlag, claimNextFlag, reassignFlag, releaseFlag } from './claims-service.js';
import { lockFlag, type ClaimedRow } from './claims-repo.js';
import { decideFlag, resolveDispute } from './decisions-service.js';
import { listItemEvents, listItemVersions } from '../ingest/ingest-repo.js';
import { findCoverage, findFlagDetail, listDecisions, listGroupMembers } from './flag-detail-repo.js';
import type { ReviewConfig } from './review-config.js';
import { labels, localeOf, translator } from './review-i18n.js';
import { listQueue, type QueueCursor } from './review-queue-repo.js';
import { DECISIONS, DISMISS_REASONS, FLAG_STATUSES, VIOLATION_CATEGORIES } from './review-types.js';

const REVIEWERS = ['reviewer', 'supervisor', 'admin'] as const;
const SUPERVISORS = ['supervisor', 'admin'] as const;
const Nullable = <T extends Type.TSchema>(s: T) => Type.Union([s, Type.Null()]);
const DateTime = Type.String({ format: 'date-time' });

const EXAMPLE_FLAG_ID = '3f6c1d2e-8a4b-4c1d-9e2f-0a1b2c3d4e5f';

const QueueItem = Type.Object({
  id: Uuid,
  status: Type.Enum(FLAG_STATUSES),
  priority: Type.Number({ description: 'score, position severity, age and deadline; higher first' }),
  score: Type.Number(),
  category: Nullable(Type.String()),
  candidate: Nullable(Type.Integer()),
  stance: Nullable(Type.String()),
  reason: Type.String({ description: "Why it was flagged, in one line, in the reader's language (Bahasa Indonesia by default)" }),
  contestId: Nullable(Type.String()),
  regionCode: Type.String(),
  platform: Type.String(),
  itemKind: Type.String(),
  positionClass: Nullable(Type.String()),
  groupId: Nullable(Type.String({ description: 'Near-duplicate group (same text or same shared target)' })),
  groupSize: Type.Integer(),
  claimedBy: Nullable(Uuid),
  leaseExpiresAt: Nullable(DateTime),
  createdAt: DateTime,
  dueAt: DateTime,
}, {
  examples: [{
    id: EXAMPLE_FLAG_ID, status: 'pending', priority: 87.5, score: 0.91, category: 'attributes_symbols', candidate: 2, stance: 'support',
    reason: 'Mendukung paslon 2 (skor 91%): simbol jari "✌️", nomor urut "coblos nomor 2".', contestId: 'kota-banjarmasin-2024',
    regionCode: '63.71', platform: 'facebook', itemKind: 'post', positionClass: 'jpt', groupId: 'text:5d41402abc4b2a76b9719d911017c592', groupSize: 3,
    claimedBy: null, leaseExpiresAt: null, createdAt: '2024-10-02T03:15:00.000Z', dueAt: '2024-10-05T03:15:00.000Z',
  }],
});

const Claim = Type.Object({ flagId: Uuid, status: Type.Enum(FLAG_STATUSES), claimedBy: Uuid, leaseExpiresAt: DateTime }, {
  examples: [{ flagId: EXAMPLE_FLAG_ID, status: 'in_review', claimedBy: '7b0e2f9a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', leaseExpiresAt: '2024-10-02T03:30:00.000Z' }],
});

const Version = Type.Object({
  version: Type.Integer(), text: Type.String(), target: Type.Unknown({ description: '{ author_handle, text, url?, platform_item_id? } for likes, shares, comments' }),
  media: Type.Unknown(), contentHash: Type.String(), seenAt: DateTime, diff: Type.Unknown(),
});

const DecisionView = Type.Object({
  reviewer: Type.String(), round: Type.String(), decision: Type.Enum(DECISIONS), category: Nullable(Type.String()), reasonCode: Nullable(Type.String()),
  reasonLabel: Nullable(Type.String()), note: Nullable(Type.String()), viaGroup: Type.Boolean(), at: DateTime,
});

const FlagDetail = Type.Object({
  id: Uuid,
  status: Type.Enum(FLAG_STATUSES),
  round: Type.Union([Type.Literal('first'), Type.Literal('second'), Type.Null()], { description: 'Which four-eyes review the flag waits for' }),
  regionCode: Type.String(), contestId: Nullable(Type.String()), candidate: Nullable(Type.Integer()), stance: Nullable(Type.String()),
  category: Nullable(Type.String()), score: Type.Number(), caseId: Nullable(Uuid), createdAt: DateTime,
  claimedBy: Nullable(Uuid), leaseExpiresAt: Nullable(DateTime),
  item: Type.Object({
    id: Uuid, platform: Type.String(), kind: Type.String(), url: Nullable(Type.String()), postedAt: DateTime, firstSeenAt: DateTime, lastSeenAt: DateTime,
    deletedAt: Nullable(DateTime), currentVersion: Type.Integer(), flaggedVersion: Type.Integer(),
    target: Type.Unknown({ description: 'What the flagged version liked, shared or commented on' }),
    versions: Type.Array(Version),
    events: Type.Array(Type.Object({ kind: Type.String(), version: Nullable(Type.Integer()), at: DateTime })),
  }),
  judgement: Type.Object({
    modelVersion: Type.String(), score: Type.Number(), signals: Type.Unknown({ description: '[{ type, weight, evidence (the matched span), candidate? }]' }), reason: Type.String(),
    spans: Type.Array(Type.Object({ type: Type.String(), evidence: Type.String(), start: Type.Integer(), end: Type.Integer() }), { description: 'Where each signal\'s evidence occurs in the flagged version\'s text (or the target\'s text), for highlighting' }),
  }),
  asn: Nullable(Type.Object({
    id: Uuid, nip: Type.String(), name: Type.String(), employmentType: Type.String(), positionClass: Type.String(), positionTitle: Nullable(Type.String()), regionCode: Type.String(),
    agency: Type.Object({ id: Uuid, code: Type.String(), name: Type.String() }),
  })),
  account: Nullable(Type.Object({
    id: Uuid, platform: Type.String(), handle: Type.String(), linkMethod: Type.String(), linkConfidence: Type.Number(), monitoringState: Type.String(),
    coverage: Type.Object({ available: Type.Boolean(), ledger: Type.Unknown({ description: 'Polling ledger of the account' }), gaps: Type.Array(Type.Unknown(), { description: 'Periods the account was not watched' }) }),
  })),
  group: Nullable(Type.Object({ id: Type.String(), size: Type.Integer(), members: Type.Array(Type.Object({ id: Uuid, status: Type.String(), regionCode: Type.String(), platform: Type.String(), accountHandle: Nullable(Type.String()) })) })),
  decisions: Type.Array(DecisionView),
  decisionsHidden: Type.Boolean({ description: 'Four eyes: earlier decisions stay hidden until the caller has decided' }),
}, {
  examples: [{
    id: EXAMPLE_FLAG_ID, status: 'awaiting_second', round: 'second', regionCode: '63.71', contestId: 'kota-banjarmasin-2024', candidate: 2, stance: 'support',
    category: 'attributes_symbols', score: 0.91, caseId: null, createdAt: '2024-10-02T03:15:00.000Z', claimedBy: '7b0e2f9a-1c3d-4e5f-8a9b-0c1d2e3f4a5b', leaseExpiresAt: '2024-10-02T03:30:00.000Z',
    item: {
      id: '0c9d8e7f-6a5b-4c3d-9e2f-1a0b9c8d7e6f', platform: 'facebook', kind: 'post', url: 'https://facebook.com/posts/123', postedAt: '2024-10-01T23:10:00.000Z',
      firstSeenAt: '2024-10-01T23:20:00.000Z', lastSeenAt: '2024-10-02T05:00:00.000Z', deletedAt: '2024-10-02T06:00:00.000Z', currentVersion: 2, flaggedVersion: 2, target: null,
      versions: [
        { version: 1, text: 'Selamat pagi warga Banjarmasin', target: null, media: [], contentHash: 'a3f1…', seenAt: '2024-10-01T23:20:00.000Z', diff: null },
        { version: 2, text: 'Selamat pagi, ayo coblos nomor 2!', target: null, media: [], contentHash: '9b2c…', seenAt: '2024-10-02T01:00:00.000Z', diff: { text: { before: 'Selamat pagi warga Banjarmasin', after: 'Selamat pagi, ayo coblos nomor 2!' } } },
      ],
      events: [{ kind: 'created', version: 1, at: '2024-10-01T23:20:00.000Z' }, { kind: 'edited', version: 2, at: '2024-10-02T01:00:00.000Z' }, { kind: 'deleted', version: 2, at: '2024-10-02T06:00:00.000Z' }],
    },
    judgement: { modelVersion: 'lr-2024-10-01', score: 0.91, signals: [{ type: 'ballot_number', weight: 1.4, evidence: 'coblos nomor 2', candidate: 2 }], reason: 'Ajakan memilih nomor urut 2', spans: [{ type: 'ballot_number', evidence: 'coblos nomor 2', start: 18, end: 32 }] },
    asn: { id: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', nip: '198001012005011001', name: 'Rahmat Hidayat', employmentType: 'PNS', positionClass: 'jpt', positionTitle: 'Kepala Dinas Pendidikan', regionCode: '63.71', agency: { id: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f', code: 'DISDIK-6371', name: 'Dinas Pendidikan Kota Banjarmasin' } },
    account: { id: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', platform: 'facebook', handle: 'rahmat.hidayat', linkMethod: 'agency_list', linkConfidence: 0.95, monitoringState: 'active', coverage: { available: true, ledger: { last_success_at: '2024-10-02T05:00:00Z', consecutive_failures: 0 }, gaps: [] } },
    group: { id: 'text:5d41402abc4b2a76b9719d911017c592', size: 2, members: [{ id: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', status: 'pending', regionCode: '63.71', platform: 'facebook', accountHandle: 'sari.guru' }] },
    decisions: [], decisionsHidden: true,
  }],
});

const DecisionBody = Type.Object({
  decision: Type.Enum(DECISIONS),
  category: Type.Optional(Type.Enum(VIOLATION_CATEGORIES, { description: 'Required to confirm' })),
  reasonCode: Type.Optional(Type.Enum(DISMISS_REASONS, { description: 'Required to dismiss' })),
  note: Type.Optional(Type.String({ maxLength: 4000 })),
  applyToGroup: Type.Optional(Type.Boolean({ description: 'Apply the same decision to the near-duplicates of this flag that the caller may decide' })),
}, { additionalProperties: false, examples: [{ decision: 'confirm', category: 'attributes_symbols', note: 'Foto bersama paslon 02 dengan salam dua jari' }, { decision: 'dismiss', reasonCode: 'news_or_information', note: 'Membagikan berita KPU' }] });

const DecisionResult = Type.Object({
  decided: Type.Array(Type.Object({ flagId: Uuid, round: Type.String(), status: Type.Enum(FLAG_STATUSES), caseId: Nullable(Uuid) })),
  skipped: Type.Array(Uuid, { description: 'Group members not decided (held by someone else, own agency, or four eyes)' }),
}, { examples: [{ decided: [{ flagId: EXAMPLE_FLAG_ID, round: 'first', status: 'awaiting_second', caseId: null }], skipped: [] }] });

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** A claim as every claiming route answers it. */
function toClaim(claimed: ClaimedRow) {
  return { flagId: claimed.id, status: claimed.status, claimedBy: claimed.claimed_by, leaseExpiresAt: iso(claimed.lease_expires_at)! };
}

/** Locates each signal's evidence in the text, case-insensitively, every occurrence. */
export function signalSpans(signals: unknown, text: string): { type: string; evidence: string; start: number; end: number }[] {
  if (!Array.isArray(signals) || !text) return [];
  const haystack = text.toLowerCase();
  const out: { type: string; evidence: string; start: number; end: number }[] = [];
  for (const signal of signals as { type?: unknown; evidence?: unknown }[]) {
    const evidence = typeof signal?.evidence === 'string' ? signal.evidence.toLowerCase().trim() : '';
    if (evidence.length < 2) continue;
    for (let at = haystack.indexOf(evidence); at >= 0; at = haystack.indexOf(evidence, at + evidence.length)) {
      out.push({ type: String(signal.type ?? 'signal'), evidence: signal.evidence as string, start: at, end: at + evidence.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function reviewQueueRoutes(config: ReviewConfig) {
  return async function routes(fastify: FastifyInstance): Promise<void> {
    const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

    app.get('/v1/flags', {
      config: { roles: REVIEWERS },
      schema: {
        tags: ['review'],
        summary: 'The review queue: flags in my scope, most urgent first',
        description: 'Sorted by priority (score, the ASN\'s position class, age, deadline), computed as of the first page so the order stays stable while new flags arrive.',
        querystring: Type.Object({
          region: Type.Optional(RegionCode),
          contest: Type.Optional(Type.String({ maxLength: 80 })),
          candidate: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
          category: Type.Optional(Type.String({ maxLength: 40 })),
          scoreBand: Type.Optional(Type.Enum(['high', 'medium', 'low'], { description: 'high >= 0.8, medium 0.6-0.8, low < 0.6' })),
          scoreMin: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
          scoreMax: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
          platform: Type.Optional(Type.Enum(PLATFORMS)),
          kind: Type.Optional(Type.Enum(ITEM_KINDS)),
          positionClass: Type.Optional(Type.Enum(POSITION_CLASSES)),
          status: Type.Optional(Type.Array(Type.Enum(FLAG_STATUSES), { maxItems: 8 })),
          minAgeHours: Type.Optional(Type.Number({ minimum: 0 })),
          maxAgeHours: Type.Optional(Type.Number({ minimum: 0 })),
          group: Type.Optional(Type.String({ maxLength: 80 })),
          mine: Type.Optional(Type.Boolean({ description: 'Only flags I hold' })),
          limit: Limit,
          cursor: Type.Optional(Cursor),
        }, { additionalProperties: false }),
        response: { 200: page(QueueItem), ...errorResponses(400) },
      },
    }, async (request) => {
      const p = principalOf(request);
      const q = request.query;
      const scope = effectiveRegion(p, q.region);
      const locale = localeOf(request);
      const raw = decodeCursor(q.cursor, 4);
      const after: QueueCursor | null = raw ? { asOf: String(raw[0]), priority: String(raw[1]), createdAt: String(raw[2]), id: String(raw[3]) } : null;
      const asOf = after?.asOf ?? new Date().toISOString();
      const band = q.scoreBand === 'high' ? [0.8, undefined] : q.scoreBand === 'medium' ? [0.6, 0.8] : q.scoreBand === 'low' ? [undefined, 0.6] : [undefined, undefined];
      const scoreMin = q.scoreMin ?? band[0];
      const scoreMax = q.scoreMax ?? band[1];
      const rows = await withTransaction(app.db, async (tx) => {
        const found = await listQueue(tx, {
          scope,
          ...(q.contest ? { contestId: q.contest } : {}),
          ...(q.candidate !== undefined ? { candidate: q.candidate } : {}),
          ...(q.category ? { category: q.category } : {}),
          ...(scoreMin !== undefined ? { scoreMin } : {}),
          ...(scoreMax !== undefined ? { scoreMax } : {}),
          ...(q.platform ? { platform: q.platform } : {}),
          ...(q.kind ? { kind: q.kind } : {}),
          ...(q.positionClass ? { positionClass: q.positionClass } : {}),
          ...(q.status ? { statuses: q.status } : {}),
          ...(q.minAgeHours !== undefined ? { minAgeHours: q.minAgeHours } : {}),
          ...(q.maxAgeHours !== undefined ? { maxAgeHours: q.maxAgeHours } : {}),
          ...(q.group ? { groupKey: q.group } : {}),
          ...(q.mine ? { heldBy: p.userId } : {}),
          ...(p.agencyId ? { excludeAgencyId: p.agencyId } : {}),
        }, asOf, config.flagDueHours, q.limit + 1, after);
        await appendAudit(tx, auditActor(request), { action: 'flag.list', entityType: 'flag', regionCode: scope, details: { filters: { ...q, cursor: undefined }, count: Math.min(found.length, q.limit) } });
        return found;
      });
      const pageRows = rows.slice(0, q.limit);
      const last = pageRows[pageRows.length - 1];
      return {
        items: pageRows.map((r) => ({
          id: r.id, status: r.status, priority: Number(r.priority), score: r.score, category: r.category, candidate: r.candidate, stance: r.stance,
          reason: (locale === 'en' ? r.reason?.en : r.reason?.id) ?? r.reason?.id ?? '',
          contestId: r.contest_id, regionCode: r.region_code, platform: r.platform, itemKind: r.kind, positionClass: r.position_class,
          groupId: r.group_key, groupSize: r.group_size, claimedBy: r.holder, leaseExpiresAt: iso(r.lease_expires_at),
          createdAt: iso(r.created_at)!, dueAt: iso(r.due_at)!,
        })),
        nextCursor: rows.length > q.limit && last ? encodeCursor([asOf, last.priority, last.created_at_text, last.id]) : null,
      };
    });

    app.post('/v1/flags/claim-next', {
      config: { roles: REVIEWERS },
      schema: {
        tags: ['review'],
        summary: 'Take the most urgent flag I may review, under a lease',
        description: 'Never a flag of my own agency, never one whose first confirmation was mine. 404 when nothing is left.',
        body: Type.Optional(Type.Object({ region: Type.Optional(RegionCode), contest: Type.Optional(Type.String({ maxLength: 80 })) }, { additionalProperties: false, examples: [{ region: '63.71' }] })),
        response: { 200: Claim, ...errorResponses(400, 404) },
      },
    }, async (request) => {
      const p = principalOf(request);
      const body = request.body ?? {};
      const scope = effectiveRegion(p, body.region);
      const claimed = await claimNextFlag(app.db, p, auditActor(request), { scope, ...(body.contest ? { contestId: body.contest } : {}) }, config, translator(request));
      return toClaim(claimed);
    });

    app.post('/v1/flags/:id/claim', {
      config: { roles: REVIEWERS },
      schema: {
        tags: ['review'], summary: 'Take a chosen flag under a lease (renews my own lease)',
        params: Type.Object({ id: Uuid }),
        response: { 200: Claim, ...errorResponses(400, 404, 409) },
      },
    }, async (request) => {
      const claimed = await claimFlag(app.db, principalOf(request), auditActor(request), request.params.id, config, translator(request));
      return toClaim(claimed);
    });

    app.post('/v1/flags/:id/release', {
      config: { roles: REVIEWERS },
      schema: { tags: ['review'], summary: 'Give a flag back to the queue (a supervisor may release anyone\'s)', params: Type.Object({ id: Uuid }), response: { 204: Type.Null(), ...errorResponses(400, 404, 409) } },
    }, async (request, reply) => {
      await releaseFlag(app.db, principalOf(request), auditActor(request), request.params.id, translator(request));
      return reply.status(204).send(null);
    });

    app.post('/v1/flags/:id/reassign', {
      config: { roles: SUPERVISORS },
      schema: {
        tags: ['review'], summary: 'Hand a flag to another reviewer under a fresh lease',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({ userId: Uuid }, { additionalProperties: false, examples: [{ userId: '7b0e2f9a-1c3d-4e5f-8a9b-0c1d2e3f4a5b' }] }),
        response: { 200: Claim, ...errorResponses(400, 404, 409) },
      },
    }, async (request) => {
      const claimed = await reassignFlag(app.db, principalOf(request), auditActor(request), request.params.id, request.body.userId, config, translator(request));
      return toClaim(claimed);
    });

    app.get('/v1/flags/:id', {
      config: { roles: REVIEWERS },
      schema: {
        tags: ['review'], summary: 'Everything needed to decide on a flag (reading it is audited: it shows ASN personal data)',
        params: Type.Object({ id: Uuid }),
        response: { 200: FlagDetail, ...errorResponses(400, 404) },
      },
    }, async (request) => {
      const p = principalOf(request);
      const tr = translator(request);
      const locale = localeOf(request);
      return withTransaction(app.db, async (tx) => {
        const lock = await lockFlag(tx, request.params.id, p.userId);
        assertMayReview(p, lock, tr);
        const f = (await findFlagDetail(tx, lock.id))!;
        // One client runs one query at a time: in sequence, not Promise.all.
        const versions = await listItemVersions(tx, f.item_id);
        const events = await listItemEvents(tx, f.item_id);
        const decisions = await listDecisions(tx, f.id);
        const members = f.group_key ? await listGroupMembers(tx, f.group_key, f.id, p.regionCode) : [];
        const coverage = f.account_id ? await findCoverage(tx, f.account_id) : { available: false, ledger: null, gaps: [] };
        const supervising = p.role === 'supervisor' || p.role === 'admin';
        const hidden = !supervising && !decisions.some((d) => d.reviewer_id === p.userId) && decisions.length > 0;
        const flagged = versions.find((v) => v.id === f.item_version_id);
        const reason = f.judgement_reason as { id?: string; en?: string } | null;
        await appendAudit(tx, auditActor(request), {
          action: 'flag.view', entityType: 'flag', entityId: f.id, regionCode: f.region_code,
          details: { asnId: f.asn_id, personalData: f.asn_id !== null },
        });
        return {
          id: f.id, status: f.status as never, round: (['pending', 'in_review', 'needs_info'].includes(f.status) ? 'first' : f.status === 'awaiting_second' ? 'second' : null) as 'first' | 'second' | null,
          regionCode: f.region_code, contestId: f.contest_id, candidate: f.candidate, stance: f.stance, category: f.category, score: f.score, caseId: f.case_id,
          createdAt: iso(f.created_at)!, claimedBy: f.holder, leaseExpiresAt: iso(f.lease_expires_at),
          item: {
            id: f.item_id, platform: f.platform, kind: f.kind, url: f.url, postedAt: iso(f.posted_at)!, firstSeenAt: iso(f.first_seen_at)!, lastSeenAt: iso(f.last_seen_at)!,
            deletedAt: iso(f.deleted_at), currentVersion: f.current_version, flaggedVersion: flagged?.version ?? f.current_version, target: flagged?.target ?? null,
            versions: versions.map((v) => ({ version: v.version, text: v.text, target: v.target, media: v.media, contentHash: v.content_hash, seenAt: iso(v.seen_at)!, diff: v.diff })),
            events: events.map((e) => ({ kind: e.kind, version: e.version, at: iso(e.at)! })),
          },
          judgement: { modelVersion: f.judgement_model, score: f.score, signals: f.judgement_signals, reason: (locale === 'en' ? reason?.en : reason?.id) ?? reason?.id ?? '', spans: signalSpans(f.judgement_signals, flagged?.text || String((flagged?.target as { text?: unknown } | null)?.text ?? '')) },
          asn: f.asn_id ? {
            id: f.asn_id, nip: f.asn_nip!, name: f.asn_name!, employmentType: f.asn_employment_type!, positionClass: f.asn_position_class!, positionTitle: f.asn_position_title, regionCode: f.asn_region_code!,
            agency: { id: f.agency_id!, code: f.agency_code!, name: f.agency_name! },
          } : null,
          account: f.account_id ? {
            id: f.account_id, platform: f.account_platform!, handle: f.account_handle!, linkMethod: f.link_method!, linkConfidence: Number(f.link_confidence), monitoringState: f.monitoring_state!, coverage,
          } : null,
          group: f.group_key ? { id: f.group_key, size: members.length + 1, members: members.map((m) => ({ id: m.id, status: m.status, regionCode: m.region_code, platform: m.platform, accountHandle: m.account_handle })) } : null,
          decisions: hidden ? [] : decisions.map((d) => ({
            reviewer: d.reviewer_label, round: d.round, decision: d.decision as never, category: d.violation_category, reasonCode: d.reason_code,
            reasonLabel: d.reason_code ? labels(locale, 'reason.').find((l) => l.code === d.reason_code)?.label ?? null : null, note: d.note, viaGroup: d.via_group, at: iso(d.created_at)!,
          })),
          decisionsHidden: hidden,
        };
      });
    });

    app.post('/v1/flags/:id/decision', {
      config: { roles: REVIEWERS },
      schema: {
        tags: ['review'],
        summary: 'Confirm, dismiss or ask for information on a flag I hold',
        description: 'A confirmation waits for a second reviewer (four eyes); a second confirmation makes the flag confirmed and part of the ASN\'s case in the contest; a second reviewer\'s dismissal makes it disputed.',
        params: Type.Object({ id: Uuid }),
        body: DecisionBody,
        response: { 200: DecisionResult, ...errorResponses(400, 404, 409) },
      },
    }, async (request) => decideFlag(app.db, principalOf(request), auditActor(request), request.params.id, request.body, config, translator(request)));

    app.post('/v1/flags/:id/resolve', {
      config: { roles: SUPERVISORS },
      schema: {
        tags: ['review'], summary: 'Settle a disputed flag (supervisor)',
        params: Type.Object({ id: Uuid }),
        body: Type.Object({
          decision: Type.Enum(['confirm', 'dismiss']),
          category: Type.Optional(Type.Enum(VIOLATION_CATEGORIES)),
          reasonCode: Type.Optional(Type.Enum(DISMISS_REASONS)),
          note: Type.String({ minLength: 1, maxLength: 4000 }),
        }, { additionalProperties: false, examples: [{ decision: 'confirm', category: 'engagement', note: 'Menyukai unggahan akun resmi paslon 01' }] }),
        response: { 200: Type.Object({ flagId: Uuid, round: Type.String(), status: Type.Enum(FLAG_STATUSES), caseId: Nullable(Uuid) }), ...errorResponses(400, 404, 409) },
      },
    }, async (request) => resolveDispute(app.db, principalOf(request), auditActor(request), request.params.id, request.body, config, translator(request)));

    app.get('/v1/review/vocabulary', {
      config: { roles: ['reviewer', 'supervisor', 'admin', 'liaison'] },
      schema: {
        tags: ['review'], summary: 'Reason codes, violation categories and case stages with labels in my language (Accept-Language or my locale)',
        response: {
          200: Type.Object({
            locale: Type.String(),
            reasonCodes: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
            categories: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
            stages: Type.Array(Type.Object({ code: Type.String(), label: Type.String() })),
          }, { examples: [{ locale: 'id', reasonCodes: [{ code: 'not_asn', label: 'Bukan ASN' }], categories: [{ code: 'engagement', label: 'Menyukai, mengomentari atau membagikan unggahan paslon' }], stages: [{ code: 'open', label: 'Dibuka' }] }] }),
          ...errorResponses(),
        },
      },
    }, async (request) => {
      const locale = localeOf(request);
      return { locale, reasonCodes: labels(locale, 'reason.'), categories: labels(locale, 'category.'), stages: labels(locale, 'stage.') };
    });
  };
}
