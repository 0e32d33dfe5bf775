import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '@mend/core';
import { splitRecoverySecret } from '@mend/core/crypto/index';
import { buildTestApp, TestClient, type TestApp } from '../test/build-test-app.ts';
import { testDialects } from '../test/test-dialects.ts';
import { checkinContent, createInvite, rand, sealedRecordBody, seedCouple, signUpUser, startCouple, type TestCouple } from '../test/factories.ts';

/**
 * LOG-1/LOG-2 (security-baseline §6.5, §7.11): after a full flow the server's log holds no cookie, no
 * key, no sealed payload and no canary from anyone's words, and every line is one JSON object.
 * Display names are visible metadata, not secrets; the canaries live in sealed content.
 */
describe.each(testDialects())('log privacy (%s)', (dialect) => {
  let t: TestApp;
  let k: TestCouple;
  const secrets: string[] = [];
  const canaries: string[] = [];

  beforeAll(async () => {
    t = await buildTestApp({ dialect });
    k = await seedCouple(t.app, ['Ada', 'Bo']);
    const base = `/api/v1/couples/${k.coupleId}/records`;
    const canary = () => {
      const c = `CANARY-${crypto.randomUUID()}`;
      canaries.push(c);
      return c;
    };
    const shared = sealedRecordBody({ couple: k, author: k.a, visibility: 'partner', content: checkinContent(canary(), { smallTruths: [{ prompt: 'other', text: canary() }] }), now: t.clock.now() });
    const priv = sealedRecordBody({ couple: k, author: k.b, visibility: 'private', content: checkinContent(canary()), now: t.clock.now() });
    expect((await k.a.client.post(base, shared)).statusCode).toBe(201);
    expect((await k.b.client.post(base, priv)).statusCode).toBe(201);
    const update = sealedRecordBody({ couple: k, author: k.a, visibility: 'partner', content: checkinContent(canary()), id: shared.id, version: 2, now: t.clock.now() });
    expect((await k.a.client.put(`${base}/${shared.id}`, { expectedVersion: 1, visibility: 'partner', metadata: update.metadata, sealed: update.sealed })).statusCode).toBe(200);
    const reaction = sealedRecordBody({ couple: k, author: k.b, kind: 'reaction', visibility: 'partner', content: { reaction: 'hug', note: canary() }, metadata: { targetId: shared.id } });
    expect((await k.b.client.post(base, reaction)).statusCode).toBe(201);
    await k.b.client.get(base);
    await k.a.client.get(base);
    // Refused requests whose bodies carry secrets and canaries must not be logged either.
    const bad = canary();
    await k.a.client.post(base, { ...shared, id: crypto.randomUUID(), sealed: bad });
    await k.a.client.post(base, { ...shared, id: crypto.randomUUID(), note: bad });
    await k.a.client.put(`${base}/${shared.id}`, { expectedVersion: 1, visibility: 'partner', metadata: { localDay: bad, timeZone: bad }, sealed: update.sealed });
    await new TestClient(t.app).post('/api/v1/auth/login', { email: k.a.email, authKey: toBase64Url(rand(32)) });
    await new TestClient(t.app).post('/api/v1/auth/login', { email: `${bad.toLowerCase()}@example.test`, authKey: k.a.authKey });
    const { client: second } = await (async () => {
      const client = new TestClient(t.app);
      expect((await client.post('/api/v1/auth/login', { email: k.a.email, authKey: k.a.authKey })).statusCode).toBe(200);
      return { client };
    })();
    const solo = await signUpUser(t.app, { name: 'Cy' });
    const soloCouple = await startCouple(solo);
    const invite = await createInvite(solo, soloCouple);
    await new TestClient(t.app).post(`/api/v1/invites/${invite.inviteId}/open`, { proof: invite.proof });
    const newAuthKey = toBase64Url(rand(32));
    expect((await solo.client.post('/api/v1/auth/password', { currentAuthKey: solo.authKey, salt: toBase64Url(rand(16)), kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 }, authKey: newAuthKey, wrappedAccountKey: toBase64Url(rand(72)) })).statusCode).toBe(204);
    await t.app.inject({ method: 'GET', url: `/api/v1/auth/me?token=${encodeURIComponent(second.cookie!.split('=')[1]!)}`, headers: { authorization: `Bearer ${second.cookie!.split('=')[1]}` } });
    const secondCookie = second.cookie!;
    await second.post('/api/v1/auth/logout');
    for (const user of [k.a, k.b, solo]) {
      secrets.push(user.authKey, toBase64Url(splitRecoverySecret(user.recoverySecret).recoveryAuthKey));
    }
    for (const cookie of [k.a.client.cookie, k.b.client.cookie, solo.client.cookie, secondCookie]) {
      const token = cookie!.split('=')[1]!;
      secrets.push(token, token.split('.')[1]!);
    }
    secrets.push(newAuthKey, shared.sealed, priv.sealed, update.sealed, reaction.sealed, invite.proof, toBase64Url(invite.secret));
    expect(t.logs.length).toBeGreaterThan(20);
  });
  afterAll(() => t.close());

  it('every log line is one valid JSON object', () => {
    const lines = t.logs.join('').split('\n').filter((l) => l !== '');
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
    expect(lines.every((line) => typeof JSON.parse(line) === 'object')).toBe(true);
  });

  it('holds no cookie value, auth or recovery key, invite secret or sealed payload', () => {
    const all = t.logs.join('');
    for (const secret of secrets) expect(all.includes(secret), `log contains ${secret.slice(0, 12)}…`).toBe(false);
  });

  it('holds no canary from anyone\'s words (content, notes, refused bodies)', () => {
    const all = t.logs.join('');
    expect(all).not.toMatch(/CANARY-/i);
    expect(canaries.length).toBeGreaterThan(5);
  });

  it('holds no email address and no full client IP', () => {
    const all = t.logs.join('');
    for (const email of [k.a.email, k.b.email]) expect(all).not.toContain(email);
    expect(all).not.toContain('127.0.0.1');
  });

  it('still records the security events an operator needs, by id', () => {
    const events = t.logs.map((l) => JSON.parse(l) as { event?: string; userId?: string }).filter((l) => l.event);
    expect(events).toEqual(expect.arrayContaining([expect.objectContaining({ event: 'auth.login.succeeded', userId: k.a.id }), expect.objectContaining({ event: 'auth.password.changed' })]));
  });
});
