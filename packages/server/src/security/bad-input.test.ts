import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '@mend/core';
import type { LightMyRequestResponse } from 'fastify';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../test/build-test-app.ts';
import { testDialects } from '../test/test-dialects.ts';
import { checkinContent, rand, sealedRecordBody, seedCouple, signUpBody, type TestCouple } from '../test/factories.ts';

/** IN-1…IN-10 and IN-13 (security-baseline §7.5): every bad input is a 4xx in the usual shape, stores nothing, and the server stays up. */
const TABLES = ['users', 'sessions', 'couples', 'couple_members', 'invites', 'records', 'record_nonces'] as const;
const WRITE_HEADERS = { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin', 'x-requested-with': 'mend', 'content-type': 'application/json' };


describe.each(testDialects())('bad input (%s)', (dialect) => {
  let t: TestApp;
  let k: TestCouple;
  let live: { id: string; version: number };
  const records = () => `/api/v1/couples/${k.coupleId}/records`;

  async function counts() {
    const out: Record<string, number> = {};
    for (const table of TABLES) {
      const row = await t.db.handle.db.selectFrom(table).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
      out[table] = Number(row.n);
    }
    return out;
  }
  /** raw request as A (payload is sent byte for byte) */
  const raw = (method: 'POST' | 'PUT' | 'GET' | 'DELETE', url: string, payload?: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method, url, headers: { ...(method === 'GET' ? {} : WRITE_HEADERS), cookie: k.a.client.cookie!, ...headers }, ...(payload !== undefined ? { payload } : {}) });

  async function expectRefused(response: LightMyRequestResponse, status: number | number[], code?: string) {
    expect(Array.isArray(status) ? status : [status]).toContain(response.statusCode);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.json();
    expect(body).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
    if (code) expect(body.error.code).toBe(code);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
  }

  beforeAll(async () => {
    t = await buildTestApp({ dialect });
    k = await seedCouple(t.app);
    const body = sealedRecordBody({ couple: k, author: k.a, visibility: 'partner', content: checkinContent('baseline'), now: t.clock.now() });
    expect((await k.a.client.post(records(), body)).statusCode).toBe(201);
    live = { id: body.id, version: 1 };
  });
  afterAll(() => t.close());

  const updateOf = (overrides: Record<string, unknown> = {}, version = live.version + 1) => {
    const next = sealedRecordBody({ couple: k, author: k.a, visibility: 'partner', content: checkinContent('next'), id: live.id, version, now: t.clock.now() });
    return { expectedVersion: live.version, visibility: 'partner', metadata: next.metadata, sealed: next.sealed, ...overrides };
  };
  const createOf = (overrides: Record<string, unknown> = {}) => ({ ...sealedRecordBody({ couple: k, author: k.b, visibility: 'private', content: checkinContent('new'), now: t.clock.now() }), ...overrides });

  type Case = [name: string, method: 'POST' | 'PUT', url: () => string, payload: () => string, status: number | number[], code?: string];
  const json = (value: unknown) => JSON.stringify(value);
  const withRawKey = (body: object, key: string, value: string) => json(body).replace(/^\{/, `{"${key}":${value},`);
  const cases: Case[] = [
    ['body over 256 KiB', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: 'a'.repeat(257 * 1024) })), 413, 'request.too_large'],
    ['sealed payload over 256 KiB', 'POST', records, () => json(createOf({ sealed: 'A'.repeat(300 * 1024) })), 413, 'request.too_large'],
    ['empty body', 'POST', () => '/api/v1/auth/login', () => '', 400],
    ['not JSON', 'POST', () => '/api/v1/auth/login', () => '{"email":', 400, 'request.invalid_json'],
    ['unknown key on sign-up', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ isAdmin: true })), 400, 'request.invalid'],
    ['unknown key inside kdf', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1, extra: 1 } })), 400, 'request.invalid'],
    ['"65536" for a number', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ kdf: { memoryKiB: '65536', iterations: 3, parallelism: 1 } })), 400, 'request.invalid'],
    ['[3] for a number', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ kdf: { memoryKiB: 65536, iterations: [3], parallelism: 1 } })), 400, 'request.invalid'],
    ['weak kdf (below the floor)', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ kdf: { memoryKiB: 1024, iterations: 1, parallelism: 1 } })), 400, 'request.invalid'],
    ['"1" for expectedVersion', 'PUT', () => `${records()}/${live.id}`, () => json(updateOf({ expectedVersion: String(live.version) })), 400, 'request.invalid'],
    ['[1] for expectedVersion', 'PUT', () => `${records()}/${live.id}`, () => json(updateOf({ expectedVersion: [live.version] })), 400, 'request.invalid'],
    ['1e309 for expectedVersion', 'PUT', () => `${records()}/${live.id}`, () => json(updateOf()).replace(/"expectedVersion":\d+/, '"expectedVersion":1e309'), 400],
    ['__proto__ at the top', 'POST', () => '/api/v1/auth/signup', () => withRawKey(signUpBody(), '__proto__', '{"isAdmin":true}'), 400],
    ['__proto__ inside metadata', 'POST', records, () => json(createOf()).replace('"metadata":{', '"metadata":{"__proto__":{"x":1},'), 400],
    ['constructor.prototype at the top', 'POST', () => '/api/v1/auth/login', () => withRawKey({ email: k.a.email, authKey: k.a.authKey }, 'constructor', '{"prototype":{"x":1}}'), 400],
    ['constructor.prototype inside metadata', 'PUT', () => `${records()}/${live.id}`, () => json(updateOf()).replace('"metadata":{', '"metadata":{"constructor":{"prototype":{"x":1}},'), 400],
    ['prototype key', 'POST', records, () => withRawKey(createOf(), 'prototype', '{}'), 400, 'request.invalid'],
    ['prototype key inside metadata', 'POST', records, () => json(createOf()).replace('"metadata":{', '"metadata":{"prototype":{},'), 400],
    ['NUL in a display name', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: 'Ro\u0000bin' })), 400, 'request.invalid'],
    ['bidi override in a display name', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: 'Robin\u202Egpj.exe' })), 400, 'request.invalid'],
    ['NUL in an email', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ email: 'ro\u0000bin@example.test' })), 400, 'request.invalid'],
    ['61 CJK characters (183 bytes: under the byte limit, over 60 characters) as a display name', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: '中'.repeat(61) })), 400, 'request.invalid'],
    ['51 emoji (51 characters, 204 bytes: over the byte limit) as a display name', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: '😀'.repeat(51) })), 400, 'request.invalid'],
    ['sealed is not base64url', 'POST', records, () => json(createOf({ sealed: 'not base64!'.repeat(8) })), 400, 'request.invalid'],
    ['sealed with padding', 'POST', records, () => json(createOf({ sealed: `${toBase64Url(rand(60))}==` })), 400, 'request.invalid'],
    ['sealed truncated to 39 bytes', 'POST', records, () => json(createOf({ sealed: toBase64Url(rand(39)) })), 400, 'request.invalid'],
    ['sealed of 0 bytes', 'PUT', () => `${records()}/${live.id}`, () => json(updateOf({ sealed: '' })), 400, 'request.invalid'],
    ['authKey of 31 bytes', 'POST', () => '/api/v1/auth/login', () => json({ email: k.a.email, authKey: toBase64Url(rand(31)) }), 400, 'request.invalid'],
    ['time zone Europe/Londn', 'POST', records, () => json(createOf({ metadata: { localDay: '2026-11-26', timeZone: 'Europe/Londn' } })), 400],
    ['time zone UTC+25', 'POST', records, () => json(createOf({ metadata: { localDay: '2026-11-26', timeZone: 'UTC+25' } })), 400],
    ['time zone ../../etc/passwd', 'POST', records, () => json(createOf({ metadata: { localDay: '2026-11-26', timeZone: '../../etc/passwd' } })), 400],
    ['time zone of 10 kB', 'POST', records, () => json(createOf({ metadata: { localDay: '2026-11-26', timeZone: 'Europe/'.padEnd(10_000, 'x') } })), 400],
    ['empty time zone', 'POST', records, () => json(createOf({ metadata: { localDay: '2026-11-26', timeZone: '' } })), 400],
    ['day 2026-02-30', 'POST', records, () => json(createOf({ metadata: { localDay: '2026-02-30', timeZone: 'UTC' } })), 400],
    ['unknown record kind', 'POST', records, () => json(createOf({ kind: 'confession' })), 400],
    ['visibility "public"', 'POST', records, () => json(createOf({ visibility: 'public' })), 400, 'request.invalid'],
    ['stale version', 'PUT', () => `${records()}/${live.id}`, () => json(updateOf({ expectedVersion: live.version + 5 })), 409, 'records.version_conflict'],
  ];

  // Lone surrogates once crashed safeText() (utf8Bytes threw inside a zod refine → 500).
  const unicodeCases: Case[] = [
    ['lone high surrogate in a display name', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: 'Ro\ud800bin' })), 400, 'request.invalid'],
    ['lone low surrogate in a display name', 'POST', () => '/api/v1/auth/signup', () => json(signUpBody({ displayName: '\udc00' })), 400, 'request.invalid'],
    ['lone surrogate in an email', 'POST', () => '/api/v1/auth/salt', () => json({ email: 'ro\ud800bin@example.test' }), 400, 'request.invalid'],
  ];

  async function refusedAndNothingStored(method: 'POST' | 'PUT', url: string, payload: string, status: number | number[], code?: string) {
    const before = await counts();
    const stored = await t.deps.store.repos.records.find({ coupleId: k.coupleId, recordId: live.id });
    await expectRefused(await raw(method, url, payload), status, code);
    expect(await counts()).toEqual(before);
    expect(await t.deps.store.repos.records.find({ coupleId: k.coupleId, recordId: live.id })).toEqual(stored);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  }

  it.each(cases)('%s → 4xx, nothing stored', (_name, method, url, payload, status, code) => refusedAndNothingStored(method, url(), payload(), status, code));
  it.each(unicodeCases)('%s → 4xx, nothing stored', (_name, method, url, payload, status, code) => refusedAndNothingStored(method, url(), payload(), status, code));

  it('a display name of 15 emoji (60 UTF-16 units, 60 bytes) is accepted and stored as sent', async () => {
    const body = signUpBody({ displayName: '🌱'.repeat(15) });
    const response = await raw('POST', '/api/v1/auth/signup', json(body), { cookie: '' });
    expect(response.statusCode).toBe(201);
    expect(response.json().user.displayName).toBe('🌱'.repeat(15));
  });

  it('a replayed ciphertext is refused with 409 and nothing is stored', async () => {
    const stored = await t.deps.store.repos.records.find({ coupleId: k.coupleId, recordId: live.id });
    const before = await counts();
    // B replays A's stored sealed bytes as a new record of B's own.
    await expectRefused(await k.b.client.post(records(), createOf({ sealed: stored!.sealed })), 409, 'records.ciphertext_reused');
    // A replays the stored sealed bytes as the "next version".
    await expectRefused(await k.a.client.put(`${records()}/${live.id}`, updateOf({ sealed: stored!.sealed })), 409, 'records.ciphertext_reused');
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['%00', [400, 404]],
    ['..%2f', [400, 404]],
    ['..%2F..%2Fusers', [400, 404]],
    ['__proto__', [400, 404]],
    ['-1', [400, 404]],
    ['0x1', [400, 404]],
    [crypto.randomUUID().toUpperCase(), [400, 404]],
  ] as const)('path parameter %s → 400/404 with a JSON error', async (param, statuses) => {
    await expectRefused(await raw('GET', `/api/v1/couples/${param}/records`), [...statuses]);
    await expectRefused(await raw('PUT', `${records()}/${param}`, json(updateOf())), [...statuses]);
    await expectRefused(await raw('DELETE', `${records()}/${param}?expectedVersion=1`, '{}'), [...statuses]);
  });

  // BUG: Fastify answers a path parameter over maxParamLength (100) itself, before the error handler:
  // 414 with {"error":"Bad Request","code":"FST_ERR_MAX_PARAM_LENGTH","message":"'<the whole URL>' …"},
  // not the API's {error:{code,message}} shape. Remove `.fails` once build-app sets `frameworkErrors`.
  it('path parameter of 101 characters → 414 in the API error shape', async () => {
    await expectRefused(await raw('GET', `/api/v1/couples/${'a'.repeat(101)}/records`), 414);
  });

  it.each([
    ['expectedVersion=abc'],
    ['expectedVersion=0'],
    ['expectedVersion=1&expectedVersion=2'],
    ['expectedVersion=1e3'],
    [''],
  ])('DELETE with query %j → 400 and the record stays', async (query) => {
    const stored = await t.deps.store.repos.records.find({ coupleId: k.coupleId, recordId: live.id });
    await expectRefused(await raw('DELETE', `${records()}/${live.id}?${query}`, '{}'), 400);
    expect(await t.deps.store.repos.records.find({ coupleId: k.coupleId, recordId: live.id })).toEqual(stored);
  });

  it.each([['mine=-1'], ['mine=abc'], ['shared=1e3'], ['mine=1&mine=2'], ['__proto__[x]=1'], ['other=1']])('GET records with query %j → 400', async (query) => {
    await expectRefused(await raw('GET', `${records()}?${query}`), 400);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  describe('property: generated bad input never yields a 5xx', () => {
    const jsonish = fc.oneof(
      fc.anything({ withNullPrototype: true, withObjectString: true }).map((v) => {
        try {
          return JSON.stringify(v) ?? 'null';
        } catch {
          return '{}';
        }
      }),
      fc.string({ unit: 'binary' }),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    // Any code point, lone surrogates included, inside JSON strings (escaped by JSON.stringify).
    const anyString = fc.string({ unit: 'binary', maxLength: 40 });
    /** a valid body with one key replaced, removed or added */
    const mutated = (valid: () => Record<string, unknown>) =>
      fc
        .tuple(fc.nat(), fc.oneof(fc.constant<'drop'>('drop'), fc.constant<'add'>('add'), fc.constant<'set'>('set')), fc.oneof(fc.jsonValue(), anyString), fc.string({ unit: 'binary', maxLength: 12 }))
        .map(([index, op, value, newKey]) => {
          const body: Record<string, unknown> = { ...valid() };
          const keys = Object.keys(body);
          const key = keys[index % keys.length]!;
          if (op === 'drop') delete body[key];
          else if (op === 'add') body[newKey] = value;
          else body[key] = value;
          return JSON.stringify(body);
        });

    const targets: Array<[string, 'POST' | 'PUT', () => string, () => Record<string, unknown>]> = [
      ['signup', 'POST', () => '/api/v1/auth/signup', () => signUpBody()],
      ['login', 'POST', () => '/api/v1/auth/login', () => ({ email: k.a.email, authKey: toBase64Url(rand(32)) })],
      ['salt', 'POST', () => '/api/v1/auth/salt', () => ({ email: k.a.email })],
      ['create record', 'POST', records, () => createOf()],
      ['update record', 'PUT', () => `${records()}/${live.id}`, () => updateOf()],
    ];

    it.each(targets)('%s', async (_name, method, url, valid) => {
      const statuses: number[] = [];
      await fc.assert(
        fc.asyncProperty(fc.oneof(jsonish, mutated(valid)), async (payload) => {
          const response = await raw(method, url(), payload);
          statuses.push(response.statusCode);
          expect(response.statusCode).toBeLessThan(500);
          if (response.statusCode >= 400) expect(response.json()).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
        }),
        { numRuns: 120 },
      );
      expect(statuses.filter((s) => s >= 400).length).toBeGreaterThan(0);
      expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
      expect(({} as Record<string, unknown>).x).toBeUndefined();
    });
  });
});
