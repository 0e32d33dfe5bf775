/**
 * An in-memory stand-in for the Mend server, following docs/api.md, for the web package's own tests
 * and local UI checks while the real server is being built. It validates every request body with the
 * core schemas, so a contract mismatch in the client fails loudly. Not used by the app.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import * as core from '@mend/core';
import type { z } from 'zod';

type Json = Record<string, unknown>;
interface User { id: string; email: string; displayName: string; salt: string; kdf: Json; authKey: string; recoveryAuthKey: string; keys: Json; recoveryConfirmed: boolean; createdAt: string }
interface Member { userId: string; role: string; sealedCoupleKey: string; joinedAt: string; leftAt: string | null }
interface Couple { id: string; status: 'active' | 'archived'; createdAt: string; archivedAt: string | null; members: Member[] }
interface Invite { id: string; coupleId: string; inviterId: string; proofHash: string; sealed: string; expiresAt: string; state: 'open' | 'used' | 'revoked' }
interface Rec { id: string; coupleId: string; kind: string; authorId: string; visibility: 'private' | 'partner'; metadata: Json; sealed: string | null; version: number; createdAt: string; updatedAt: string; deleted: boolean; seq: number; wasShared: boolean }

const fail = (status: number, code: string, message = code) => Response.json({ error: { code, message } }, { status });
const now = () => new Date().toISOString();

export function createFakeServer() {
  const users = new Map<string, User>();
  const sessions = new Map<string, { id: string; userId: string; createdAt: string }>();
  const couples = new Map<string, Couple>();
  const invites = new Map<string, Invite>();
  const records = new Map<string, Rec>();
  let seq = 0;

  const userById = (id: string) => [...users.values()].find((u) => u.id === id);
  const me = (u: User) => ({ user: { id: u.id, email: u.email, displayName: u.displayName, recoveryConfirmed: u.recoveryConfirmed, createdAt: u.createdAt }, keys: u.keys });
  const coupleDto = (c: Couple, viewer: string) => ({
    id: c.id, status: c.status, createdAt: c.createdAt, archivedAt: c.archivedAt,
    members: c.members.map((m) => { const u = userById(m.userId)!; return { userId: m.userId, displayName: u.displayName, role: m.role, identityPublicKey: u.keys.identityPublicKey, joinedAt: m.joinedAt, leftAt: m.leftAt }; }),
    mySealedCoupleKey: c.members.find((m) => m.userId === viewer)!.sealedCoupleKey,
    pendingInvite: [...invites.values()].filter((i) => i.coupleId === c.id && i.state === 'open').map((i) => ({ id: i.id, expiresAt: i.expiresAt }))[0] ?? null,
  });
  const recordDto = (r: Rec) => ({ id: r.id, kind: r.kind, authorId: r.authorId, visibility: r.visibility, metadata: r.metadata, sealed: r.deleted ? null : r.sealed, version: r.version, createdAt: r.createdAt, updatedAt: r.updatedAt, deleted: r.deleted });
  function newSession(userId: string): string {
    const id = crypto.randomUUID();
    sessions.set(id, { id, userId, createdAt: now() });
    return `mend_session=${id}; Path=/; HttpOnly; SameSite=Strict`;
  }
  const withCookie = (body: unknown, cookie: string, status = 200) => { const r = Response.json(body, { status }); r.headers.set('set-cookie', cookie); return r; };

  async function handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.replace(/^\/api\/v1/, '');
    const method = request.method;
    if (method !== 'GET') {
      if (!request.headers.get('content-type')?.includes('application/json')) return fail(415, 'http.unsupported_media_type');
      if (request.headers.get('x-requested-with') !== 'mend') return fail(403, 'http.csrf');
    }
    const body = method === 'GET' || method === 'DELETE' && !request.headers.get('content-length') ? {} : ((await request.json().catch(() => ({}))) as Json);
    const parse = <S extends z.ZodType>(schema: S): z.output<S> => schema.parse(body);
    const sid = /mend_session=([^;]+)/.exec(request.headers.get('cookie') ?? '')?.[1];
    const session = sid ? sessions.get(sid) : undefined;
    const actor = session ? userById(session.userId) : undefined;
    const seg = path.split('/').filter(Boolean);
    try {
      if (path === '/auth/salt') { const { email } = parse(core.saltRequestSchema); const u = users.get(email); return Response.json({ salt: u?.salt ?? core.toBase64Url(sha256(new TextEncoder().encode(email)).subarray(0, 16)), kdf: u?.kdf ?? { memoryKiB: 65536, iterations: 3, parallelism: 1 } }); }
      if (path === '/auth/signup') { const b = parse(core.signUpRequestSchema); if (users.has(b.email)) return fail(409, 'auth.email_taken', 'That email is already in use.'); const u: User = { id: b.userId, email: b.email, displayName: b.displayName, salt: b.salt, kdf: b.kdf, authKey: b.authKey, recoveryAuthKey: b.recoveryAuthKey, keys: b.keys, recoveryConfirmed: false, createdAt: now() }; users.set(u.email, u); return withCookie(me(u), newSession(u.id), 201); }
      if (path === '/auth/login') { const b = parse(core.loginRequestSchema); const u = users.get(b.email); if (!u || u.authKey !== b.authKey) return fail(401, 'auth.invalid_credentials', 'That email and password do not match. Please try again.'); return withCookie(me(u), newSession(u.id)); }
      if (path === '/auth/recover/start') { const b = parse(core.recoveryStartRequestSchema); const u = users.get(b.email); if (!u || u.recoveryAuthKey !== b.recoveryAuthKey) return fail(401, 'auth.recovery_failed', 'That recovery code does not match this account.'); return Response.json({ userId: u.id, keys: u.keys }); }
      if (path === '/auth/recover/complete') { const b = parse(core.recoveryCompleteRequestSchema); const u = users.get(b.email)!; Object.assign(u, { salt: b.salt, kdf: b.kdf, authKey: b.authKey, keys: { ...u.keys, wrappedAccountKey: b.wrappedAccountKey }, recoveryConfirmed: true }); for (const [k, s] of sessions) if (s.userId === u.id) sessions.delete(k); return withCookie(me(u), newSession(u.id)); }
      if (seg[0] === 'invites' && seg[2] === 'open') { const b = parse(core.openInviteRequestSchema); const i = invites.get(seg[1]!); if (!i || core.toBase64Url(sha256(core.fromBase64Url(b.proof))) !== i.proofHash) return fail(404, 'invites.not_found', 'This invitation does not exist.'); if (i.state !== 'open') return fail(410, `invites.${i.state}`, `This invitation was ${i.state}.`); const c = couples.get(i.coupleId)!; const inviter = c.members.find((m) => m.userId === i.inviterId)!; return Response.json({ inviteId: i.id, coupleId: c.id, inviterName: userById(i.inviterId)!.displayName, inviterRole: inviter.role, expiresAt: i.expiresAt, sealedCoupleKey: i.sealed }); }
      if (path === '/healthz') return Response.json({ status: 'ok' });
      if (!actor || !session) return fail(401, 'auth.unauthenticated', 'Please log in.');
      if (path === '/auth/me') return Response.json(me(actor));
      if (path === '/auth/logout') { sessions.delete(session.id); return new Response(null, { status: 204 }); }
      if (path === '/auth/recovery/confirm') { const b = parse(core.confirmRecoveryRequestSchema); if (b.recoveryAuthKey !== actor.recoveryAuthKey) return fail(400, 'auth.recovery_code_mismatch', 'That is not the recovery code for this account.'); actor.recoveryConfirmed = true; return new Response(null, { status: 204 }); }
      if (path === '/auth/password') { const b = parse(core.changePasswordRequestSchema); if (b.currentAuthKey !== actor.authKey) return fail(401, 'auth.invalid_credentials', 'Your current password is not right.'); Object.assign(actor, { salt: b.salt, kdf: b.kdf, authKey: b.authKey, keys: { ...actor.keys, wrappedAccountKey: b.wrappedAccountKey } }); return new Response(null, { status: 204 }); }
      if (path === '/auth/account/delete') { const b = parse(core.deleteAccountRequestSchema); if (b.authKey !== actor.authKey) return fail(401, 'auth.invalid_credentials', 'That password is not right.'); users.delete(actor.email); return new Response(null, { status: 204 }); }
      if (path === '/auth/sessions') return Response.json({ sessions: [...sessions.values()].filter((s) => s.userId === actor.id).map((s) => ({ id: s.id, createdAt: s.createdAt, lastSeenAt: s.createdAt, device: 'Chromium on Linux', current: s.id === session.id })) });
      if (path === '/auth/sessions/revoke-others') { for (const [k, s] of sessions) if (s.userId === actor.id && k !== session.id) sessions.delete(k); return new Response(null, { status: 204 }); }
      if (seg[0] === 'auth' && seg[1] === 'sessions' && method === 'DELETE') { sessions.delete(seg[2]!); return new Response(null, { status: 204 }); }
      if (!actor.recoveryConfirmed) return fail(403, 'auth.recovery_not_confirmed', 'Please confirm your recovery code first.');
      if (path === '/couples' && method === 'GET') return Response.json({ couples: [...couples.values()].filter((c) => c.members.some((m) => m.userId === actor.id)).reverse().map((c) => coupleDto(c, actor.id)) });
      if (path === '/couples') { const b = parse(core.createCoupleRequestSchema); const c: Couple = { id: b.coupleId, status: 'active', createdAt: now(), archivedAt: null, members: [{ userId: actor.id, role: b.role, sealedCoupleKey: b.sealedCoupleKey, joinedAt: now(), leftAt: null }] }; couples.set(c.id, c); return Response.json(coupleDto(c, actor.id), { status: 201 }); }
      if (seg[0] === 'invites' && seg[2] === 'accept') { const b = parse(core.acceptInviteRequestSchema); const i = invites.get(seg[1]!); if (!i) return fail(404, 'invites.not_found'); if (i.state !== 'open') return fail(410, `invites.${i.state}`); i.state = 'used'; const c = couples.get(i.coupleId)!; c.members.push({ userId: actor.id, role: b.role, sealedCoupleKey: b.sealedCoupleKey, joinedAt: now(), leftAt: null }); return Response.json(coupleDto(c, actor.id)); }
      const couple = seg[0] === 'couples' ? couples.get(seg[1]!) : undefined;
      if (!couple || !couple.members.some((m) => m.userId === actor.id)) return fail(404, 'couples.not_found', 'That space does not exist.');
      if (seg[2] === 'leave') { couple.status = 'archived'; couple.archivedAt = now(); couple.members.find((m) => m.userId === actor.id)!.leftAt = now(); return Response.json(coupleDto(couple, actor.id)); }
      if (seg[2] === 'invites' && method === 'POST') { const b = parse(core.createInviteRequestSchema); for (const i of invites.values()) if (i.coupleId === couple.id && i.state === 'open') i.state = 'revoked'; const i: Invite = { id: b.inviteId, coupleId: couple.id, inviterId: actor.id, proofHash: b.proofHash, sealed: b.sealedCoupleKey, expiresAt: new Date(Date.now() + core.INVITE_LIFETIME_MS).toISOString(), state: 'open' }; invites.set(i.id, i); return Response.json({ id: i.id, expiresAt: i.expiresAt }, { status: 201 }); }
      if (seg[2] === 'invites' && method === 'DELETE') { const i = invites.get(seg[3]!); if (!i) return fail(404, 'invites.not_found'); i.state = 'revoked'; return new Response(null, { status: 204 }); }
      if (seg[2] === 'records' && method === 'GET') return listRecords(couple, actor.id, url);
      if (seg[2] === 'records' && method === 'POST') { const b = parse(core.createRecordRequestSchema); if (couple.status !== 'active') return fail(409, 'couples.archived'); const day = (b.metadata as Json).localDay; if (b.kind === 'checkin' && [...records.values()].some((r) => r.authorId === actor.id && r.kind === 'checkin' && !r.deleted && r.metadata.localDay === day)) return fail(409, 'records.duplicate', 'There is already an entry for this. Edit that one instead.'); const r: Rec = { ...b, coupleId: couple.id, authorId: actor.id, version: 1, createdAt: now(), updatedAt: now(), deleted: false, seq: ++seq, wasShared: b.visibility === 'partner' }; records.set(r.id, r); return Response.json(recordDto(r), { status: 201 }); }
      if (seg[2] === 'records' && method === 'PUT') { const b = parse(core.updateRecordRequestSchema); const r = records.get(seg[3]!); if (!r || r.authorId !== actor.id) return fail(404, 'records.not_found'); if (r.version !== b.expectedVersion) return fail(409, 'records.version_conflict', 'This entry changed on another device. Reload it, then make your change again.'); Object.assign(r, { visibility: b.visibility, metadata: b.metadata, sealed: b.sealed, version: r.version + 1, updatedAt: now(), seq: ++seq, wasShared: r.wasShared || b.visibility === 'partner' }); return Response.json(recordDto(r)); }
      return fail(404, 'http.not_found');
    } catch (error) {
      return fail(400, 'http.invalid_request', error instanceof Error ? error.message.slice(0, 300) : 'invalid');
    }
  }

  function listRecords(couple: Couple, actorId: string, url: URL): Response {
    const mine = Number(url.searchParams.get('mine') ?? 0);
    const shared = Number(url.searchParams.get('shared') ?? 0);
    const all = [...records.values()].filter((r) => r.coupleId === couple.id).sort((a, b) => a.seq - b.seq);
    const own = all.filter((r) => r.authorId === actorId && r.seq > mine).slice(0, 2);
    const theirs = all.filter((r) => r.authorId !== actorId && r.wasShared && r.seq > shared).slice(0, 2);
    const hasMore = all.filter((r) => r.authorId === actorId && r.seq > mine).length > 2 || all.filter((r) => r.authorId !== actorId && r.wasShared && r.seq > shared).length > 2;
    return Response.json({
      records: [...own, ...theirs.filter((r) => r.visibility === 'partner')].map(recordDto),
      withdrawn: theirs.filter((r) => r.visibility !== 'partner').map((r) => r.id),
      cursor: { mine: own.at(-1)?.seq ?? mine, shared: theirs.at(-1)?.seq ?? shared },
      hasMore,
    });
  }

  return { handle, records, invites };
}

/** A fetch for one person: it keeps that person's session cookie, as a browser would. */
export function fetchFor(server: { handle: (r: Request) => Promise<Response> }, origin = 'http://mend.test') {
  let cookie = '';
  return async (input: string, init?: RequestInit): Promise<Response> => {
    const headers = new Headers(init?.headers);
    if (cookie) headers.set('cookie', cookie);
    const response = await server.handle(new Request(new URL(input, origin), { ...init, headers }));
    const set = response.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0] ?? '';
    return response;
  };
}
