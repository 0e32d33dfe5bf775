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

  it('reminds A before a promise with a time comes due — live, in A’s header — and never B', async () => {
    // Due five minutes from now in A's time zone (Europe/London in these tests), reminder 10 minutes before:
    // the reminder is already due, so the server's next scheduler tick (every 15 s) sends it.
    const dueAt = new Date(Date.now() + 5 * 60_000);
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
        .formatToParts(dueAt)
        .map((p) => [p.type, p.value]),
    );
    const page = couple.a.page;
    await page.getByRole('button', { name: 'Make a promise', exact: true }).click();
    await page.getByLabel('What I promise').fill('I’ll call before dinner');
    await page.getByLabel('Day (optional)').fill(`${parts.year}-${parts.month}-${parts.day}`);
    await page.getByLabel('Time', { exact: true }).fill(`${parts.hour}:${parts.minute}`);
    await page.getByRole('radio', { name: '10 minutes before' }).check();
    await page.getByRole('button', { name: 'Make this promise' }).click();
    await page.getByRole('link', { name: '1 reminder' }).waitFor({ timeout: 45_000 });
    await page.getByRole('link', { name: '1 reminder' }).click();
    await page.getByText('Coming up: “I’ll call before dinner”.').waitFor();
    expect(await couple.b.page.getByRole('link', { name: /reminder/ }).count()).toBe(0);
    expect(await lookAt(page, 'reminders')).toEqual([]);
    await page.getByRole('button', { name: 'Mark as read' }).click();
    await page.getByRole('link', { name: '1 reminder' }).waitFor({ state: 'detached' });
  });

  it('A renegotiates openly before the due time; B reads the new words and the reason', async () => {
    const aLedger = await new PromisesPage(couple.a.page).open();
    const card = aLedger.card('I’ll call before dinner');
    await card.getByRole('button', { name: 'Renegotiate' }).click();
    await card.getByLabel('The promise from now on').fill('I’ll call after dinner');
    await card.getByLabel('Why (your partner will read this)').fill('The meeting runs late tonight.');
    await card.getByRole('button', { name: 'Renegotiate openly' }).click();
    await aLedger.card('I’ll call after dinner').waitFor();
    const bCard = new PromisesPage(couple.b.page).card('I’ll call after dinner');
    await bCard.waitFor();
    await bCard.getByText('What was said').click();
    await bCard.getByText('The meeting runs late tonight.', { exact: false }).waitFor();
  });

  it('looks calm at phone and laptop sizes with no serious accessibility findings', async () => {
    // The kept-over-time chart is drawn (its numbers are also in the table), under the strict CSP.
    await couple.b.page.locator('.kept-chart canvas').waitFor();
    expect(await lookAt(couple.b.page, 'promises')).toEqual([]);
    expect([...couple.a.pageProblems, ...couple.b.pageProblems]).toEqual([]);
  });
});
