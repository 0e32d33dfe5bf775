import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64Url } from '@mend/core';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../test/build-test-app.ts';
import { testDialects } from '../test/test-dialects.ts';
import { rand, signUpUser, type TestUser } from '../test/factories.ts';

/** RL-1 (security-baseline §6.2, §7.4): 5 login attempts per (IP, account) per 15 minutes. */
describe.each(testDialects())('login rate limit (%s)', (dialect) => {
  let t: TestApp;
  let victim: TestUser;
  let bystander: TestUser;
  const attempt = (email: string, authKey: string, ip = '203.0.113.7') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      remoteAddress: ip,
      headers: { origin: TEST_ORIGIN, 'sec-fetch-site': 'same-origin', 'x-requested-with': 'mend', 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${Math.floor(Math.random() * 250)}` },
      payload: JSON.stringify({ email, authKey }),
    });

  beforeAll(async () => {
    t = await buildTestApp({ dialect, rateLimits: true });
    victim = await signUpUser(t.app, { name: 'Vic' });
    bystander = await signUpUser(t.app, { name: 'Bea' });
  });
  afterAll(() => t.close());

  it('the 6th wrong login for one account from one IP is 429 with Retry-After; never a 5xx', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const response = await attempt(victim.email, toBase64Url(rand(32)));
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(response.json()).toEqual({ error: { code: 'request.rate_limited', message: expect.any(String) } });
      }
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // A different spelling of the same address is the same account (X-Forwarded-For is not trusted either).
    expect((await attempt(` ${victim.email.toUpperCase()} `, toBase64Url(rand(32)))).statusCode).toBe(429);
  });

  it('the 31st login from one IP (one attempt each over many accounts) is 429 with Retry-After; never a 5xx', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const response = await attempt(`spray-${i}@example.test`, toBase64Url(rand(32)), '203.0.113.99');
      statuses.push(response.statusCode);
      if (response.statusCode === 429) expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });

  it('limits one (IP, account) pair only: another account from that IP, and the account from another IP, still work', async () => {
    expect((await attempt(bystander.email, bystander.authKey)).statusCode).toBe(200);
    expect((await attempt(victim.email, victim.authKey, '192.0.2.44')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
