import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { DomainError } from '@mend/core';

export interface RateLimitSettings {
  enabled: boolean;
}

const emailOf = (request: FastifyRequest) => {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

interface Limit {
  max: number;
  minutes: number;
  key: (r: FastifyRequest) => string;
}

/**
 * Limits on everything that guesses secrets (security-baseline §6.2): per (IP, account) for logins and
 * recovery, per IP for sign-up and invitations. A refusal says when to try again. Limits slow
 * guessing; they never disable an account.
 *
 * Known gap: the baseline also wants 30 logins per 15 min per IP (against spraying many accounts).
 * @fastify/rate-limit 11 runs only the first of several limiters on one route (they share a
 * per-request flag), and its createRateLimit() refused every call in a probe here, so that second
 * limit is not enforced yet.
 */
export function authRateLimits(app: FastifyInstance, settings: RateLimitSettings) {
  const make = (limit: Limit): preHandlerAsyncHookHandler => {
    if (!settings.enabled) return async () => {};
    return app.rateLimit({
      max: limit.max,
      timeWindow: limit.minutes * 60_000,
      keyGenerator: limit.key,
      errorResponseBuilder: (_request, context) =>
        new DomainError('request.rate_limited', { userMessage: `Too many attempts. Please wait ${Math.ceil(context.ttl / 60_000)} minute(s) and try again.` }),
    }) as unknown as preHandlerAsyncHookHandler;
  };
  return {
    login: make({ max: 5, minutes: 15, key: (r) => `login:${r.ip}:${emailOf(r)}` }),
    recovery: make({ max: 5, minutes: 15, key: (r) => `recover:${r.ip}:${emailOf(r)}` }),
    salt: make({ max: 60, minutes: 15, key: (r) => `salt:${r.ip}` }),
    signUp: make({ max: 10, minutes: 60, key: (r) => `signup:${r.ip}` }),
    invite: make({ max: 10, minutes: 60, key: (r) => `invite:${r.ip}` }),
    secretCheck: make({ max: 10, minutes: 15, key: (r) => `secret-check:${r.ip}` }),
  };
}
export type AuthRateLimits = ReturnType<typeof authRateLimits>;
