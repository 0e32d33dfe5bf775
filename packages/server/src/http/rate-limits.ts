import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';

export interface RateLimitSettings {
  enabled: boolean;
}

const emailOf = (request: FastifyRequest) => {
  const body = request.body as { email?: unknown } | undefined;
  return typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
};

/**
 * Limits on everything that guesses secrets (security-baseline §6.2): per (IP, account) and per IP for
 * logins and recovery, per IP for sign-up and invitations. Limits slow guessing; they never lock an
 * account, so nobody can lock their partner out.
 */
export function authRateLimits(app: FastifyInstance, settings: RateLimitSettings) {
  const make = (max: number, minutes: number, key: (r: FastifyRequest) => string): preHandlerAsyncHookHandler => {
    if (!settings.enabled) return async () => {};
    return app.rateLimit({ max, timeWindow: minutes * 60_000, keyGenerator: key }) as unknown as preHandlerAsyncHookHandler;
  };
  return {
    login: [make(30, 15, (r) => `login-ip:${r.ip}`), make(5, 15, (r) => `login:${r.ip}:${emailOf(r)}`)],
    recovery: [make(30, 15, (r) => `recover-ip:${r.ip}`), make(5, 15, (r) => `recover:${r.ip}:${emailOf(r)}`)],
    salt: [make(60, 15, (r) => `salt:${r.ip}`)],
    signUp: [make(10, 60, (r) => `signup:${r.ip}`)],
    invite: [make(10, 60, (r) => `invite:${r.ip}`)],
    secretCheck: [make(10, 15, (r) => `secret-check:${r.ip}`)],
  };
}
export type AuthRateLimits = ReturnType<typeof authRateLimits>;
