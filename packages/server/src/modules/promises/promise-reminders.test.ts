import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.ts';
import { testDialects } from '../../test/test-dialects.ts';
import { sealedRecordBody, seedCouple, type TestCouple, type TestUser } from '../../test/factories.ts';

/** Issue 3: reminders to the promiser before the due time, and once after it if nothing was said. */
describe.each(testDialects())('promise reminders (%s)', (dialect) => {
  let t: TestApp;
  let couple: TestCouple;
  const base = () => `/api/v1/couples/${couple.coupleId}/records`;
  // The test clock starts at 2026-11-26T12:00Z. Due 18:00 in Berlin = 17:00Z, reminder 10 minutes before.
  const metadata = { due: { localDate: '2026-11-26', localTime: '18:00' }, timeZone: 'Europe/Berlin', repeat: null, reminderLeadMinutes: 10 };
  const kinds = async (user: TestUser) => ((await user.client.get('/api/v1/notifications')).json().notifications as Array<{ kind: string }>).map((n) => n.kind);
  const runAt = (iso: string) => t.deps.jobs.runDue(new Date(iso));
  const step = (author: TestUser, promiseId: string, transition: string, extra: Record<string, unknown> = {}) =>
    sealedRecordBody({ couple, author, kind: 'promise_event', visibility: 'partner', content: { message: '', promise: null }, metadata: { promiseId, occurrence: 'once', transition, schedule: null, ...extra } });

  async function makePromise(extra: Record<string, unknown> = {}) {
    const body = sealedRecordBody({ couple, author: couple.a, kind: 'promise', visibility: 'partner', content: { text: 'I’ll text when I leave work', details: '' }, metadata: { ...metadata, ...extra } });
    expect((await couple.a.client.post(base(), body)).statusCode).toBe(201);
    return body;
  }

  beforeEach(async () => {
    t = await buildTestApp({ dialect });
    couple = await seedCouple(t.app);
  });
  afterEach(() => t.close());

  it('reminds the promiser at the lead time and asks "did you keep it?" once after; the partner is never told', async () => {
    await makePromise();
    await runAt('2026-11-26T16:49:00Z');
    expect(await kinds(couple.a)).toEqual([]);
    await runAt('2026-11-26T16:50:00Z');
    expect(await kinds(couple.a)).toEqual(['promise_due_soon']);
    await runAt('2026-11-26T17:15:00Z');
    await runAt('2026-11-26T17:16:00Z');
    expect(await kinds(couple.a)).toEqual(['promise_check_in', 'promise_due_soon']);
    expect(await kinds(couple.b)).toEqual([]);
  });

  it('does not ask after the due time once the promise was marked done', async () => {
    const made = await makePromise();
    t.clock.set(new Date('2026-11-26T16:55:00Z'));
    expect((await couple.a.client.post(base(), step(couple.a, made.id, 'mark_done'))).statusCode).toBe(201);
    await runAt('2026-11-26T18:00:00Z');
    expect(await kinds(couple.a)).toEqual([]); // the lead reminder came due while done: also not sent
  });

  it('drops the old schedule’s reminders after a renegotiation and reminds at the new time', async () => {
    const made = await makePromise();
    const schedule = { ...metadata, due: { localDate: '2026-11-27', localTime: '09:00' } };
    expect((await couple.a.client.post(base(), step(couple.a, made.id, 'renegotiate', { schedule }))).statusCode).toBe(201);
    await runAt('2026-11-26T17:30:00Z');
    expect(await kinds(couple.a)).toEqual([]);
    await runAt('2026-11-27T07:50:00Z'); // 08:50 in Berlin
    expect(await kinds(couple.a)).toEqual(['promise_due_soon']);
  });

  it('lets the promiser mark a notification read, and nobody else', async () => {
    await makePromise();
    await runAt('2026-11-26T16:50:00Z');
    const [first] = (await couple.a.client.get('/api/v1/notifications')).json().notifications as Array<{ id: string; readAt: string | null }>;
    expect((await couple.b.client.post(`/api/v1/notifications/${first!.id}/read`)).statusCode).toBe(404);
    expect((await couple.a.client.post(`/api/v1/notifications/${first!.id}/read`)).statusCode).toBe(204);
    expect((await couple.a.client.get('/api/v1/notifications')).json().notifications[0].readAt).not.toBeNull();
  });

  it('a private draft has no reminders', async () => {
    const draft = sealedRecordBody({ couple, author: couple.a, kind: 'promise', visibility: 'private', content: { text: 'draft', details: '' }, metadata });
    await couple.a.client.post(base(), draft);
    await runAt('2026-11-26T18:00:00Z');
    expect(await kinds(couple.a)).toEqual([]);
  });
});
