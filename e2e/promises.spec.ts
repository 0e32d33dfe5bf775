import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './fixtures/browser.ts';
import { formCouple, type Couple } from './fixtures/couple.ts';
import { lookAt } from './fixtures/look.ts';
import { removeDataDir, startServer, type RunningServer } from './fixtures/server.ts';
import { PromisesPage } from './page-models/promises-page.ts';

/** Issue 3 (first slice): A makes a promise, marks it done, B confirms it kept; each sees only their own moves. */
describe('the promise ledger', () => {
  let server: RunningServer;
  let browser: Browser;
  let couple: Couple;
  const promise = 'I’ll text when I leave work';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    couple = await formCouple(browser, server);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server);
  });

  it('A makes a promise; B sees it, and cannot mark A’s promise done', async () => {
    const aLedger = await new PromisesPage(couple.a.page).open();
    await aLedger.makePromise(promise);
    const bLedger = await new PromisesPage(couple.b.page).open();
    await bLedger.card(promise).waitFor();
    expect(await bLedger.card(promise).getByRole('button', { name: 'I did it' }).count()).toBe(0);
    expect(await bLedger.card(promise).getByRole('button', { name: 'Release from this promise' }).count()).toBe(1);
  });

  it('A marks it done; B confirms it kept, live on both sides, and A cannot confirm their own', async () => {
    const aLedger = new PromisesPage(couple.a.page);
    expect(await aLedger.card(promise).getByRole('button', { name: 'Yes, it’s kept' }).count()).toBe(0);
    await aLedger.act(promise, 'I did it', 'Texted from the car park.');
    await aLedger.card(promise).getByText('Done — waiting for your partner to confirm').waitFor();
    const bLedger = new PromisesPage(couple.b.page);
    await bLedger.card(promise).getByText('Marked done — does it feel kept to you?').waitFor();
    await bLedger.act(promise, 'Yes, it’s kept');
    await bLedger.card(promise).getByText('Kept', { exact: true }).waitFor();
    await aLedger.card(promise).getByText('Kept', { exact: true }).waitFor();
    await couple.a.page.getByRole('heading', { name: 'Kept over time' }).waitFor();
  });

  it('looks calm at phone and laptop sizes with no serious accessibility findings', async () => {
    expect(await lookAt(couple.b.page, 'promises')).toEqual([]);
  });
});
