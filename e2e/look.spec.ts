import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './fixtures/browser.ts';
import { lookAt } from './fixtures/look.ts';
import { newPerson, type Person } from './fixtures/people.ts';
import { removeDataDir, startServer, type RunningServer } from './fixtures/server.ts';
import { InvitePage, JoinPage, StartSpacePage } from './page-models/couple-pages.ts';
import { RecoveryCodePage } from './page-models/recovery-code-page.ts';
import { SignUpPage } from './page-models/sign-up-page.ts';
import { TodayPage } from './page-models/today-page.ts';

/**
 * The main pages at a phone size (390×844) and a laptop size (1280×800): screenshots into
 * e2e/screenshots/ for a person to look at, and axe with no serious or critical findings.
 */
describe('how Mend looks and reads, page by page', () => {
  let server: RunningServer;
  let browser: Browser;
  let a: Person;
  let b: Person;
  let inviteLink = '';
  const note = 'I walked home the long way and thought about us.';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    a = await newPerson(browser, server, 'Ana');
    b = await newPerson(browser, server, 'Ben');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server);
  });

  it('sign-up', async () => {
    const signUp = await new SignUpPage(a.page).open();
    expect(await lookAt(a.page, 'sign-up')).toEqual([]);
    await signUp.createAccount(a);
  });

  it('recovery code', async () => {
    const recovery = new RecoveryCodePage(a.page);
    await recovery.readCode();
    expect(await lookAt(a.page, 'recovery-code')).toEqual([]);
    a.recoveryCode = await recovery.saveAndConfirm();
  });

  it('couple setup (start a space)', async () => {
    const start = new StartSpacePage(a.page);
    await start.waitForHeading('Start your space');
    expect(await lookAt(a.page, 'start-space')).toEqual([]);
    await start.startSpace("I'm rebuilding trust");
  });

  it('invite', async () => {
    inviteLink = await new InvitePage(a.page).createInviteLink();
    expect(await lookAt(a.page, 'invite')).toEqual([]);
  });

  it('join (the partner opens the link)', async () => {
    const join = await new JoinPage(b.page).open(inviteLink);
    expect(await join.title()).toBe('Ana invited you to Mend');
    expect(await lookAt(b.page, 'join')).toEqual([]);
    await new SignUpPage(b.page).createAccount(b);
    b.recoveryCode = await new RecoveryCodePage(b.page).saveAndConfirm();
    await join.join("I'm deciding whether to trust again");
  });

  it('check-in (Today with the form)', async () => {
    const today = await new TodayPage(a.page).open();
    await today.fillCheckin({ mood: 'Hopeful', need: "I'd like comfort", smallTruths: ['I was nervous about telling you about Friday.'], note, visibility: 'Share with Ben' });
    expect(await lookAt(a.page, 'check-in')).toEqual([]);
    await today.saveCheckin();
  });

  it("partner's view (B's Today with A's shared check-in)", async () => {
    const today = await new TodayPage(b.page).open();
    await today.entryWith(note).waitFor();
    expect(await lookAt(b.page, 'partner-view')).toEqual([]);
  });
});
