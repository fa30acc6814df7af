import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError, type FieldProblem } from '@netra/shared';

/** Ajv's instancePath is relative to the part checked; prefix it with body/query/params. */
function validationProblems(error: FastifyError): FieldProblem[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const missing = (v.params as { missingProperty?: string }).missingProperty;
    const extra = (v.params as { additionalProperty?: string }).additionalProperty;
    const base = `/${context}${v.instancePath}`;
    if (missing) return { path: `${base}/${missing}`, message: 'is required' };
    if (extra) return { path: `${base}/${extra}`, message: 'is not an allowed field' };
    return { path: base, message: v.message ?? 'is invalid' };
  });
}

/** The one place errors become HTTP responses: `{ statusCode, error, message, requestId }`. */
export const errorHandlerPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError, request, reply) => {
      const requestId = String(request.id);
      if (error.validation) {
        const details = validationProblems(error);
        return reply.status(400).send({
          statusCode: 400,
          error: 'VALIDATION_FAILED',
          message: details.map((d) => `${d.path} ${d.message}`).join('; '),
          requestId,
          details,
        });
      }
      if (error instanceof AppError) {
        if (error.statusCode >= 500) request.log.error({ err: error }, 'request failed');
        return reply.status(error.statusCode).send({
          statusCode: error.statusCode,
          error: error.code,
          message: error.message,
          requestId,
          ...(error.details ? { details: error.details } : {}),
        });
      }
      // Fastify's own client errors (bad JSON, payload too large, unsupported media type).
      const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
      if (status >= 400 && status < 500) {
        return reply.status(status).send({ statusCode: status, error: error.code ?? 'BAD_REQUEST', message: error.message, requestId });
      }
      request.log.error({ err: error }, 'unhandled error');
      return reply.status(500).send({ statusCode: 500, error: 'INTERNAL', message: 'Internal error', requestId });
    });

    app.setNotFoundHandler((request, reply) => {
      reply.status(404).send({ statusCode: 404, error: 'NOT_FOUND', message: `Route ${request.method} ${request.url} not found`, requestId: String(request.id) });
    });
  },
  { name: 'error-handler' },
);
