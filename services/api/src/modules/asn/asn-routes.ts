import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { EMPLOYMENT_TYPES, POSITION_CLASSES } from '@netra/shared';
import { Cursor, errorResponses, Limit, page, RegionCode, Uuid } from '../../http/common-schemas.js';
import { auditActor, principalOf } from '../../plugins/auth.js';
import { Account, toAccount } from '../accounts/accounts-routes.js';
import { AGENCY_CODE_PATTERN } from '../agencies/agencies-repo.js';
import type { AccountRow } from '../accounts/accounts-repo.js';
import type { AsnRow } from './asn-repo.js';
import { importAsn, type AsnImportFormat } from './asn-import.js';
import { createAsn, listAsnFor, readAsn, updateAsn } from './asn-service.js';

const Nip = Type.String({ maxLength: 40, description: '18 digits: birth date YYYYMMDD, appointment YYYYMM, sex 1/2, sequence', examples: ['198503122010011004'] });

const Asn = Type.Object({
  id: Uuid,
  nip: Type.String(),
  name: Type.String(),
  employmentType: Type.Enum(EMPLOYMENT_TYPES),
  positionClass: Type.Enum(POSITION_CLASSES),
  positionTitle: Type.Union([Type.String(), Type.Null()]),
  agency: Type.Object({ id: Uuid, code: Type.String(), name: Type.String() }),
  regionCode: Type.String({ description: 'Region of duty' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

const AsnDetail = Type.Intersect([Asn, Type.Object({ accounts: Type.Array(Account) })]);

const toAsn = (a: AsnRow) => ({
  id: a.id,
  nip: a.nip,
  name: a.name,
  employmentType: a.employment_type,
  positionClass: a.position_class,
  positionTitle: a.position_title,
  agency: { id: a.agency_id, code: a.agency_code, name: a.agency_name },
  regionCode: a.region_code,
  createdAt: a.created_at.toISOString(),
  updatedAt: a.updated_at.toISOString(),
});

const toAsnDetail = (a: AsnRow, accounts: AccountRow[]) => ({ ...toAsn(a), accounts: accounts.map(toAccount) });

const AsnFieldsSchema = {
  nip: Nip,
  name: Type.String({ minLength: 1, maxLength: 200 }),
  employmentType: Type.Enum(EMPLOYMENT_TYPES),
  positionClass: Type.Enum(POSITION_CLASSES),
  positionTitle: Type.Union([Type.String({ maxLength: 300 }), Type.Null()]),
  agencyId: Uuid,
  agencyCode: Type.String({ pattern: AGENCY_CODE_PATTERN }),
  regionCode: RegionCode,
};

const ImportReport = Type.Object({
  total: Type.Integer(),
  inserted: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Array(Type.Object({ row: Type.Integer({ description: 'Line in the file' }), field: Type.String(), reason: Type.String() })),
  rejectedRows: Type.Integer(),
  accounts: Type.Object({ inserted: Type.Integer(), updated: Type.Integer(), unchanged: Type.Integer() }),
});

const ImportJson = Type.Object({
  format: Type.Union([Type.Literal('csv'), Type.Literal('ndjson')]),
  text: Type.String({ minLength: 1 }),
}, { additionalProperties: false });

const CSV_TYPES = ['text/csv'];
const NDJSON_TYPES = ['application/x-ndjson', 'application/ndjson', 'application/jsonl'];

// ASN records are personal data (UU 27/2022): only people with a review or supervision task read
// them (not integrators), only inside their region scope, and every read is audited.
const READERS = ['admin', 'supervisor', 'reviewer', 'liaison'] as const;
const WRITERS = ['admin', 'supervisor'] as const;

export async function asnRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  // The import takes the file itself as the body; these parsers only apply inside this module.
  app.addContentTypeParser([...CSV_TYPES, ...NDJSON_TYPES], { parseAs: 'string' }, (_request, body, done) => done(null, body));

  app.post('/v1/asn', {
    config: { roles: WRITERS },
    schema: {
      tags: ['asn'],
      summary: 'Register an ASN (region of duty inside my scope); the agency by id or code',
      body: Type.Object({
        nip: AsnFieldsSchema.nip,
        name: AsnFieldsSchema.name,
        employmentType: Type.Optional(AsnFieldsSchema.employmentType),
        positionClass: AsnFieldsSchema.positionClass,
        positionTitle: Type.Optional(AsnFieldsSchema.positionTitle),
        agencyId: Type.Optional(AsnFieldsSchema.agencyId),
        agencyCode: Type.Optional(AsnFieldsSchema.agencyCode),
        regionCode: AsnFieldsSchema.regionCode,
      }, { additionalProperties: false }),
      response: { 201: Asn, ...errorResponses(400, 409) },
    },
  }, async (request, reply) => {
    const asn = await createAsn(app.db, principalOf(request), auditActor(request), request.body);
    return reply.status(201).send(toAsn(asn));
  });

  app.get('/v1/asn', {
    config: { roles: READERS },
    schema: {
      tags: ['asn'],
      summary: 'ASN in my scope (region and everything inside it), by name; the read is audited',
      querystring: Type.Object({
        region: Type.Optional(RegionCode),
        agency: Type.Optional(Type.String({ minLength: 1, maxLength: 64, description: 'Agency id or code' })),
        positionClass: Type.Optional(Type.Enum(POSITION_CLASSES)),
        q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Part of the name' })),
        limit: Limit,
        cursor: Type.Optional(Cursor),
      }, { additionalProperties: false }),
      response: { 200: page(Asn), ...errorResponses(400) },
    },
  }, async (request) => {
    const result = await listAsnFor(app.db, principalOf(request), auditActor(request), request.query);
    return { items: result.items.map(toAsn), nextCursor: result.nextCursor };
  });

  app.get('/v1/asn/:id', {
    config: { roles: READERS },
    schema: {
      tags: ['asn'],
      summary: 'One ASN with its social accounts; the read is audited',
      params: Type.Object({ id: Uuid }),
      response: { 200: AsnDetail, ...errorResponses(400, 404) },
    },
  }, async (request) => {
    const { asn, accounts } = await readAsn(app.db, principalOf(request), auditActor(request), request.params.id);
    return toAsnDetail(asn, accounts);
  });

  app.patch('/v1/asn/:id', {
    config: { roles: WRITERS },
    schema: {
      tags: ['asn'],
      summary: 'Correct an ASN record (fields given are changed)',
      params: Type.Object({ id: Uuid }),
      body: Type.Object({
        nip: Type.Optional(AsnFieldsSchema.nip),
        name: Type.Optional(AsnFieldsSchema.name),
        employmentType: Type.Optional(AsnFieldsSchema.employmentType),
        positionClass: Type.Optional(AsnFieldsSchema.positionClass),
        positionTitle: Type.Optional(AsnFieldsSchema.positionTitle),
        agencyId: Type.Optional(AsnFieldsSchema.agencyId),
        agencyCode: Type.Optional(AsnFieldsSchema.agencyCode),
        regionCode: Type.Optional(AsnFieldsSchema.regionCode),
      }, { additionalProperties: false, minProperties: 1 }),
      response: { 200: Asn, ...errorResponses(400, 404, 409) },
    },
  }, async (request) => toAsn(await updateAsn(app.db, principalOf(request), auditActor(request), request.params.id, request.body)));

  app.post('/v1/asn/import', {
    config: { roles: WRITERS },
    schema: {
      tags: ['asn'],
      summary: 'Bulk import ASN (and accounts) from CSV or NDJSON; returns a row-level report',
      description:
        'Send the file as the body (text/csv, or application/x-ndjson) or as JSON {format, text}. CSV columns: ' +
        'nip,name,employment_type,position_class,position_title,agency_code,agency_name,region_code and optionally ' +
        'platform,handle,platform_user_id,link_method,link_confidence. Rows are keyed by NIP; importing the same file again changes nothing.',
      body: {
        content: {
          'application/json': { schema: ImportJson },
          'text/csv': { schema: Type.String() },
          'application/x-ndjson': { schema: Type.String() },
          'application/ndjson': { schema: Type.String() },
          'application/jsonl': { schema: Type.String() },
        },
      },
      response: { 200: ImportReport, ...errorResponses(400, 413) },
    },
  }, async (request) => {
    const principal = principalOf(request);
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    let format: AsnImportFormat;
    let text: string;
    if (typeof request.body === 'string') {
      format = CSV_TYPES.includes(contentType) ? 'csv' : 'ndjson';
      text = request.body;
    } else {
      ({ format, text } = request.body as { format: AsnImportFormat; text: string });
    }
    return importAsn(app.db, { format, text, actor: auditActor(request), scope: principal.regionCode });
  });
}
