import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '@mend/core';
import { configSchema } from '../config/config.ts';
import { buildApp } from '../http/build-app.ts';
import { buildTestApp, createTestClock, TestClient, type TestApp } from '../test/build-test-app.ts';
import { createTestDatabase } from '../test/test-db.ts';
import { testDialects } from '../test/test-dialects.ts';
import { checkinContent, rand, sealedRecordBody, seedCouple, signUpBody, signUpUser, type TestUser } from '../test/factories.ts';
import { createAppDeps } from '../app/create-app-deps.ts';

const HOUR = 3_600_000;
const parseSetCookie = (header: string | string[] | undefined) => {
  const line = (Array.isArray(header) ? header : [header ?? '']).find((l) => l.includes('mend_session=')) ?? '';
  const [pair, ...attrs] = line.split(';').map((s) => s.trim());
  return { name: pair?.split('=')[0], value: pair?.slice(pair.indexOf('=') + 1), attrs: attrs.map((a) => a.toLowerCase()) };
};

/** SESS-1…SESS-10 (security-baseline §6.1, §7.2). */
describe.each(testDialects())('sessions (%s)', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ dialect });
  });
  afterAll(() => t.close());

  const login = async (user: TestUser) => {
    const client = new TestClient(t.app);
    const response = await client.post('/api/v1/auth/login', { email: user.email, authKey: user.authKey });
    expect(response.statusCode).toBe(200);
    return { client, response };
  };
  const me = (client: TestClient) => client.get('/api/v1/auth/me').then((r) => r.statusCode);

  it('sets an HttpOnly, SameSite=Lax, Path=/ cookie with no Domain on http://localhost', async () => {
    const user = await signUpUser(t.app);
    const { response } = await login(user);
    const cookie = parseSetCookie(response.headers['set-cookie']);
    expect(cookie.name).toBe('mend_session');
    expect(cookie.attrs).toEqual(expect.arrayContaining(['httponly', 'samesite=lax', 'path=/']));
    expect(cookie.attrs.some((a) => a.startsWith('domain'))).toBe(false);
    const [id, secret] = cookie.value!.split('.');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Buffer.from(secret!, 'base64url').length).toBeGreaterThanOrEqual(32);
  });

  it('stores no cookie secret: the sessions table (and the SQLite file) never contain it', async () => {
    const user = await signUpUser(t.app);
    const { client } = await login(user);
    const secrets = [user.client.cookie!, client.cookie!].map((c) => c.split('=')[1]!.split('.')[1]!);
    const rows = JSON.stringify(await t.db.handle.db.selectFrom('sessions').selectAll().execute());
    expect(rows).toContain(client.cookie!.split('=')[1]!.split('.')[0]);
    for (const secret of secrets) expect(rows).not.toContain(secret);
    if (t.db.sqlitePath) {
      const dir = join(t.db.sqlitePath, '..');
      for (const file of readdirSync(dir).filter((f) => f.startsWith('mend.sqlite'))) {
        const bytes = readFileSync(join(dir, file));
        for (const secret of secrets) expect(bytes.includes(Buffer.from(secret))).toBe(false);
      }
    }
  });

  it('issues a new token at login: a cookie sent with the login is not the one that comes back (fixation)', async () => {
    const user = await signUpUser(t.app);
    const before = user.client.cookie;
    const response = await user.client.post('/api/v1/auth/login', { email: user.email, authKey: user.authKey });
    expect(response.statusCode).toBe(200);
    expect(user.client.cookie).not.toBe(before);
  });

  it('logout ends the session: the old cookie gets 401, the row is gone, Clear-Site-Data is sent', async () => {
    const user = await signUpUser(t.app);
    const old = user.client.cookie!;
    const response = await user.client.post('/api/v1/auth/logout');
    expect(response.statusCode).toBe(204);
    expect(response.headers['clear-site-data']).toMatch(/"cookies"/);
    expect(response.headers['clear-site-data']).toMatch(/"storage"/);
    const replay = new TestClient(t.app);
    replay.cookie = old;
    expect(await me(replay)).toBe(401);
    const id = old.split('=')[1]!.split('.')[0]!;
    expect(await t.deps.store.repos.sessions.findById(id)).toBeUndefined();
  });

  it('ignores a token sent anywhere but the cookie (Authorization header, query string, other cookie names)', async () => {
    const user = await signUpUser(t.app);
    const token = user.client.cookie!.split('=')[1]!;
    const bare = (url: string, headers: Record<string, string>) => t.app.inject({ method: 'GET', url, headers }).then((r) => r.statusCode);
    expect(await bare('/api/v1/auth/me', { cookie: user.client.cookie! })).toBe(200);
    expect(await bare('/api/v1/auth/me', { authorization: `Bearer ${token}` })).toBe(401);
    expect(await bare(`/api/v1/auth/me?mend_session=${encodeURIComponent(token)}`, {})).toBe(401);
    expect(await bare(`/api/v1/auth/me?token=${encodeURIComponent(token)}`, {})).toBe(401);
    expect(await bare('/api/v1/auth/me', { cookie: `session=${token}` })).toBe(401);
    expect(await bare('/api/v1/auth/me', { cookie: `__Host-mend_session=${token}` })).toBe(401);
    expect(await bare('/api/v1/auth/me', { cookie: `mend_session=${token}.x` })).toBe(401);
  });

  it('lists only your own sessions, and you cannot end somebody else\'s', async () => {
    const a = await signUpUser(t.app, { name: 'Ana' });
    const b = await signUpUser(t.app, { name: 'Ben' });
    const listed = (await a.client.get('/api/v1/auth/sessions')).json().sessions as Array<{ id: string }>;
    const bSessions = (await b.client.get('/api/v1/auth/sessions')).json().sessions as Array<{ id: string }>;
    expect(listed).toHaveLength(1);
    expect(listed.map((s) => s.id)).not.toContain(bSessions[0]!.id);
    expect((await a.client.delete(`/api/v1/auth/sessions/${bSessions[0]!.id}`)).statusCode).toBe(404);
    expect(await me(b.client)).toBe(200);
  });

  it('a password change ends every other session and renews the current one', async () => {
    const user = await signUpUser(t.app);
    const { client: other } = await login(user);
    const oldCurrent = new TestClient(t.app);
    oldCurrent.cookie = user.client.cookie;
    const newAuthKey = toBase64Url(rand(32));
    const response = await user.client.post('/api/v1/auth/password', { currentAuthKey: user.authKey, salt: toBase64Url(rand(16)), kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 }, authKey: newAuthKey, wrappedAccountKey: toBase64Url(rand(72)) });
    expect(response.statusCode).toBe(204);
    expect(user.client.cookie).not.toBe(oldCurrent.cookie);
    expect(await me(user.client)).toBe(200);
    expect(await me(other)).toBe(401);
    expect(await me(oldCurrent)).toBe(401);
    const oldPassword = await new TestClient(t.app).post('/api/v1/auth/login', { email: user.email, authKey: user.authKey });
    expect(oldPassword.statusCode).toBe(401);
  });

  it('account deletion ends every session; the partner keeps their own entries and loses the deleted person\'s', async () => {
    const couple = await seedCouple(t.app, ['Dee', 'Eli']);
    const base = `/api/v1/couples/${couple.coupleId}/records`;
    const aShared = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('from A'), now: t.clock.now() });
    const bShared = sealedRecordBody({ couple, author: couple.b, visibility: 'partner', content: checkinContent('from B'), now: t.clock.now() });
    expect((await couple.a.client.post(base, aShared)).statusCode).toBe(201);
    expect((await couple.b.client.post(base, bShared)).statusCode).toBe(201);
    const { client: aSecond } = await login(couple.a);
    const wrong = await couple.a.client.post('/api/v1/auth/account/delete', { authKey: toBase64Url(rand(32)) });
    expect(wrong.statusCode).toBe(401);
    expect(await me(aSecond)).toBe(200);
    const deleted = await couple.a.client.post('/api/v1/auth/account/delete', { authKey: couple.a.authKey });
    expect(deleted.statusCode).toBe(204);
    expect(deleted.headers['clear-site-data']).toBeDefined();
    expect(await me(couple.a.client)).toBe(401);
    expect(await me(aSecond)).toBe(401);
    expect(await t.db.handle.db.selectFrom('sessions').select('id').where('user_id', '=', couple.a.id).execute()).toEqual([]);
    const seen = (await couple.b.client.get(base)).json();
    expect(seen.records.map((r: { id: string }) => r.id)).toEqual([bShared.id]);
    expect(await t.db.handle.db.selectFrom('records').select('id').where('author_id', '=', couple.a.id).execute()).toEqual([]);
    const couples = (await couple.b.client.get('/api/v1/couples')).json().couples;
    expect(couples[0].status).toBe('archived');
    const relogin = await new TestClient(t.app).post('/api/v1/auth/login', { email: couple.a.email, authKey: couple.a.authKey });
    expect(relogin.statusCode).toBe(401);
  });

  it('an account whose recovery code is not confirmed cannot start a couple or accept an invitation (403)', async () => {
    const user = await signUpUser(t.app, { confirm: false });
    const couple = await user.client.post('/api/v1/couples', { coupleId: crypto.randomUUID(), role: 'hurt', sealedCoupleKey: toBase64Url(rand(104)) });
    expect(couple.statusCode).toBe(403);
    expect(couple.json().error.code).toBe('auth.recovery_not_confirmed');
    const accept = await user.client.post(`/api/v1/invites/${crypto.randomUUID()}/accept`, { proof: toBase64Url(rand(32)), role: 'hurt', sealedCoupleKey: toBase64Url(rand(104)) });
    expect(accept.statusCode).toBe(403);
    expect(await t.db.handle.db.selectFrom('couple_members').select('couple_id').where('user_id', '=', user.id).execute()).toEqual([]);
  });

  it('the salt for an unknown email is stable and looks like a real one', async () => {
    const user = await signUpUser(t.app);
    const anon = new TestClient(t.app);
    const real = (await anon.post('/api/v1/auth/salt', { email: user.email })).json();
    const unknown1 = (await anon.post('/api/v1/auth/salt', { email: 'nobody-here@example.test' })).json();
    const unknown2 = (await anon.post('/api/v1/auth/salt', { email: ' Nobody-Here@Example.test ' })).json();
    const other = (await anon.post('/api/v1/auth/salt', { email: 'someone-else@example.test' })).json();
    expect(unknown1).toEqual(unknown2);
    expect(unknown1.salt).not.toBe(other.salt);
    expect(unknown1.salt).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(unknown1.salt.length).toBe(real.salt.length);
    expect(unknown1.kdf).toEqual(real.kdf);
    expect(Object.keys(unknown1).sort()).toEqual(Object.keys(real).sort());
  });

  it('a login with an unknown email answers exactly like a wrong password', async () => {
    const user = await signUpUser(t.app);
    const anon = new TestClient(t.app);
    const wrongPassword = await anon.post('/api/v1/auth/login', { email: user.email, authKey: toBase64Url(rand(32)) });
    const unknownEmail = await anon.post('/api/v1/auth/login', { email: 'nobody-here@example.test', authKey: toBase64Url(rand(32)) });
    expect(wrongPassword.statusCode).toBe(401);
    expect({ status: unknownEmail.statusCode, body: unknownEmail.body, type: unknownEmail.headers['content-type'] }).toEqual({ status: wrongPassword.statusCode, body: wrongPassword.body, type: wrongPassword.headers['content-type'] });
  });

  // Clock tests last: they move this app's time forward.
  it('ends a session after 24 h idle, but not while it is used', async () => {
    const user = await signUpUser(t.app);
    const { client: idle } = await login(user);
    t.clock.advance(23 * HOUR);
    expect(await me(user.client)).toBe(200);
    t.clock.advance(1 * HOUR + 1000);
    expect(await me(idle)).toBe(401);
    expect(await me(user.client)).toBe(200);
  });

  it('ends a session 7 days after login even if used every few hours', async () => {
    const user = await signUpUser(t.app);
    for (let hours = 0; hours < 7 * 24 - 12; hours += 12) {
      t.clock.advance(12 * HOUR);
      expect(await me(user.client)).toBe(200);
    }
    t.clock.advance(12 * HOUR + 1000);
    expect(await me(user.client)).toBe(401);
  });
});

describe.each(testDialects())('sessions over https (%s)', (dialect) => {
  const ORIGIN = 'https://mend.example';
  let close: () => Promise<void>;
  let client: TestClient;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    const db = await createTestDatabase(dialect);
    const clock = createTestClock();
    const config = configSchema.parse({ NODE_ENV: 'test', DATA_DIR: db.dataDir, LOG_LEVEL: 'silent', SERVE_WEB: 'false', PUBLIC_ORIGIN: ORIGIN });
    app = await buildApp({ deps: createAppDeps({ config, handle: db.handle, clock: clock.now, serverSecret: randomBytes(32) }).deps, handle: db.handle, rateLimits: false });
    await app.ready();
    client = new TestClient(app);
    close = async () => {
      await app.close();
      await db.destroy();
    };
  });
  afterAll(() => close());

  it('uses a __Host- cookie with Secure, HttpOnly, SameSite=Lax, Path=/ and no Domain; HSTS is on', async () => {
    const response = await client.request({ method: 'POST', url: '/api/v1/auth/signup', headers: { origin: ORIGIN }, body: signUpBody({ name: 'Host' }) });
    expect(response.statusCode).toBe(201);
    const cookie = parseSetCookie(response.headers['set-cookie']);
    expect(cookie.name).toBe('__Host-mend_session');
    expect(cookie.attrs).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=lax', 'path=/']));
    expect(cookie.attrs.some((a) => a.startsWith('domain'))).toBe(false);
    expect(String(response.headers['strict-transport-security'])).toMatch(/max-age=(\d+).*includeSubDomains/i);
    expect(Number(/max-age=(\d+)/.exec(String(response.headers['strict-transport-security']))![1])).toBeGreaterThanOrEqual(31_536_000);
    expect((await client.get('/api/v1/auth/me')).statusCode).toBe(200);
    // The plain name is not read on an https deployment.
    const plain = await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `mend_session=${cookie.value}` } });
    expect(plain.statusCode).toBe(401);
  });

  it('refuses the http origin as foreign on an https deployment', async () => {
    const response = await client.request({ method: 'POST', url: '/api/v1/auth/salt', headers: { origin: 'http://mend.example' }, body: { email: 'a@example.test' } });
    expect(response.statusCode).toBe(403);
  });
});
