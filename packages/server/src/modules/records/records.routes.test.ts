import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openRecordContent } from '@mend/core/crypto/index';
import { buildTestApp, type TestApp } from '../../test/build-test-app.ts';
import { testDialects } from '../../test/test-dialects.ts';
import { checkinContent, sealedRecordBody, seedCouple, type TestCouple } from '../../test/factories.ts';

describe.each(testDialects())('records routes (%s)', (dialect) => {
  let t: TestApp;
  let couple: TestCouple;
  const base = () => `/api/v1/couples/${couple.coupleId}/records`;

  beforeEach(async () => {
    t = await buildTestApp({ dialect });
    couple = await seedCouple(t.app);
  });
  afterEach(() => t.close());

  it('lets the partner read a shared check-in and never a private one', async () => {
    const shared = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('I was late because the bus broke down') });
    expect((await couple.a.client.post(base(), shared)).statusCode).toBe(201);
    const bPrivate = sealedRecordBody({ couple, author: couple.b, visibility: 'private', content: checkinContent('only mine') });
    expect((await couple.b.client.post(base(), bPrivate)).statusCode).toBe(201);

    const seenByA = (await couple.a.client.get(`${base()}?mine=0&shared=0`)).json();
    expect(seenByA.records.map((r: { id: string }) => r.id)).toEqual([shared.id]);
    expect(seenByA.withdrawn).toEqual([]);

    const seenByB = (await couple.b.client.get(`${base()}?mine=0&shared=0`)).json();
    const ids = seenByB.records.map((r: { id: string }) => r.id).sort();
    expect(ids).toEqual([shared.id, bPrivate.id].sort());
    const sharedForB = seenByB.records.find((r: { id: string }) => r.id === shared.id);
    const content = openRecordContent({
      key: couple.coupleKey,
      context: { coupleId: couple.coupleId, recordId: shared.id, kind: 'checkin', authorId: couple.a.id, visibility: 'partner', version: 1, metadata: shared.metadata },
      sealed: Buffer.from(sharedForB.sealed, 'base64url'),
    });
    expect(content).toMatchObject({ note: 'I was late because the bus broke down' });
  });

  it('keeps the partner cursor still when someone writes privately', async () => {
    const before = (await couple.b.client.get(`${base()}`)).json().cursor;
    await couple.a.client.post(base(), sealedRecordBody({ couple, author: couple.a, visibility: 'private', content: checkinContent('private') }));
    const after = (await couple.b.client.get(`${base()}`)).json().cursor;
    expect(after).toEqual(before);
  });

  it('refuses a stale version with 409 and keeps the stored entry', async () => {
    const body = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('first') });
    await couple.a.client.post(base(), body);
    const v2 = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('second'), id: body.id, version: 2 });
    const ok = await couple.a.client.put(`${base()}/${body.id}`, { expectedVersion: 1, visibility: 'partner', metadata: v2.metadata, sealed: v2.sealed });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().version).toBe(2);
    const stale = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('third'), id: body.id, version: 2 });
    const conflict = await couple.a.client.put(`${base()}/${body.id}`, { expectedVersion: 1, visibility: 'partner', metadata: stale.metadata, sealed: stale.sealed });
    expect(conflict.statusCode).toBe(409);
    expect(conflict.json().error.code).toBe('records.version_conflict');
    const stored = (await couple.b.client.get(base())).json().records[0];
    expect(stored.version).toBe(2);
    expect(stored.sealed).toBe(v2.sealed);
  });

  it('refuses a replayed ciphertext', async () => {
    const body = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('once') });
    await couple.a.client.post(base(), body);
    const replay = await couple.b.client.post(base(), { ...body, id: crypto.randomUUID() });
    expect(replay.statusCode).toBe(409);
    expect(replay.json().error.code).toBe('records.ciphertext_reused');
  });

  it('lets the partner react to a shared check-in, and not to their own', async () => {
    const checkin = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('hard day') });
    await couple.a.client.post(base(), checkin);
    const reaction = sealedRecordBody({ couple, author: couple.b, kind: 'reaction', visibility: 'partner', content: { reaction: 'hug', note: '' }, metadata: { targetId: checkin.id } });
    expect((await couple.b.client.post(base(), reaction)).statusCode).toBe(201);
    const own = sealedRecordBody({ couple, author: couple.a, kind: 'reaction', visibility: 'partner', content: { reaction: 'hug', note: '' }, metadata: { targetId: checkin.id } });
    expect((await couple.a.client.post(base(), own)).statusCode).toBe(404);
  });

  it('withdraws a shared entry from the partner when it becomes private', async () => {
    const body = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('shared then private') });
    await couple.a.client.post(base(), body);
    const first = (await couple.b.client.get(base())).json();
    expect(first.records).toHaveLength(1);
    const privateVersion = sealedRecordBody({ couple, author: couple.a, visibility: 'private', content: checkinContent('shared then private'), id: body.id, version: 2 });
    await couple.a.client.put(`${base()}/${body.id}`, { expectedVersion: 1, visibility: 'private', metadata: privateVersion.metadata, sealed: privateVersion.sealed });
    const next = (await couple.b.client.get(`${base()}?mine=${first.cursor.mine}&shared=${first.cursor.shared}`)).json();
    expect(next.records).toHaveLength(0);
    expect(next.withdrawn).toEqual([body.id]);
  });

  it('refuses a check-in for another day', async () => {
    const body = sealedRecordBody({ couple, author: couple.a, visibility: 'private', content: checkinContent('x'), metadata: { localDay: '2026-11-20', timeZone: 'UTC' } });
    const response = await couple.a.client.post(base(), body);
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('checkins.not_today');
  });

  it('makes the space read-only for both after one partner leaves', async () => {
    const body = sealedRecordBody({ couple, author: couple.a, visibility: 'partner', content: checkinContent('before leaving') });
    await couple.a.client.post(base(), body);
    expect((await couple.b.client.post(`/api/v1/couples/${couple.coupleId}/leave`)).statusCode).toBe(200);
    const write = await couple.a.client.post(base(), sealedRecordBody({ couple, author: couple.a, visibility: 'private', content: checkinContent('after'), now: t.clock.now() }));
    expect(write.statusCode).toBe(409);
    expect(write.json().error.code).toBe('couples.archived');
    expect((await couple.b.client.get(base())).json().records.map((r: { id: string }) => r.id)).toEqual([body.id]);
  });
});
