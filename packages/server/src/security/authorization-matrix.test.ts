import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '@mend/core';
import { splitRecoverySecret } from '@mend/core/crypto/index';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, TestClient, type TestApp } from '../test/build-test-app.ts';
import { testDialects } from '../test/test-dialects.ts';
import { checkinContent, createInvite, rand, sealedRecordBody, seedCouple, signUpBody, signUpUser, startCouple, type TestCouple, type TestUser } from '../test/factories.ts';

/**
 * AZ-1/3/4/7/10 (security-baseline §7.1): every /api route × {anonymous, outsider, partner, member}.
 * "member" is the author A of couple K = {A, B}; "partner" is B; "outsider" is X, alone in couple KX.
 */
type Actor = 'anonymous' | 'outsider' | 'partner' | 'member';
const ACTORS: Actor[] = ['anonymous', 'outsider', 'partner', 'member'];
type Res = { statusCode: number; body: string };



const recoveryKeyOf = (user: TestUser) => toBase64Url(splitRecoverySecret(user.recoverySecret).recoveryAuthKey);

describe.each(testDialects())('authorization matrix (%s)', (dialect) => {
  let t: TestApp;
  let k: TestCouple;
  let x: TestUser;
  let kx: { coupleId: string; coupleKey: Uint8Array };
  let xInvite: Awaited<ReturnType<typeof createInvite>>;
  let port: number;
  /** A's live check-in for today (one per person per day): deleted before A writes the next one */
  let aLive: { id: string; version: number } | undefined;
  let lastNotificationId = '';

  const userOf = (actor: Actor): TestUser | undefined => ({ anonymous: undefined, outsider: x, partner: k.b, member: k.a })[actor];
  /** a fresh client holding the actor's cookie, so a Set-Cookie in the answer never changes the shared one */
  const as = (actor: Actor) => {
    const client = new TestClient(t.app);
    client.cookie = userOf(actor)?.client.cookie;
    return client;
  };
  const records = (coupleId = k.coupleId) => `/api/v1/couples/${coupleId}/records`;
  const recordRow = (id: string) => t.deps.store.repos.records.find({ coupleId: k.coupleId, recordId: id });

  async function freshRecordOfA(visibility: 'private' | 'partner') {
    if (aLive) {
      const gone = await k.a.client.delete(`${records()}/${aLive.id}?expectedVersion=${aLive.version}`);
      expect(gone.statusCode).toBe(200);
    }
    const body = sealedRecordBody({ couple: k, author: k.a, visibility, content: checkinContent(`matrix ${visibility}`), now: t.clock.now() });
    const created = await k.a.client.post(records(), body);
    expect(created.statusCode).toBe(201);
    aLive = { id: body.id, version: 1 };
    return body;
  }

  function updateBody(author: TestUser, id: string, visibility: 'private' | 'partner', version = 2) {
    const next = sealedRecordBody({ couple: k, author, visibility, content: checkinContent('rewritten'), id, version, now: t.clock.now() });
    return { expectedVersion: version - 1, visibility, metadata: next.metadata, sealed: next.sealed };
  }

  /** Server-Sent Events never end, so they are opened on a real socket and closed after the head. */
  function openEvents(actor: Actor, coupleId: string): Promise<Res & { contentType: string | undefined }> {
    return new Promise((resolve, reject) => {
      const cookie = userOf(actor)?.client.cookie;
      const req = httpRequest({ host: '127.0.0.1', port, path: `/api/v1/couples/${coupleId}/events`, headers: cookie ? { cookie } : {} }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
          if (res.statusCode === 200) {
            req.destroy();
            resolve({ statusCode: 200, body, contentType: res.headers['content-type'] });
          }
        });
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, body, contentType: res.headers['content-type'] }));
      });
      req.on('error', (error) => (req.destroyed ? undefined : reject(error)));
      req.end();
    });
  }

  interface Row {
    route: string;
    variant?: string;
    expect: Record<Actor, number>;
    call(actor: Actor): Promise<Res>;
    /** what must hold after a refused call (the database row is unchanged, nothing was created) */
    afterRefusal?(actor: Actor, response: Res): Promise<void>;
  }

  const all = (anonymous: number, signedIn: number) => ({ anonymous, outsider: signedIn, partner: signedIn, member: signedIn });

  const rows: Row[] = [
    { route: 'POST /api/v1/auth/salt', expect: all(200, 200), call: (a) => as(a).post('/api/v1/auth/salt', { email: k.a.email }) },
    { route: 'POST /api/v1/auth/signup', expect: all(201, 201), call: (a) => as(a).post('/api/v1/auth/signup', signUpBody()) },
    { route: 'POST /api/v1/auth/login', expect: all(200, 200), call: (a) => as(a).post('/api/v1/auth/login', { email: k.b.email, authKey: k.b.authKey }) },
    {
      route: 'POST /api/v1/auth/logout',
      expect: all(204, 204),
      // Logging out a second session of the same person, so the matrix's own sessions live on.
      call: async (a) => {
        const user = userOf(a);
        const client = new TestClient(t.app);
        if (user) expect((await client.post('/api/v1/auth/login', { email: user.email, authKey: user.authKey })).statusCode).toBe(200);
        return client.post('/api/v1/auth/logout');
      },
    },
    { route: 'GET /api/v1/auth/me', expect: all(401, 200), call: (a) => as(a).get('/api/v1/auth/me') },
    {
      route: 'POST /api/v1/auth/recovery/confirm',
      expect: all(401, 204),
      call: (a) => as(a).post('/api/v1/auth/recovery/confirm', { recoveryAuthKey: recoveryKeyOf(userOf(a) ?? k.a) }),
    },
    {
      route: 'POST /api/v1/auth/password',
      expect: all(401, 204),
      // Ends every other session, so it runs on a throw-away account (the route only ever touches the caller's own).
      call: async (a) => {
        const user = a === 'anonymous' ? k.a : await signUpUser(t.app, { name: 'Pat' });
        const client = a === 'anonymous' ? new TestClient(t.app) : user.client;
        return client.post('/api/v1/auth/password', {
          currentAuthKey: user.authKey,
          salt: toBase64Url(rand(16)),
          kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 },
          authKey: toBase64Url(rand(32)),
          wrappedAccountKey: toBase64Url(rand(72)),
        });
      },
    },
    { route: 'POST /api/v1/auth/recover/start', expect: all(200, 200), call: (a) => as(a).post('/api/v1/auth/recover/start', { email: k.b.email, recoveryAuthKey: recoveryKeyOf(k.b) }) },
    {
      route: 'POST /api/v1/auth/recover/complete',
      expect: all(200, 200),
      call: async (a) => {
        const victim = await signUpUser(t.app, { name: 'Lee' });
        return as(a).post('/api/v1/auth/recover/complete', {
          email: victim.email,
          recoveryAuthKey: recoveryKeyOf(victim),
          salt: toBase64Url(rand(16)),
          kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 },
          authKey: toBase64Url(rand(32)),
          wrappedAccountKey: toBase64Url(rand(72)),
        });
      },
    },
    {
      route: 'POST /api/v1/auth/account/delete',
      variant: 'own account (throw-away user) / anonymous with a real key',
      expect: all(401, 204),
      call: async (a) => {
        if (a === 'anonymous') return as(a).post('/api/v1/auth/account/delete', { authKey: k.a.authKey });
        const own = await signUpUser(t.app, { name: 'Kim' });
        return own.client.post('/api/v1/auth/account/delete', { authKey: own.authKey });
      },
      afterRefusal: async () => {
        expect(await t.deps.store.repos.users.findById(k.a.id)).toBeDefined();
      },
    },
    { route: 'GET /api/v1/auth/sessions', expect: all(401, 200), call: (a) => as(a).get('/api/v1/auth/sessions') },
    {
      route: 'DELETE /api/v1/auth/sessions/:sessionId',
      variant: "one of A's sessions",
      expect: { anonymous: 401, outsider: 404, partner: 404, member: 204 },
      call: async (a) => {
        const second = new TestClient(t.app);
        expect((await second.post('/api/v1/auth/login', { email: k.a.email, authKey: k.a.authKey })).statusCode).toBe(200);
        const sessionId = (await second.get('/api/v1/auth/sessions')).json().sessions.find((s: { current: boolean }) => s.current).id as string;
        const response = await as(a).delete(`/api/v1/auth/sessions/${sessionId}`);
        const stillWorks = (await second.get('/api/v1/auth/me')).statusCode;
        expect(stillWorks).toBe(a === 'member' ? 401 : 200);
        return response;
      },
    },
    { route: 'POST /api/v1/auth/sessions/revoke-others', expect: all(401, 204), call: (a) => as(a).post('/api/v1/auth/sessions/revoke-others') },
    { route: 'GET /api/v1/notifications', expect: all(401, 200), call: (a) => as(a).get('/api/v1/notifications') },
    {
      // A's own notification: only A may mark it read; for anyone else it does not exist.
      route: 'POST /api/v1/notifications/:notificationId/read',
      expect: { anonymous: 401, outsider: 404, partner: 404, member: 204 },
      call: async (a) => {
        lastNotificationId = crypto.randomUUID();
        await t.deps.store.repos.notifications.insert({
          id: lastNotificationId,
          userId: k.a.id,
          coupleId: k.coupleId,
          kind: 'promise_due_soon',
          subjectId: crypto.randomUUID(),
          occurrence: 'once',
          dedupeKey: `matrix:${lastNotificationId}`,
          now: t.clock.now(),
        });
        return as(a).post(`/api/v1/notifications/${lastNotificationId}/read`);
      },
      afterRefusal: async () => {
        const mine = await t.deps.store.repos.notifications.listForUser({ userId: k.a.id, limit: 100 });
        expect(mine.find((n) => n.id === lastNotificationId)?.readAt).toBeNull();
      },
    },
    {
      route: 'GET /api/v1/couples',
      expect: all(401, 200),
      call: async (a) => {
        const response = await as(a).get('/api/v1/couples');
        if (response.statusCode === 200) {
          const ids = (response.json().couples as Array<{ id: string }>).map((c) => c.id);
          expect(ids.includes(k.coupleId)).toBe(a !== 'outsider');
        }
        return response;
      },
    },
    {
      route: 'POST /api/v1/couples',
      variant: 'everyone here already has an active couple',
      expect: all(401, 409),
      call: (a) => as(a).post('/api/v1/couples', { coupleId: crypto.randomUUID(), role: 'both', sealedCoupleKey: toBase64Url(rand(104)) }),
    },
    {
      route: 'POST /api/v1/couples/:coupleId/leave',
      expect: { anonymous: 401, outsider: 404, partner: 200, member: 200 },
      call: async (a) => {
        if (a === 'anonymous' || a === 'outsider') return as(a).post(`/api/v1/couples/${k.coupleId}/leave`);
        const other = await seedCouple(t.app, ['Ari', 'Noa']);
        return (a === 'member' ? other.a : other.b).client.post(`/api/v1/couples/${other.coupleId}/leave`);
      },
      afterRefusal: async () => {
        expect((await t.deps.store.repos.couples.findCouple(k.coupleId))?.status).toBe('active');
      },
    },
    {
      route: 'POST /api/v1/couples/:coupleId/invites',
      variant: 'K is full',
      expect: { anonymous: 401, outsider: 404, partner: 409, member: 409 },
      call: async (a) => (userOf(a) ? (await createInvite(userOf(a)!, k)).response : as(a).post(`/api/v1/couples/${k.coupleId}/invites`, {})),
    },
    {
      route: 'DELETE /api/v1/couples/:coupleId/invites/:inviteId',
      variant: "X's pending invitation, through K or KX",
      expect: { anonymous: 401, outsider: 404, partner: 404, member: 404 },
      call: (a) => as(a).delete(`/api/v1/couples/${k.coupleId}/invites/${xInvite.inviteId}`),
      afterRefusal: async () => {
        const pending = (await x.client.get('/api/v1/couples')).json().couples[0].pendingInvite;
        expect(pending?.id).toBe(xInvite.inviteId);
      },
    },
    { route: 'POST /api/v1/invites/:inviteId/open', expect: all(200, 200), call: (a) => as(a).post(`/api/v1/invites/${xInvite.inviteId}/open`, { proof: xInvite.proof }) },
    {
      route: 'POST /api/v1/invites/:inviteId/accept',
      variant: "X's invitation, by people already in a couple",
      expect: { anonymous: 401, outsider: 409, partner: 409, member: 409 },
      call: (a) => as(a).post(`/api/v1/invites/${xInvite.inviteId}/accept`, { proof: xInvite.proof, role: 'hurt', sealedCoupleKey: toBase64Url(rand(104)) }),
    },
    {
      route: 'GET /api/v1/couples/:coupleId/records',
      expect: { anonymous: 401, outsider: 404, partner: 200, member: 200 },
      call: (a) => as(a).get(records()),
    },
    {
      route: 'POST /api/v1/couples/:coupleId/records',
      expect: { anonymous: 401, outsider: 404, partner: 201, member: 201 },
      call: async (a) => {
        if (a === 'member' && aLive) {
          await k.a.client.delete(`${records()}/${aLive.id}?expectedVersion=${aLive.version}`);
          aLive = undefined;
        }
        const author = userOf(a) ?? k.a;
        const body = sealedRecordBody({ couple: a === 'outsider' ? { coupleId: k.coupleId, coupleKey: rand(32) } : k, author, visibility: 'partner', content: checkinContent('new'), now: t.clock.now() });
        const response = await as(a).post(records(), body);
        if (a === 'member') aLive = { id: body.id, version: 1 };
        if (response.statusCode !== 201) expect(await recordRow(body.id)).toBeUndefined();
        return response;
      },
    },
    ...(['partner', 'private'] as const).flatMap((visibility): Row[] => {
      const notYours = visibility === 'partner' ? 403 : 404;
      let before: unknown;
      return [
        {
          route: 'PUT /api/v1/couples/:coupleId/records/:recordId',
          variant: `A's ${visibility} check-in`,
          expect: { anonymous: 401, outsider: 404, partner: notYours, member: 200 },
          call: async (a) => {
            const record = await freshRecordOfA(visibility);
            before = await recordRow(record.id);
            const response = await as(a).put(`${records()}/${record.id}`, updateBody(userOf(a) ?? k.a, record.id, visibility));
            if (response.statusCode === 200) aLive = { id: record.id, version: 2 };
            return response;
          },
          afterRefusal: async () => expect(await recordRow(aLive!.id)).toEqual(before),
        },
        {
          route: 'DELETE /api/v1/couples/:coupleId/records/:recordId',
          variant: `A's ${visibility} check-in`,
          expect: { anonymous: 401, outsider: 404, partner: notYours, member: 200 },
          call: async (a) => {
            const record = await freshRecordOfA(visibility);
            before = await recordRow(record.id);
            const response = await as(a).delete(`${records()}/${record.id}?expectedVersion=1`);
            if (response.statusCode === 200) aLive = undefined;
            return response;
          },
          afterRefusal: async () => expect(await recordRow(aLive!.id)).toEqual(before),
        },
      ];
    }),
    {
      route: 'GET /api/v1/couples/:coupleId/events',
      expect: { anonymous: 401, outsider: 404, partner: 200, member: 200 },
      call: async (a) => {
        const response = await openEvents(a, k.coupleId);
        if (response.statusCode === 200) {
          expect(response.contentType).toMatch(/^text\/event-stream/);
          expect(response.body).toContain('event: sync');
        }
        return response;
      },
    },
    { route: 'GET /api/docs', variant: 'the OpenAPI document is public', expect: all(200, 200), call: (a) => as(a).get('/api/docs') },
  ];

  beforeAll(async () => {
    t = await buildTestApp({ dialect });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
    k = await seedCouple(t.app);
    x = await signUpUser(t.app, { name: 'Xan' });
    kx = await startCouple(x);
    xInvite = await createInvite(x, kx);
    expect(xInvite.response.statusCode).toBe(201);
  });
  afterAll(() => t.close());

  it('has a row for every registered /api route (new routes must be classified here)', () => {
    const registered = t.routes.filter((r) => r.split(' ')[1]!.startsWith('/api/'));
    expect(registered.length).toBeGreaterThanOrEqual(24);
    const covered = new Set(rows.map((r) => r.route));
    expect(registered.filter((r) => !covered.has(r))).toEqual([]);
    expect([...covered].filter((r) => !registered.includes(r))).toEqual([]);
  });

  it.each(rows.flatMap((row) => ACTORS.map((actor) => [`${row.route}${row.variant ? ` [${row.variant}]` : ''}`, actor, row] as const)))(
    '%s as %s',
    async (_name, actor, row) => {
      const response = await row.call(actor);
      expect({ status: response.statusCode, body: response.statusCode >= 400 ? JSON.parse(response.body) : undefined }).toMatchObject({ status: row.expect[actor] });
      if (response.statusCode >= 400) expect(JSON.parse(response.body)).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
      if (actor === 'anonymous' && row.expect.anonymous === 401) expect(JSON.parse(response.body).error.code).toBe('auth.not_authenticated');
      if (response.statusCode >= 400 && row.afterRefusal) await row.afterRefusal(actor, response);
    },
  );

  describe('existence oracle: a hidden thing answers exactly like a thing that never existed', () => {
    const same = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
      expect(a.statusCode).toBe(404);
      expect({ status: a.statusCode, body: a.body, type: a.headers['content-type'] }).toEqual({ status: b.statusCode, body: b.body, type: b.headers['content-type'] });
    };
    const randomCouple = () => `/api/v1/couples/${crypto.randomUUID()}`;

    it("outsider: another couple's list, record update and delete, leave, invites, events", async () => {
      const record = await freshRecordOfA('partner');
      const before = await recordRow(record.id);
      const body = updateBody(x, record.id, 'partner');
      same(await x.client.get(records()), await x.client.get(`${randomCouple()}/records`));
      same(await x.client.put(`${records()}/${record.id}`, body), await x.client.put(`${randomCouple()}/records/${crypto.randomUUID()}`, body));
      same(await x.client.delete(`${records()}/${record.id}?expectedVersion=1`), await x.client.delete(`${randomCouple()}/records/${crypto.randomUUID()}?expectedVersion=1`));
      same(await x.client.post(`/api/v1/couples/${k.coupleId}/leave`), await x.client.post(`${randomCouple()}/leave`));
      const events = await openEvents('outsider', k.coupleId);
      const noEvents = await openEvents('outsider', crypto.randomUUID());
      expect(events).toEqual({ ...noEvents, statusCode: 404 });
      expect(await recordRow(record.id)).toEqual(before);
    });

    it("partner: A's private check-in is byte-identical to an id that does not exist", async () => {
      const record = await freshRecordOfA('private');
      const before = await recordRow(record.id);
      const body = updateBody(k.b, record.id, 'private');
      same(await k.b.client.put(`${records()}/${record.id}`, body), await k.b.client.put(`${records()}/${crypto.randomUUID()}`, body));
      same(await k.b.client.delete(`${records()}/${record.id}?expectedVersion=1`), await k.b.client.delete(`${records()}/${crypto.randomUUID()}?expectedVersion=1`));
      expect(await recordRow(record.id)).toEqual(before);
      const listed = (await k.b.client.get(records())).json();
      expect(JSON.stringify(listed)).not.toContain(record.id);
    });

    it('a wrong invitation proof looks like an invitation that does not exist', async () => {
      const wrong = { proof: toBase64Url(rand(32)) };
      same(await as('anonymous').post(`/api/v1/invites/${xInvite.inviteId}/open`, wrong), await as('anonymous').post(`/api/v1/invites/${crypto.randomUUID()}/open`, wrong));
    });
  });

  it("outsider cannot invite anyone into, or revoke the invitation of, a couple that has room", async () => {
    const attempt = await createInvite(k.a, kx);
    expect(attempt.response.statusCode).toBe(404);
    const revoke = await k.a.client.delete(`/api/v1/couples/${kx.coupleId}/invites/${xInvite.inviteId}`);
    expect(revoke.statusCode).toBe(404);
    const pending = (await x.client.get('/api/v1/couples')).json().couples[0].pendingInvite;
    expect(pending?.id).toBe(xInvite.inviteId);
    expect(await t.deps.store.repos.invites.findById(attempt.inviteId)).toBeUndefined();
  });

  it('no record of couple K is readable by anyone of couple KX, through any list', async () => {
    await freshRecordOfA('partner');
    const xRecord = sealedRecordBody({ couple: kx, author: x, visibility: 'private', content: checkinContent('x own'), now: t.clock.now() });
    expect((await x.client.post(records(kx.coupleId), xRecord)).statusCode).toBe(201);
    const seenByX = [(await x.client.get(records(kx.coupleId))).body, (await x.client.get('/api/v1/couples')).body].join('\n');
    expect(seenByX).not.toContain(k.coupleId);
    expect(seenByX).not.toContain(aLive!.id);
    const seenByA = [(await k.a.client.get(records())).body, (await k.a.client.get('/api/v1/couples')).body].join('\n');
    expect(seenByA).not.toContain(xRecord.id);
    // Writing into K with a sealed body of KX's record is refused, and K gains nothing.
    const intoK = await x.client.post(records(), { ...xRecord, id: crypto.randomUUID() });
    expect(intoK.statusCode).toBe(404);
  });

  describe('mass assignment: authorId / coupleId in a body is refused (400) and changes nothing', () => {
    it.each([
      ['authorId on create', (body: Record<string, unknown>) => ({ ...body, authorId: k.b.id })],
      ['coupleId on create', (body: Record<string, unknown>) => ({ ...body, coupleId: kx.coupleId })],
      ['version on create', (body: Record<string, unknown>) => ({ ...body, version: 7 })],
    ])('%s', async (_name, mutate) => {
      const body = sealedRecordBody({ couple: k, author: k.b, visibility: 'private', content: checkinContent('mass'), now: t.clock.now() });
      const response = await k.b.client.post(records(), mutate(body));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('request.invalid');
      expect(await recordRow(body.id)).toBeUndefined();
    });

    it.each([['authorId'], ['coupleId'], ['id'], ['deleted']])('%s on update', async (key) => {
      const record = await freshRecordOfA('partner');
      const before = await recordRow(record.id);
      const response = await k.a.client.put(`${records()}/${record.id}`, { ...updateBody(k.a, record.id, 'partner'), [key]: key === 'deleted' ? true : k.b.id });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('request.invalid');
      expect(await recordRow(record.id)).toEqual(before);
    });

    it('userId in a couple creation and a display name in an invitation acceptance', async () => {
      const couple = await as('outsider').post('/api/v1/couples', { coupleId: crypto.randomUUID(), role: 'both', sealedCoupleKey: toBase64Url(rand(104)), userId: k.a.id });
      expect(couple.statusCode).toBe(400);
      const accept = await as('member').post(`/api/v1/invites/${xInvite.inviteId}/accept`, { proof: xInvite.proof, role: 'hurt', sealedCoupleKey: toBase64Url(rand(104)), userId: x.id });
      expect(accept.statusCode).toBe(400);
    });
  });
});
