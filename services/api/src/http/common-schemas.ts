import Type from 'typebox';

// Schemas every route reuses: the one error shape, and cursor pagination.

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    error: Type.String({ description: 'Machine-readable code, e.g. VALIDATION_FAILED' }),
    message: Type.String(),
    requestId: Type.String(),
    details: Type.Optional(Type.Array(Type.Object({ path: Type.String(), message: Type.String() }))),
  },
  { $id: 'ErrorResponse', description: 'Every error has this shape' },
);

export const errorRef = Type.Ref('ErrorResponse');

/** The error responses a protected route can give; merge with the route's success responses. */
export function errorResponses(...codes: (400 | 401 | 403 | 404 | 409 | 413 | 429 | 503)[]): Record<number, typeof errorRef> {
  const out: Record<number, typeof errorRef> = { 401: errorRef, 403: errorRef };
  for (const code of codes) out[code] = errorRef;
  return out;
}

export const RegionCode = Type.String({ pattern: '^[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{2}(\\.[0-9]{4})?)?)?$', examples: ['63.71'] });
export const Uuid = Type.String({ format: 'uuid' });
export const Cursor = Type.String({ maxLength: 200, description: 'Opaque cursor from the previous page' });
export const Limit = Type.Integer({ minimum: 1, maximum: 500, default: 50 });

export function page<T extends Type.TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

export function encodeCursor(values: unknown[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string | undefined, arity: number): unknown[] | null {
  if (!cursor) return null;
  try {
    const values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(values) && values.length === arity) return values;
  } catch {
    // fall through
  }
  return null;
}
