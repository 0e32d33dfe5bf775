import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './fixtures/browser.ts';
import { formCouple, type Couple } from './fixtures/couple.ts';
import { canary, newPerson, signUp } from './fixtures/people.ts';
import { removeDataDir, startServer, type RunningServer } from './fixtures/server.ts';
import { InvitePage, JoinPage, SettingsPage, SpacePage, StartSpacePage } from './page-models/couple-pages.ts';
import { LogInPage } from './page-models/log-in-page.ts';
import { TodayPage } from './page-models/today-page.ts';
import type { Page } from 'playwright-core';

/** Live updates must arrive without a reload: a marker on `window` survives only in the same document. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __mendSameDocument: true }));
}
async function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __mendSameDocument?: boolean }).__mendSameDocument === true);
}

const LIVE_TIMEOUT = { timeout: 10_000 };

describe('a couple uses Mend from sign-up to recovery', () => {
  let server: RunningServer;
  let browser: Browser;
  let couple: Couple | undefined;
  const requireCouple = (): Couple => {
    if (!couple) throw new Error('the couple was never formed: see the first failing step');
    return couple;
  };
  const aNote = canary();
  const aTruth = canary();
  const bPrivateNote = canary();
  const bPrivateTruth = canary();
  const bSharedNote = canary();
  const bReactionNote = canary();

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) removeDataDir(server);
  });

  it('A signs up and invites B, and B joins from the link', async () => {
    couple = await formCouple(browser, server);
    const { a, b } = requireCouple();
    expect(a.recoveryCode).toMatch(/^[A-Z0-9]{4}(-[A-Z0-9]{4})+$/);
    expect(b.recoveryCode).not.toBe(a.recoveryCode);
    expect(couple.inviteLink).toMatch(new RegExp(`^${server.origin}/join/[^#]+#.+`));
    expect(couple.joinHeading).toBe('Ana invited you to Mend');
    await b.page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
    // Argon2id ran in a worker (the page stayed responsive), and the strict CSP broke nothing.
    expect(a.workers.some((url) => /kdf\.worker/.test(url))).toBe(true);
    expect([...a.pageProblems, ...b.pageProblems]).toEqual([]);
  });

  it('A, still on the invitation page, learns live that B has joined', async () => {
    const { a } = requireCouple();
    // The server sends A a "couple" event when B joins; A's open page stops offering the used link.
    await a.page.getByText('Ben has already joined your space.').waitFor(LIVE_TIMEOUT);
  });

  it('A and B see the same safety code', async () => {
    const { a, b } = requireCouple();
    await markDocument(a.page);
    const [aCode, bCode] = await Promise.all([
      new SpacePage(a.page).open().then((space) => space.safetyCode()),
      new SpacePage(b.page).open().then((space) => space.safetyCode()),
    ]);
    expect(aCode).toMatch(/\d{4}/);
    expect(bCode).toBe(aCode);
    // A's page learned of B live (no reload since joining).
    expect(await isSameDocument(a.page)).toBe(true);
    await a.page.getByText('Ana (you)').waitFor();
    await a.page.getByText('Ben', { exact: true }).waitFor();
  });

  // The server allows one check-in per person per day, so "a shared and a private check-in" by A is
  // today's one check-in, written shared, then edited to Private and back to shared.
  it('A shares a check-in and it reaches B, open on Today, without a reload', async () => {
    const { a, b } = requireCouple();
    const bToday = await new TodayPage(b.page).open();
    await markDocument(b.page);
    const aToday = await new TodayPage(a.page).open();

    await aToday.writeCheckin({ mood: 'Hopeful', need: "I'd like comfort", smallTruths: [aTruth], note: aNote, visibility: 'Share with Ben' });
    await aToday.entryWith(aNote).getByText('Shared with Ben').waitFor();

    const arrived = bToday.entryWith(aNote);
    await arrived.waitFor(LIVE_TIMEOUT);
    expect(await arrived.getByRole('heading').innerText()).toMatch(/^Ana · /);
    expect(await arrived.innerText()).toContain(aTruth);
    expect(await arrived.innerText()).toContain('Hopeful');
    expect(await isSameDocument(b.page)).toBe(true);
  });

  it('A makes the check-in private and B loses it live; shared again, B reads it again', async () => {
    const { a, b } = requireCouple();
    const aToday = new TodayPage(a.page);
    const bToday = new TodayPage(b.page);

    await aToday.editCheckin({ visibility: 'Private' });
    await aToday.entryWith(aNote).getByText('Only you').waitFor();
    await bToday.entryWith(aNote).waitFor({ state: 'detached', ...LIVE_TIMEOUT });
    expect(await bToday.visibleText()).not.toContain(aTruth);

    await aToday.editCheckin({ visibility: 'Share with Ben' });
    await aToday.entryWith(aNote).getByText('Shared with Ben').waitFor();
    await bToday.entryWith(aNote).waitFor(LIVE_TIMEOUT);
    expect(await isSameDocument(b.page)).toBe(true);
  });

  it('B writes a private check-in and responds with a Hug; A sees the Hug live but never B’s private words', async () => {
    const { a, b } = requireCouple();
    const aToday = new TodayPage(a.page);
    const bToday = new TodayPage(b.page);
    await markDocument(a.page);

    await bToday.writeCheckin({ mood: 'Tired', smallTruths: [bPrivateTruth], note: bPrivateNote });
    await bToday.entryWith(bPrivateNote).getByText('Only you').waitFor();

    const aEntryAtB = bToday.entryWith(aNote);
    await bToday.react(aEntryAtB, 'Hug', bReactionNote);
    expect(await aEntryAtB.getByRole('button', { name: 'Hug', exact: true }).getAttribute('aria-pressed')).toBe('true');

    const response = aToday.entryWith(aNote).getByText('Ben responded: Hug');
    await response.waitFor(LIVE_TIMEOUT);
    expect(await response.innerText()).toContain(bReactionNote);
    expect(await isSameDocument(a.page)).toBe(true);
    // The reaction was written after the private check-in, so A's page has synced past it.
    const aSees = await aToday.visibleText();
    expect(aSees).not.toContain(bPrivateNote);
    expect(aSees).not.toContain(bPrivateTruth);
  });

  it('B logs out and in again and still reads A’s check-in and their own', async () => {
    const { b } = requireCouple();
    await (await new SettingsPage(b.page).open()).logOut();
    expect(await b.page.getByText(aNote).count()).toBe(0);

    await (await new LogInPage(b.page).open()).logIn(b);
    const today = new TodayPage(b.page);
    await today.waitForTimeline();
    await today.entryWith(aNote).waitFor();
    expect(await today.entryWith(aNote).innerText()).toContain(aTruth);
    await today.entryWith(bPrivateNote).getByText('Only you').waitFor();

    // B's one check-in today stops being private: B rewrites it and shares it with A.
    await today.editCheckin({ smallTruths: [''], note: bSharedNote, visibility: 'Share with Ana' });
    await today.entryWith(bSharedNote).getByText('Shared with Ana').waitFor();
    await new TodayPage(requireCouple().a.page).entryWith(bSharedNote).waitFor(LIVE_TIMEOUT);
  });

  it('A forgets the password, sets a new one with the recovery code, and still reads every entry', async () => {
    const { a } = requireCouple();
    await (await new SettingsPage(a.page).open()).logOut();
    const recover = await (await new LogInPage(a.page).open()).forgotPassword();
    const newPassword = `a brand new password ${canary()}`;
    await recover.setNewPassword({ email: a.email, recoveryCode: a.recoveryCode, newPassword });
    a.password = newPassword;

    const today = new TodayPage(a.page);
    await today.waitForTimeline();
    const own = today.entryWith(aNote);
    await own.waitFor();
    expect(await own.innerText()).toContain(aTruth);
    expect(await own.innerText()).toContain(`Ben responded: Hug — “${bReactionNote}”`);
    const fromB = today.entryWith(bSharedNote);
    await fromB.waitFor();
    expect(await fromB.getByRole('heading').innerText()).toMatch(/^Ben · /);
    expect(await today.visibleText()).not.toContain(bPrivateNote);

    // the new password is the one that works now
    await (await new SettingsPage(a.page).open()).logOut();
    await (await new LogInPage(a.page).open()).logIn({ email: a.email, password: newPassword });
    await new TodayPage(a.page).entryWith(aNote).waitFor();
  });

  it('refuses a used invitation link, and a revoked one, with a clear message', async () => {
    const cara = await newPerson(browser, server, 'Cara');
    const usedJoin = await new JoinPage(cara.page).open(requireCouple().inviteLink);
    expect(await usedJoin.title()).toBe('This invitation has already been used');
    await cara.page.getByText('Each link works only once.').waitFor();

    // Cara starts her own space alone, makes a link and withdraws it before anyone uses it.
    await signUp(cara);
    const invite: InvitePage = await new StartSpacePage(cara.page).startSpace('Both of us');
    const revokedLink = await invite.createInviteLink();
    await invite.revokeLink();

    const stranger = await newPerson(browser, server, 'Dev');
    const revokedJoin = await new JoinPage(stranger.page).open(revokedLink);
    expect(await revokedJoin.title()).toBe('This invitation was withdrawn');
    expect(await stranger.page.getByLabel('Email').count()).toBe(0);
    await Promise.all([cara.context.close(), stranger.context.close()]);
  });
});
