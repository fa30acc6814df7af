import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { CONTEST_LEVELS, ROLES } from '@netra/shared';
import { Cursor, decodeCursor, encodeCursor, errorResponses, Limit, page, RegionCode } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { importContestsJson } from './contest-json-import.js';
import type { ContestRow, PairRow } from './contests-repo.js';
import { listContestsPage, patchPair, readContest } from './contests-service.js';
import { AccountJson, CONTEST_ID_PATTERN, ContestJson, ContestJsonArray } from './contests-types.js';

const Day = Type.Union([Type.String({ format: 'date' }), Type.Null()]);

const Pair = Type.Object({
  number: Type.Integer({ description: 'Ballot number' }),
  head: Type.String(),
  deputy: Type.String(),
  aliases: Type.Array(Type.String()),
  parties: Type.Array(Type.String()),
  slogans: Type.Array(Type.String()),
  hashtags: Type.Array(Type.String()),
  colors: Type.Array(Type.String()),
  accounts: Type.Array(Type.Object({ platform: Type.String(), handle: Type.String() })),
  incumbent: Type.Boolean(),
  independent: Type.Boolean(),
  kpuId: Type.Union([Type.String(), Type.Null()]),
});

const Contest = Type.Object({
  id: Type.String(),
  name: Type.String(),
  level: Type.Enum(CONTEST_LEVELS),
  region: Type.Object({ code: Type.String(), name: Type.String() }),
  electionYear: Type.Integer(),
  pairDeterminationDate: Day,
  campaignStart: Day,
  campaignEnd: Day,
  quietStart: Day,
  quietEnd: Day,
  votingDay: Type.String({ format: 'date' }),
  emptyBoxNumber: Type.Union([Type.Integer(), Type.Null()], { description: 'Ballot number of the empty box (kolom kosong) in a single-pair race' }),
  pairCount: Type.Integer(),
  source: Type.String({ description: 'kpu, json or api: where the contest came from' }),
  revision: Type.Integer({ description: 'Goes up on every change of the contest or its pairs' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
}, { examples: [{ id: 'pilwalkot-6371-2024', name: 'Pemilihan Wali Kota dan Wakil Wali Kota Banjarmasin 2024', level: 'kota', region: { code: '63.71', name: 'Kota Banjarmasin' } }] });

const ContestDetail = Type.Intersect([Contest, Type.Object({ pairs: Type.Array(Pair) })]);

const Counts = Type.Object({ total: Type.Integer(), inserted: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() });
const ImportReport = Type.Object({
  contests: Counts,
  pairs: Type.Intersect([Counts, Type.Object({ deleted: Type.Integer() })]),
  outcomes: Type.Array(Type.Object({ id: Type.String(), outcome: Type.Union([Type.Literal('inserted'), Type.Literal('updated'), Type.Literal('unchanged')]) })),
});

const toContest = (c: ContestRow) => ({
  id: c.id,
  name: c.name,
  level: c.level,
  region: { code: c.region_code, name: c.region_name },
  electionYear: c.election_year,
  pairDeterminationDate: c.pair_determination_date,
  campaignStart: c.campaign_start,
  campaignEnd: c.campaign_end,
  quietStart: c.quiet_start,
  quietEnd: c.quiet_end,
  votingDay: c.voting_day,
  emptyBoxNumber: c.empty_box_number,
  pairCount: c.pair_count,
  source: c.source,
  revision: c.revision,
  createdAt: c.created_at.toISOString(),
  updatedAt: c.updated_at.toISOString(),
});

const toPair = (p: PairRow) => ({
  number: p.ballot_number,
  head: p.head,
  deputy: p.deputy,
  aliases: p.aliases,
  parties: p.parties,
  slogans: p.slogans,
  hashtags: p.hashtags,
  colors: p.colors,
  accounts: p.accounts.map((a) => ({ platform: a.platform, handle: a.handle })),
  incumbent: p.incumbent,
  independent: p.independent,
  kpuId: p.kpu_id,
});

const ContestId = Type.String({ pattern: CONTEST_ID_PATTERN });
const Words = Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { maxItems: 100 });

// Contest data is public (who stands where, with which number): every role reads all of it.
// Writes are for admins and supervisors, inside their region scope.
const WRITERS = ['admin', 'supervisor'] as const;

export async function contestsRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get('/v1/contests', {
    config: { roles: ROLES },
    schema: {
      tags: ['contests'],
      summary: 'List contests; with region, every contest that applies there (its own, those inside it and those containing it)',
      querystring: Type.Object({
        region: Type.Optional(RegionCode),
        level: Type.Optional(Type.Enum(CONTEST_LEVELS)),
        year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })),
        limit: Limit,
        cursor: Type.Optional(Cursor),
      }, { additionalProperties: false }),
      response: { 200: page(Contest), ...errorResponses(400) },
    },
  }, async (request) => {
    const { region, level, year, limit, cursor } = request.query;
    const after = decodeCursor(cursor, 1)?.[0];
    const rows = await listContestsPage(app.db, {
      limit: limit + 1,
      ...(region ? { region } : {}), ...(level ? { level } : {}), ...(year ? { year } : {}),
      ...(typeof after === 'string' ? { after } : {}),
    });
    const items = rows.slice(0, limit).map(toContest);
    return { items, nextCursor: rows.length > limit ? encodeCursor([items[items.length - 1]!.id]) : null };
  });

  app.get('/v1/contests/:id', {
    config: { roles: ROLES },
    schema: { tags: ['contests'], summary: 'One contest with its pairs', params: Type.Object({ id: ContestId }), response: { 200: ContestDetail, ...errorResponses(400, 404) } },
  }, async (request) => {
    const { contest, pairs } = await readContest(app.db, request.params.id);
    return { ...toContest(contest), pairs: pairs.map(toPair) };
  });

  app.post('/v1/contests', {
    config: { roles: WRITERS },
    schema: {
      tags: ['contests'],
      summary: 'Create or replace one contest in the contest JSON format (pairs not listed are removed)',
      body: ContestJson,
      response: { 200: ContestDetail, 201: ContestDetail, ...errorResponses(400) },
    },
  }, async (request, reply) => {
    const result = await importContestsJson(app.db, [request.body], {
      actor: auditActor(request), principal: principalOf(request), pathOf: () => '/body', source: 'api',
    });
    const { contest, pairs } = await readContest(app.db, request.body.id);
    return reply.status(result.contests.inserted > 0 ? 201 : 200).send({ ...toContest(contest), pairs: pairs.map(toPair) });
  });

  app.post('/v1/contests/import', {
    config: { roles: ['admin'] },
    schema: {
      tags: ['contests'],
      summary: 'Import contests in the contest JSON format (all or nothing; re-importing the same changes nothing)',
      body: ContestJsonArray,
      response: { 200: ImportReport, ...errorResponses(400, 413) },
    },
  }, async (request) => {
    const result = await importContestsJson(app.db, request.body, {
      actor: auditActor(request), principal: principalOf(request), pathOf: (i) => (i < 0 ? '/body' : `/body/${i}`), source: 'json',
    });
    return { contests: result.contests, pairs: result.pairs, outcomes: result.outcomes.map((o) => ({ id: o.id, outcome: o.outcome })) };
  });

  app.patch('/v1/contests/:id/pairs/:number', {
    config: { roles: WRITERS },
    schema: {
      tags: ['contests'],
      summary: "Edit a pair's lexicon (aliases, parties, slogans, hashtags, colours, official accounts, incumbent, independent)",
      params: Type.Object({ id: ContestId, number: Type.Integer({ minimum: 1, maximum: 20 }) }),
      body: Type.Object({
        aliases: Type.Optional(Words),
        parties: Type.Optional(Words),
        slogans: Type.Optional(Words),
        hashtags: Type.Optional(Words),
        colors: Type.Optional(Words),
        accounts: Type.Optional(Type.Array(AccountJson, { maxItems: 50 })),
        incumbent: Type.Optional(Type.Boolean()),
        independent: Type.Optional(Type.Boolean()),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: ContestDetail, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const { contest, pairs } = await patchPair(app.db, principalOf(request), auditActor(request), request.params.id, request.params.number, request.body);
    return { ...toContest(contest), pairs: pairs.map(toPair) };
  });
}
