import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '@mend/core';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../test/build-test-app.ts';
import { testDialects } from '../test/test-dialects.ts';
import { checkinContent, rand, sealedRecordBody, seedCouple, type TestCouple } from '../test/factories.ts';

/** CSRF-1…8 and HDR-1/2 (security-baseline §6.2, §7.3, §7.13). */
const TABLES = ['users', 'sessions', 'couples', 'couple_members', 'invites', 'records', 'record_nonces'] as const;


describe.each(testDialects())('CSRF and headers (%s)', (dialect) => {
  let t: TestApp;
  let k: TestCouple;
  let writes: Array<{ method: 'POST' | 'PUT' | 'DELETE'; url: string }>;
  let reads: string[];

  async function counts() {
    const out: Record<string, number> = {};
    for (const table of TABLES) out[table] = Number((await t.db.handle.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);
    return out;
  }
  const concrete = (path: string) =>
    path
      .replace(':coupleId', k.coupleId)
      .replace(/:[a-zA-Z]+/g, () => crypto.randomUUID());
  /** a JSON body that would be accepted by the login route, so only the CSRF checks can stop it */
  const payload = () => JSON.stringify({ email: k.a.email, authKey: k.a.authKey });
  const send = (method: string, url: string, headers: Record<string, string | undefined>, body = payload()) =>
    t.app.inject({ method: method as 'POST', url, headers: Object.fromEntries(Object.entries({ cookie: k.a.client.cookie, ...headers }).filter(([, v]) => v !== undefined)) as Record<string, string>, payload: body });

  beforeAll(async () => {
    t = await buildTestApp({ dialect });
    k = await seedCouple(t.app);
    const routes = t.routes.filter((r) => r.split(' ')[1]!.startsWith('/api/'));
    writes = routes.filter((r) => !r.startsWith('GET ')).map((r) => ({ method: r.split(' ')[0] as 'POST', url: concrete(r.split(' ')[1]!) }));
    reads = routes.filter((r) => r.startsWith('GET ') && !r.endsWith('/events')).map((r) => concrete(r.split(' ')[1]!));
    expect(writes.length).toBeGreaterThanOrEqual(18);
  });
  afterAll(() => t.close());

  const good = { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin', 'x-requested-with': 'mend', 'content-type': 'application/json' };
  const refusals: Array<[string, Record<string, string | undefined>, number, string]> = [
    ['Sec-Fetch-Site: cross-site', { ...good, 'sec-fetch-site': 'cross-site' }, 403, 'csrf.rejected'],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { ...good, 'sec-fetch-site': 'same-site' }, 403, 'csrf.rejected'],
    ['Sec-Fetch-Site: none', { ...good, 'sec-fetch-site': 'none' }, 403, 'csrf.rejected'],
    ['no Sec-Fetch, Origin: https://evil.example', { ...good, 'sec-fetch-site': undefined, origin: 'https://evil.example' }, 403, 'csrf.rejected'],
    ['no Sec-Fetch, Origin: null', { ...good, 'sec-fetch-site': undefined, origin: 'null' }, 403, 'csrf.rejected'],
    ['no Sec-Fetch, no Origin', { ...good, 'sec-fetch-site': undefined, origin: undefined }, 403, 'csrf.rejected'],
    ['same-origin Sec-Fetch but a foreign Origin', { ...good, origin: 'https://evil.example' }, 403, 'csrf.rejected'],
    ['Origin with a different port', { ...good, 'sec-fetch-site': undefined, origin: 'http://localhost:3001' }, 403, 'csrf.rejected'],
    ['missing X-Requested-With', { ...good, 'x-requested-with': undefined }, 403, 'csrf.rejected'],
    ['X-Requested-With: XMLHttpRequest', { ...good, 'x-requested-with': 'XMLHttpRequest' }, 403, 'csrf.rejected'],
    ['Content-Type: text/plain', { ...good, 'content-type': 'text/plain' }, 415, 'request.unsupported_media_type'],
    ['Content-Type: application/x-www-form-urlencoded', { ...good, 'content-type': 'application/x-www-form-urlencoded' }, 415, 'request.unsupported_media_type'],
    ['Content-Type: multipart/form-data', { ...good, 'content-type': 'multipart/form-data; boundary=x' }, 415, 'request.unsupported_media_type'],
    ['Content-Type: application/jsonp', { ...good, 'content-type': 'application/jsonp' }, 415, 'request.unsupported_media_type'],
    ['no Content-Type', { ...good, 'content-type': undefined }, 415, 'request.unsupported_media_type'],
  ];

  it.each(refusals)('every state-changing route refuses %s', async (_name, headers, status, code) => {
    const before = await counts();
    for (const { method, url } of writes) {
      const response = await send(method, url, headers);
      expect({ route: `${method} ${url}`, status: response.statusCode, code: response.json().error?.code }).toEqual({ route: `${method} ${url}`, status, code });
      expect(response.headers['set-cookie']).toBeUndefined();
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(await counts()).toEqual(before);
  });

  it('the refusals are not vacuous: the same login with the right headers succeeds', async () => {
    const response = await send('POST', '/api/v1/auth/login', { ...good, cookie: undefined });
    expect(response.statusCode).toBe(200);
    expect(response.headers['set-cookie']).toBeDefined();
  });

  it('login CSRF: a cross-site login with the right credentials sets no cookie', async () => {
    const response = await send('POST', '/api/v1/auth/login', { 'content-type': 'text/plain', origin: 'https://evil.example', 'sec-fetch-site': 'cross-site', cookie: undefined });
    expect(response.statusCode).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('no GET route changes what is stored (CSRF-7)', async () => {
    const record = sealedRecordBody({ couple: k, author: k.a, visibility: 'partner', content: checkinContent('read-only'), now: t.clock.now() });
    expect((await k.a.client.post(`/api/v1/couples/${k.coupleId}/records`, record)).statusCode).toBe(201);
    const snapshot = async () => ({ counts: await counts(), records: await t.db.handle.db.selectFrom('records').selectAll().orderBy('id').execute(), couples: await t.db.handle.db.selectFrom('couples').selectAll().orderBy('id').execute() });
    const before = await snapshot();
    for (const url of reads) expect((await k.a.client.get(url)).statusCode).toBeLessThan(500);
    expect(await snapshot()).toEqual(before);
  });

  it('never allows cross-origin reads (no Access-Control-Allow-Origin, even on a preflight)', async () => {
    const preflight = await t.app.inject({ method: 'OPTIONS', url: '/api/v1/auth/me', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-requested-with' } });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { origin: 'https://evil.example', cookie: k.a.client.cookie! } });
    expect(read.headers['access-control-allow-origin']).toBeUndefined();
  });

  const expectBaselineHeaders = (response: LightMyRequestResponse, { api }: { api: boolean }) => {
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-powered-by']).toBeUndefined();
    expect(response.headers.server).toBeUndefined();
    if (api) expect(response.headers['cache-control']).toBe('no-store');
  };

  it.each([
    ['GET /api/v1/auth/me (200)', 'GET', '/api/v1/auth/me', true],
    ['GET /api/v1/couples (200)', 'GET', '/api/v1/couples', true],
    ['GET /api/v1/auth/me without a session (401)', 'GET', '/api/v1/auth/me', false],
    ['an unknown /api route (404)', 'GET', '/api/v1/nothing-here', true],
    ['a validation error (400)', 'GET', '/api/v1/couples/not-a-uuid/records', true],
    ['a CSRF refusal (403)', 'POST', '/api/v1/auth/logout', true],
    ['POST /api/v1/auth/salt (200)', 'POST', '/api/v1/auth/salt', true],
    ['the OpenAPI document', 'GET', '/api/docs', true],
  ] as const)('security headers on %s', async (_name, method, url, withSession) => {
    const response =
      method === 'GET'
        ? await t.app.inject({ method, url, headers: withSession ? { cookie: k.a.client.cookie! } : {} })
        : await t.app.inject({ method, url, headers: url.endsWith('salt') ? good : {}, payload: JSON.stringify({ email: 'someone@example.test' }) });
    expectBaselineHeaders(response, { api: true });
  });

  it('security headers on /healthz', async () => {
    expectBaselineHeaders(await t.app.inject({ method: 'GET', url: '/healthz' }), { api: false });
  });

  // BUG: security-headers.ts sets Cache-Control only when request.url starts with "/api/", but the
  // router decodes %61 → "a", so /%61pi/v1/auth/salt reaches the API route without no-store (and
  // build-app.ts's session hook, same test, is skipped: secure-by-default relies on each handler's
  // requireActor). Remove `.fails` once both use the matched route (request.routeOptions.url).
  it('an API route reached through a percent-encoded path still gets Cache-Control: no-store', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/%61pi/v1/auth/salt', headers: good, payload: JSON.stringify({ email: 'someone@example.test' }) });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('an API route reached through a percent-encoded path still needs a session', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/%61pi/v1/couples', headers: {} });
    expect(response.statusCode).toBe(401);
  });

  it('an unexpected server error answers a generic body: no SQL, stack, path or table name (LOG-5)', async () => {
    // Break the database underneath the app (the last test of this describe).
    await sql`drop table record_nonces`.execute(t.db.handle.db);
    const record = sealedRecordBody({ couple: k, author: k.b, visibility: 'private', content: checkinContent('x'), now: t.clock.now() });
    const response = await k.b.client.post(`/api/v1/couples/${k.coupleId}/records`, { ...record, sealed: toBase64Url(rand(60)) });
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(response.body).not.toMatch(/record_nonces|sql|select|insert|relation|table|\/work|\.ts|at \w+ \(/i);
    expectBaselineHeaders(response, { api: true });
    expect(t.logs.some((line) => line.includes('unhandled error'))).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
