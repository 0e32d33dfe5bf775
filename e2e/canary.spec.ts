import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './fixtures/browser.ts';
import { formCouple, type Couple } from './fixtures/couple.ts';
import { dataDirFiles, found, probeApi, type ProbedResponse } from './fixtures/leak-probes.ts';
import { canary, cookieHeader, newPerson, signUp, type Person } from './fixtures/people.ts';
import { removeDataDir, startServer, type RunningServer } from './fixtures/server.ts';
import { StartSpacePage } from './page-models/couple-pages.ts';
import { TodayPage } from './page-models/today-page.ts';
import { PromisesPage } from './page-models/promises-page.ts';

/**
 * End-to-end encryption, checked from the outside: unique strings typed into Mend must never exist in
 * plain text on the server — not in the database files, not in its log, not in any API response to
 * anyone (the records API carries only ciphertext, even to the author).
 */
describe('what people write never reaches the server in plain text', () => {
  let server: RunningServer;
  let browser: Browser;
  let couple: Couple;
  let outsider: Person;
  const written = {
    aSharedNote: canary(),
    aSharedTruth: canary(),
    aSecondTruth: canary(),
    aPrivateNote: canary(),
    bPrivateNote: canary(),
    bPrivateTruth: canary(),
    bReactionNote: canary(),
    aPromise: canary(),
    aPromiseNewWords: canary(),
    aRenegotiationReason: canary(),
    aDoneNote: canary(),
    bNotQuite: canary(),
    aOwnedMiss: canary(),
  };
  const all = Object.values(written);
  const privateToB = [written.bPrivateNote, written.bPrivateTruth];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server);
  });

  it('a couple writes shared and private check-ins and a response with a note; an outsider has a space of their own', async () => {
    couple = await formCouple(browser, server, { a: 'Mia', b: 'Noah' });
    const { a, b } = couple;
    outsider = await newPerson(browser, server, 'Olu');
    await signUp(outsider);
    await new StartSpacePage(outsider.page).startSpace('Both of us');

    const aToday = await new TodayPage(a.page).open();
    const bToday = await new TodayPage(b.page).open();
    await aToday.writeCheckin({
      mood: 'Anxious',
      need: "I'd like some space",
      smallTruths: [written.aSharedTruth, written.aSecondTruth],
      note: written.aSharedNote,
      visibility: 'Share with Noah',
    });
    await bToday.entryWith(written.aSharedNote).waitFor();
    await bToday.writeCheckin({ mood: 'Sad', smallTruths: [written.bPrivateTruth], note: written.bPrivateNote });
    await bToday.react(bToday.entryWith(written.aSharedNote), 'Heart', written.bReactionNote);
    await aToday.entryWith(written.aSharedNote).getByText(`Noah responded: Heart — “${written.bReactionNote}”`).waitFor();

    // A's one check-in of the day becomes private, with words only A may ever read.
    await aToday.editCheckin({ note: written.aPrivateNote, visibility: 'Private' });
    await aToday.entryWith(written.aPrivateNote).getByText('Only you').waitFor();
    await bToday.entryWith(written.aSharedNote).waitFor({ state: 'detached' });

    expect(found(await aToday.visibleText(), privateToB)).toEqual([]);
    expect(found(await bToday.visibleText(), [written.aPrivateNote])).toEqual([]);
  });

  it('a promise, its renegotiation, a "not quite" and an owned miss are written through the ledger', async () => {
    const { a, b } = couple;
    const aLedger = await new PromisesPage(a.page).open();
    await aLedger.makePromise(written.aPromise);
    const card = aLedger.card(written.aPromise);
    await card.getByRole('button', { name: 'Renegotiate' }).click();
    await card.getByLabel('The promise from now on').fill(written.aPromiseNewWords);
    await card.getByLabel('Why (your partner will read this)').fill(written.aRenegotiationReason);
    await card.getByRole('button', { name: 'Renegotiate openly' }).click();
    await aLedger.act(written.aPromiseNewWords, 'I did it', written.aDoneNote);
    const bLedger = await new PromisesPage(b.page).open();
    await bLedger.card(written.aPromiseNewWords).getByText('Marked done — does it feel kept to you?').waitFor();
    await bLedger.act(written.aPromiseNewWords, 'Not quite', written.bNotQuite);
    await aLedger.card(written.aPromiseNewWords).getByRole('button', { name: 'I didn’t keep it' }).waitFor();
    await aLedger.act(written.aPromiseNewWords, 'I didn’t keep it', written.aOwnedMiss);
    await bLedger.card(written.aPromiseNewWords).getByText('Missed, and owned honestly').waitFor();
  });

  it('no API response to an outsider, an anonymous caller, the partner or the author contains what was written', async () => {
    const { a, b } = couple;
    const coupleId = ((await (await fetch(`${server.origin}/api/v1/couples`, { headers: { cookie: await cookieHeader(a) } })).json()) as { couples: Array<{ id: string }> })
      .couples[0]?.id;
    const outsiderCoupleId = (
      (await (await fetch(`${server.origin}/api/v1/couples`, { headers: { cookie: await cookieHeader(outsider) } })).json()) as { couples: Array<{ id: string }> }
    ).couples[0]?.id;
    expect(coupleId).toBeTruthy();
    expect(outsiderCoupleId).toBeTruthy();
    expect(outsiderCoupleId).not.toBe(coupleId);
    const paths = ['/api/v1/auth/me', '/api/v1/auth/sessions', '/api/v1/couples', `/api/v1/couples/${coupleId}/records`, `/api/v1/couples/${outsiderCoupleId}/records`];

    const responses: ProbedResponse[] = [
      ...(await probeApi(server, 'anonymous', null, paths)),
      ...(await probeApi(server, 'outsider', await cookieHeader(outsider), paths)),
      ...(await probeApi(server, 'partner B', await cookieHeader(b), paths)),
      ...(await probeApi(server, 'author A', await cookieHeader(a), paths)),
    ];

    // the bodies were really searched: the partner's display name is in the space as the author sees it
    expect(found(responses.find((r) => r.caller === 'author A' && r.path === '/api/v1/couples')?.body ?? '', ['Noah'])).toEqual(['Noah']);
    const leaks = responses.flatMap((r) => found(r.body, all).map((c) => `${r.caller} GET ${r.path} (${r.status}) contains ${c}`));
    expect(leaks).toEqual([]);

    const statusOf = (caller: string, path: string) => responses.find((r) => r.caller === caller && r.path === path)?.status;
    const records = `/api/v1/couples/${coupleId}/records`;
    expect(statusOf('anonymous', records)).toBe(401);
    expect(statusOf('outsider', records)).toBe(404);
    // the probes did reach the entries: the couple's own calls list them (as ciphertext)
    expect(statusOf('partner B', records)).toBe(200);
    const listed = (caller: string) =>
      (JSON.parse(responses.find((r) => r.caller === caller && r.path === records)?.body ?? '{}') as { records?: Array<{ authorId: string; kind: string }> }).records ?? [];
    const bId = (JSON.parse(responses.find((r) => r.caller === 'partner B' && r.path === '/api/v1/auth/me')?.body ?? '{}') as { user?: { id: string } }).user?.id;
    // A's list holds A's check-in, B's response and the promise's ledger (A's promise and steps, B's
    // "not quite"); B's private check-in is not even listed for A.
    expect(listed('author A').map((r) => `${r.authorId === bId ? 'B' : 'A'}:${r.kind}`).sort()).toEqual([
      'A:checkin',
      'A:promise',
      'A:promise_event',
      'A:promise_event',
      'A:promise_event',
      'B:promise_event',
      'B:reaction',
    ]);
    expect(listed('partner B').length).toBeGreaterThanOrEqual(2);
  });

  it('neither the database files (SQLite and its WAL) nor the server log contain what was written', async () => {
    const sqliteWhileRunning = dataDirFiles(server.dataDir);
    expect(sqliteWhileRunning.map((f) => f.path)).toContain(server.sqlitePath);
    await Promise.all(browser.contexts().map((context) => context.close())); // let the live streams end
    await server.stop(); // the WAL is checkpointed into the main file on close: check both moments
    const afterStop = dataDirFiles(server.dataDir);

    const leaks = [...sqliteWhileRunning, ...afterStop].flatMap((f) => found(f.bytes, all).map((c) => `${f.path} contains ${c}`));
    expect(leaks).toEqual([]);
    // the files were really read: the display names are stored in plain text
    const everything = Buffer.concat([...sqliteWhileRunning, ...afterStop].map((f) => f.bytes));
    expect(found(everything, ['Mia', 'Noah'])).toEqual(['Mia', 'Noah']);
    expect(sqliteWhileRunning.some((f) => f.path === `${server.sqlitePath}-wal`) || afterStop.some((f) => f.path === server.sqlitePath)).toBe(true);

    const log = server.output();
    expect(log).toContain('/records');
    expect(found(log, all)).toEqual([]);
  });
});
