import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/build-test-app.ts';
import { testDialects } from '../../test/test-dialects.ts';
import { sealedRecordBody, seedCouple, type TestCouple } from '../../test/factories.ts';

/** Promises stored as sealed records: shared ones are never silently edited or deleted (issue 3). */
describe.each(testDialects())('promise records (%s)', (dialect) => {
  let t: TestApp;
  let couple: TestCouple;
  const base = () => `/api/v1/couples/${couple.coupleId}/records`;
  // The test clock is 2026-11-26T12:00Z; 18:00 in Berlin is still ahead.
  const metadata = { due: { localDate: '2026-11-26', localTime: '18:00' }, timeZone: 'Europe/Berlin', repeat: null, reminderLeadMinutes: 10 };
  const promise = (visibility: 'partner' | 'private', extra: Partial<Parameters<typeof sealedRecordBody>[0]> = {}) =>
    sealedRecordBody({ couple, author: couple.a, kind: 'promise', visibility, content: { text: 'I’ll text when I leave work', details: '' }, metadata, ...extra });

  beforeEach(async () => {
    t = await buildTestApp({ dialect });
    couple = await seedCouple(t.app);
  });
  afterEach(() => t.close());

  it('lets the promiser make a shared promise the partner can read, and never delete or rewrite it', async () => {
    const body = promise('partner');
    expect((await couple.a.client.post(base(), body)).statusCode).toBe(201);
    expect((await couple.b.client.get(base())).json().records.map((r: { kind: string }) => r.kind)).toEqual(['promise']);

    const deleted = await couple.a.client.delete(`${base()}/${body.id}?expectedVersion=1`);
    expect(deleted.statusCode).toBe(409);
    expect(deleted.json().error.code).toBe('promises.never_deleted');
    const rewritten = promise('partner', { id: body.id, version: 2, content: { text: 'something else', details: '' } });
    const put = await couple.a.client.put(`${base()}/${body.id}`, { expectedVersion: 1, visibility: 'partner', metadata: rewritten.metadata, sealed: rewritten.sealed });
    expect(put.statusCode).toBe(409);
    expect(put.json().error.code).toBe('promises.change_by_renegotiating');
    expect((await couple.b.client.delete(`${base()}/${body.id}?expectedVersion=1`)).statusCode).toBe(403);
    expect((await couple.b.client.get(base())).json().records[0].version).toBe(1);
  });

  it('lets a private draft be edited, shared, or thrown away', async () => {
    const draft = promise('private');
    await couple.a.client.post(base(), draft);
    const shared = promise('partner', { id: draft.id, version: 2 });
    expect((await couple.a.client.put(`${base()}/${draft.id}`, { expectedVersion: 1, visibility: 'partner', metadata: shared.metadata, sealed: shared.sealed })).statusCode).toBe(200);
    const other = promise('private');
    await couple.a.client.post(base(), other);
    expect((await couple.a.client.delete(`${base()}/${other.id}?expectedVersion=1`)).statusCode).toBe(200);
  });

  it('refuses a due time that has already passed, and a repeat without a due time', async () => {
    const late = promise('partner', { metadata: { ...metadata, due: { localDate: '2026-11-26', localTime: '12:30' } } });
    const response = await couple.a.client.post(base(), late);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('promises.due_in_past');
    const noDue = promise('partner', { metadata: { ...metadata, due: null, repeat: { kind: 'daily', until: null } } });
    expect((await couple.a.client.post(base(), noDue)).json().error.code).toBe('records.invalid_metadata');
  });

  describe('its history, one sealed step at a time', () => {
    const step = (author: TestCouple['a'], promiseId: string, transition: string, extra: Record<string, unknown> = {}) =>
      sealedRecordBody({
        couple,
        author,
        kind: 'promise_event',
        visibility: 'partner',
        content: { message: `${transition} note`, promise: null },
        metadata: { promiseId, occurrence: 'once', transition, schedule: null, ...extra },
      });

    it('only the promiser marks done and only the partner confirms kept; the ledger keeps every step', async () => {
      const made = promise('partner');
      await couple.a.client.post(base(), made);
      const bMarks = await couple.b.client.post(base(), step(couple.b, made.id, 'mark_done'));
      expect(bMarks.statusCode).toBe(403);
      expect(bMarks.json().error.code).toBe('promises.only_promiser');
      expect((await couple.a.client.post(base(), step(couple.a, made.id, 'mark_done'))).statusCode).toBe(201);
      const aConfirms = await couple.a.client.post(base(), step(couple.a, made.id, 'confirm_kept'));
      expect(aConfirms.statusCode).toBe(403);
      expect(aConfirms.json().error.code).toBe('promises.only_partner');
      expect((await couple.b.client.post(base(), step(couple.b, made.id, 'confirm_kept'))).statusCode).toBe(201);
      const again = await couple.a.client.post(base(), step(couple.a, made.id, 'mark_done'));
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('promises.not_allowed_now');
      const ledger = (await couple.a.client.get(base())).json().records.filter((r: { kind: string }) => r.kind === 'promise_event');
      expect(ledger.map((r: { metadata: { transition: string } }) => r.metadata.transition)).toEqual(['mark_done', 'confirm_kept']);
      const first = ledger[0] as { id: string };
      expect((await couple.a.client.delete(`${base()}/${first.id}?expectedVersion=1`)).json().error.code).toBe('promises.history_is_permanent');
    });

    it('renegotiates openly before the due time with a new schedule, and not after it', async () => {
      const made = promise('partner');
      await couple.a.client.post(base(), made);
      const schedule = { ...metadata, due: { localDate: '2026-11-27', localTime: '09:00' } };
      expect((await couple.a.client.post(base(), step(couple.a, made.id, 'renegotiate', { schedule }))).statusCode).toBe(201);
      t.clock.set(new Date('2026-11-27T09:30:00Z'));
      const late = await couple.a.client.post(base(), step(couple.a, made.id, 'renegotiate', { schedule: { ...metadata, due: { localDate: '2026-11-28', localTime: '09:00' } } }));
      expect(late.json().error.code).toBe('promises.renegotiate_after_due');
      expect((await couple.a.client.post(base(), step(couple.a, made.id, 'own_miss'))).statusCode).toBe(201);
    });

    it('steps must name a real occurrence of a shared promise of this couple', async () => {
      const made = promise('partner');
      await couple.a.client.post(base(), made);
      expect((await couple.a.client.post(base(), step(couple.a, made.id, 'mark_done', { occurrence: '2026-11-26' }))).json().error.code).toBe('promises.no_such_occurrence');
      const draft = promise('private');
      await couple.a.client.post(base(), draft);
      expect((await couple.a.client.post(base(), step(couple.a, draft.id, 'mark_done'))).statusCode).toBe(404);
    });
  });
});
