import { it } from 'vitest';
import { buildTestApp } from '../test/build-test-app.ts';
import { signUpUser } from '../test/factories.ts';
it('probe', async () => {
  const t = await buildTestApp({ dialect: 'sqlite' });
  const u = await signUpUser(t.app);
  for (const url of ['/%61pi/v1/auth/me', '/api/v1/auth/me?x=1', '/api/v1//auth/me', '/api/v1/auth/me/']) {
    const r = await t.app.inject({ method: 'GET', url, headers: { cookie: u.client.cookie! } });
    console.log(url, r.statusCode, r.headers['cache-control'], r.body.slice(0, 80));
  }
  const r = await t.app.inject({ method: 'POST', url: '/%61pi/v1/auth/salt', headers: { origin: 'http://localhost:3000', 'x-requested-with': 'mend', 'content-type': 'application/json' }, payload: JSON.stringify({ email: 'a@b.cd' }) });
  console.log('salt', r.statusCode, r.headers['cache-control'], r.body);
  const r2 = await t.app.inject({ method: 'GET', url: '/api/v1/couples/' + 'a'.repeat(101) + '/records', headers: { cookie: u.client.cookie! } });
  console.log('long', r2.statusCode, r2.body);
  for (const p of ['%00', '..%2f', '..%2F..%2Fetc', '__proto__']) {
    const r3 = await t.app.inject({ method: 'GET', url: `/api/v1/couples/${p}/records`, headers: { cookie: u.client.cookie! } });
    console.log(p, r3.statusCode, r3.body);
  }
  const r4 = await u.client.post('/api/v1/auth/salt', JSON.parse('{"email":"a@b.cd","__proto__":{"x":1}}'));
  console.log('proto', r4.statusCode, r4.body);
  const r5 = await t.app.inject({ method: 'POST', url: '/api/v1/auth/salt', headers: { origin: 'http://localhost:3000', 'x-requested-with': 'mend', 'content-type': 'application/json' }, payload: '{"email":"a@b.cd","__proto__":{"x":1}}' });
  console.log('proto raw', r5.statusCode, r5.body);
  const r6 = await t.app.inject({ method: 'POST', url: '/api/v1/auth/salt', headers: { origin: 'http://localhost:3000', 'x-requested-with': 'mend', 'content-type': 'application/json' }, payload: '{"email":"a@b.cd","constructor":{"prototype":{"x":1}}}' });
  console.log('ctor raw', r6.statusCode, r6.body);
  const r7 = await t.app.inject({ method: 'POST', url: '/api/v1/auth/salt', headers: { origin: 'http://localhost:3000', 'x-requested-with': 'mend', 'content-type': 'application/json' }, payload: 'x'.repeat(300*1024) });
  console.log('big', r7.statusCode, r7.body);
  console.log(t.logs.slice(-3).join(''));
  await t.close();
});
