import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app/deps.ts';
import { isSecureOrigin } from '../config/config.ts';
import { notAuthenticated } from '../modules/auth/auth.errors.ts';
import { resolveSession } from '../modules/auth/sessions.service.ts';

/** `__Host-` (Secure, no Domain, Path=/) whenever served over TLS; a plain name on http://localhost. */
export function sessionCookieName(deps: AppDeps): string {
  return isSecureOrigin(deps.config) ? '__Host-mend_session' : 'mend_session';
}

export function setSessionCookie(reply: FastifyReply, deps: AppDeps, token: string): void {
  reply.setCookie(sessionCookieName(deps), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureOrigin(deps.config),
    maxAge: deps.config.SESSION_ABSOLUTE_DAYS * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply, deps: AppDeps): void {
  reply.clearCookie(sessionCookieName(deps), { path: '/', httpOnly: true, sameSite: 'lax', secure: isSecureOrigin(deps.config) });
}

export interface Actor {
  userId: string;
  sessionId: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
  }
}

/**
 * The session is read from its cookie only (never a header or query string, SESS-9). Routes that
 * need a person call `requireActor`.
 */
export async function loadActor(request: FastifyRequest, deps: AppDeps): Promise<void> {
  const token = request.cookies[sessionCookieName(deps)];
  if (!token) return;
  const session = await resolveSession({ token, now: deps.clock() }, deps);
  if (session) request.actor = { userId: session.userId, sessionId: session.id };
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw notAuthenticated();
  return request.actor;
}
