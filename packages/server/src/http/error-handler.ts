import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isDomainError } from '@mend/core';

/**
 * The one table from error code to HTTP status. Codes not listed are 400 (a rule the request broke);
 * anything that is not a DomainError is a 500 with a generic body and its details only in the log.
 */
const STATUS_BY_CODE: Record<string, number> = {
  'auth.not_authenticated': 401,
  'auth.invalid_credentials': 401,
  'auth.invalid_recovery': 401,
  'auth.recovery_not_confirmed': 403,
  'auth.email_taken': 409,
  'auth.user_id_taken': 409,
  'auth.session_not_found': 404,
  'couples.not_found': 404,
  'couples.archived': 409,
  'couples.already_in_couple': 409,
  'couples.id_taken': 409,
  'invites.not_found': 404,
  'invites.used': 410,
  'invites.revoked': 410,
  'invites.expired': 410,
  'invites.already_pending': 409,
  'invites.couple_full': 409,
  'invites.own_invite': 409,
  'invites.id_taken': 409,
  'records.not_found': 404,
  'records.version_conflict': 409,
  'records.not_author': 403,
  'records.ciphertext_reused': 409,
  'records.duplicate': 409,
  'records.id_taken': 409,
  'checkins.not_today': 409,
  'promises.never_deleted': 409,
  'notifications.not_found': 404,
  'promises.change_by_renegotiating': 409,
  'promises.only_partner': 403,
  'promises.only_promiser': 403,
  'promises.not_allowed_now': 409,
  'promises.renegotiate_after_due': 409,
  'promises.no_such_occurrence': 409,
  'promises.history_is_permanent': 409,
  'csrf.rejected': 403,
  'request.unsupported_media_type': 415,
  'request.rate_limited': 429,
};

export function statusForCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 400;
}

const body = (code: string, message: string) => ({ error: { code, message } });

/** Fastify's own client errors, rewritten in the same shape with words a person can act on. */
const FASTIFY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'request.unsupported_media_type', message: 'Send JSON (Content-Type: application/json).' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'request.too_large', message: 'That is too large to save. Shorten it and try again.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'request.invalid_json', message: 'The request body is empty; send a JSON object.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'request.invalid', message: 'The request is malformed.' },
};

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDomainError(error)) {
      return reply.status(statusForCode(error.code)).send(body(error.code, error.userMessage));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Field paths only, never the values (they may be secrets or someone's words).
      const fields = [...new Set(error.validation.map((issue) => issue.instancePath.replace(/^\//, '').replace(/\//g, '.') || error.validationContext || 'request'))];
      return reply.status(400).send(body('request.invalid', `Some fields are not valid: ${fields.join(', ')}.`));
    }
    const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
    if (known) return reply.status(known.status).send(body(known.code, known.message));
    if (error instanceof SyntaxError || error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/.test(error.message) && (error.statusCode ?? 500) < 500) {
      return reply.status(400).send(body('request.invalid_json', 'The request body is not valid JSON.'));
    }
    if (error.statusCode === 429) return reply.status(429).send(body('request.rate_limited', 'Too many attempts. Please wait a little and try again.'));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.status(error.statusCode).send(body('request.invalid', 'The request could not be accepted.'));
    }
    request.log.error({ err: { type: error.name, code: error.code, message: error.message, stack: error.stack } }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong on the server. Your words were not lost on your device; please try again.'));
  });
}

/** JSON 404 for the API; with the web app served, any other GET gets index.html (client-side routes). */
export function registerNotFoundHandler(app: FastifyInstance, { spa }: { spa: boolean }): void {
  app.setNotFoundHandler((request, reply) => {
    if (spa && request.method === 'GET' && !request.url.startsWith('/api/') && !request.url.startsWith('/assets/')) {
      reply.header('cache-control', 'no-cache');
      return reply.sendFile('index.html');
    }
    return reply.status(404).send(body('not_found', 'There is nothing here.'));
  });
}

/** Errors Fastify raises before routing (an over-long parameter, a malformed URL), in the API's shape. */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const status = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 414 : 400;
  reply.status(status).send(body('request.invalid', 'The address is not valid.'));
}
