import type { AppDeps } from '../../app/deps.ts';
import { toDbTime } from '../../db/codecs.ts';
import { createSessionToken, hashSessionSecret, sameHash } from './auth.crypto.ts';
import { sessionNotFound } from './auth.errors.ts';
import type { Session } from './sessions.repository.ts';
import type { Repositories } from '../../db/repositories.ts';

/** At most this many sessions per person; logging in on an eleventh device ends the least recent one. */
export const MAX_SESSIONS_PER_USER = 10;
/** last_seen_at is written at most once a minute, not on every request. */
const TOUCH_INTERVAL_MS = 60_000;

export async function startSession({ repos, userId, device, now, config }: { repos: Repositories; userId: string; device: string; now: Date; config: AppDeps['config'] }): Promise<string> {
  const { id, secret, token } = createSessionToken();
  await repos.sessions.insert({
    id,
    userId,
    secretHash: hashSessionSecret(secret),
    device,
    createdAt: toDbTime(now),
    lastSeenAt: toDbTime(now),
    expiresAt: toDbTime(new Date(now.getTime() + config.SESSION_ABSOLUTE_DAYS * 86_400_000)),
  });
  await repos.sessions.deleteOldestBeyond(userId, MAX_SESSIONS_PER_USER);
  return token;
}

/**
 * Resolves a cookie token to a live session: the secret's hash must match, the absolute expiry must
 * not have passed, and the session must have been used within the idle window. Expired sessions are
 * deleted on sight.
 */
export async function resolveSession({ token, now }: { token: string; now: Date }, deps: AppDeps): Promise<Session | undefined> {
  const [id, secret, extra] = token.split('.');
  if (!id || !secret || extra !== undefined || !/^[0-9a-f-]{36}$/.test(id)) return undefined;
  const { sessions } = deps.store.repos;
  const session = await sessions.findById(id);
  if (!session || !sameHash(session.secretHash, hashSessionSecret(secret))) return undefined;
  const idleLimit = new Date(session.lastSeenAt).getTime() + deps.config.SESSION_IDLE_HOURS * 3_600_000;
  if (now.getTime() >= new Date(session.expiresAt).getTime() || now.getTime() >= idleLimit) {
    await sessions.delete({ id: session.id, userId: session.userId });
    return undefined;
  }
  if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) await sessions.touch(session.id, now);
  return session;
}

export async function listSessions({ userId, currentSessionId }: { userId: string; currentSessionId: string }, deps: AppDeps) {
  const sessions = await deps.store.repos.sessions.listForUser(userId);
  return sessions.map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.lastSeenAt, device: s.device, current: s.id === currentSessionId }));
}

export async function endSession({ userId, sessionId }: { userId: string; sessionId: string }, deps: AppDeps): Promise<void> {
  if ((await deps.store.repos.sessions.delete({ id: sessionId, userId })) === 0) throw sessionNotFound();
}

export async function endOtherSessions({ userId, currentSessionId }: { userId: string; currentSessionId: string }, deps: AppDeps): Promise<void> {
  await deps.store.repos.sessions.deleteAllForUser(userId, { except: currentSessionId });
}

/** A short, coarse description of the device for the sessions list: browser and platform only. */
export function describeDevice(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown device';
  const browser = /Firefox\//.test(userAgent) ? 'Firefox' : /Edg\//.test(userAgent) ? 'Edge' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'Browser';
  const platform = /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Mac OS X/.test(userAgent) ? 'macOS' : /Windows/.test(userAgent) ? 'Windows' : /Linux/.test(userAgent) ? 'Linux' : 'other';
  return `${browser} on ${platform}`;
}
