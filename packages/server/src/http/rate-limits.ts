import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
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
 * Limits on everything that guesses secrets (security-baseline §6.2): per (IP, account) and per IP for
 * logins and recovery, per IP for sign-up and invitations. Every limit is counted on its own (the
 * plugin's route handler would stop at the first), and a refusal says when to try again. Limits slow
 * guessing; they never disable an account.
 */
export function authRateLimits(app: FastifyInstance, settings: RateLimitSettings) {
  const make = (...limits: Limit[]): preHandlerAsyncHookHandler => {
    if (!settings.enabled) return async () => {};
    const checks = limits.map((limit) => app.createRateLimit({ max: limit.max, timeWindow: limit.minutes * 60_000, keyGenerator: limit.key }));
    return async (request: FastifyRequest, reply: FastifyReply) => {
      for (const check of checks) {
        const result = await check(request);
        // `isAllowed` means "on the allow list"; the limit itself is `isExceeded`.
        if (!result.isAllowed && result.isExceeded) {
          reply.header('retry-after', String(result.ttlInSeconds));
          throw new DomainError('request.rate_limited', { userMessage: `Too many attempts. Please wait ${Math.ceil(result.ttlInSeconds / 60)} minute(s) and try again.` });
        }
      }
    };
  };
  return {
    login: make({ max: 30, minutes: 15, key: (r) => `login-ip:${r.ip}` }, { max: 5, minutes: 15, key: (r) => `login:${r.ip}:${emailOf(r)}` }),
    recovery: make({ max: 30, minutes: 15, key: (r) => `recover-ip:${r.ip}` }, { max: 5, minutes: 15, key: (r) => `recover:${r.ip}:${emailOf(r)}` }),
    salt: make({ max: 60, minutes: 15, key: (r) => `salt:${r.ip}` }),
    signUp: make({ max: 10, minutes: 60, key: (r) => `signup:${r.ip}` }),
    invite: make({ max: 10, minutes: 60, key: (r) => `invite:${r.ip}` }),
    secretCheck: make({ max: 10, minutes: 15, key: (r) => `secret-check:${r.ip}` }),
  };
}
export type AuthRateLimits = ReturnType<typeof authRateLimits>;
