import { describe, expect, it } from 'vitest';
import { createApiClient } from '../api/api-client.ts';
import { ApiError } from '../api/api-error.ts';
import { createFakeServer, fetchFor } from '../test/fake-server.ts';
import { isCheckin, isReaction } from './record-types.ts';
import { createVault } from './vault.ts';

const origin = 'http://mend.test';

function person(server: ReturnType<typeof createFakeServer>) {
  const api = createApiClient({ baseUrl: origin, fetch: fetchFor(server, origin) });
  return { api, vault: createVault({ api, origin }) };
}

const checkin = { mood: 'hopeful' as const, need: 'comfort' as const, smallTruths: [{ prompt: 'mood_about' as const, text: 'canary-truth-1' }], note: 'canary-note-1' };

describe('vault against the documented API', () => {
  it('takes two partners from sign-up to a shared, acknowledged check-in', async () => {
    const server = createFakeServer();
    const alex = person(server);
    const sam = person(server);

    const code = await alex.vault.signUp({ email: 'alex@example.com', displayName: 'Alex', password: 'correct horse' });
    await expect(alex.vault.confirmRecoveryCode(code.replace(/.$/, code.endsWith('0') ? '1' : '0'))).rejects.toThrow(/typo/);
    await alex.vault.confirmRecoveryCode(code.toLowerCase());
    await alex.vault.createCouple('rebuilding');
    const link = await alex.vault.createInvite();
    expect(link).toMatch(/^http:\/\/mend\.test\/join\/[0-9a-f-]{36}#[A-Za-z0-9_-]{43}$/);

    const [path, secret] = link.slice(origin.length).split('#') as [string, string];
    const inviteId = path.split('/')[2]!;
    const opened = await sam.vault.openInvite(inviteId, secret);
    expect(opened.inviterName).toBe('Alex');
    const samCode = await sam.vault.signUp({ email: 'sam@example.com', displayName: 'Sam', password: 'another secret' });
    await sam.vault.confirmRecoveryCode(samCode);
    await sam.vault.acceptInvite('hurt');
    await alex.vault.loadCouple();
    expect(alex.vault.safetyCode()).toMatch(/^\d{4}( \d{4}){4}$/);
    expect(alex.vault.safetyCode()).toBe(sam.vault.safetyCode());

    const saved = await alex.vault.saveCheckin({ content: checkin, visibility: 'partner' });
    await expect(alex.vault.saveCheckin({ content: { ...checkin, mood: 'tired', smallTruths: [] }, visibility: 'private', existing: null })).rejects.toMatchObject({
      code: 'records.duplicate',
    });
    await sam.vault.sync();
    const seen = sam.vault.getSnapshot().records.filter(isCheckin);
    expect(seen.map((r) => r.content?.note)).toEqual(['canary-note-1']);

    await sam.vault.react({ targetId: saved.id, reaction: 'hug', note: 'thank you for telling me' });
    await sam.vault.react({ targetId: saved.id, reaction: 'heart', note: '' });
    await alex.vault.sync();
    const reactions = alex.vault.getSnapshot().records.filter(isReaction);
    expect(reactions).toHaveLength(1);
    expect(reactions[0]?.content?.reaction).toBe('heart');
    expect(reactions[0]?.version).toBe(2);

    // Making it private withdraws it from the partner's device.
    const latest = alex.vault.getSnapshot().records.filter(isCheckin)[0]!;
    await alex.vault.saveCheckin({ content: checkin, visibility: 'private', existing: latest });
    await sam.vault.sync();
    expect(sam.vault.getSnapshot().records.filter(isCheckin)).toHaveLength(0);

    // A stale version is a conflict; the store re-syncs so the next save can succeed.
    await expect(alex.vault.saveCheckin({ content: checkin, visibility: 'private', existing: latest })).rejects.toMatchObject({ code: 'records.version_conflict' });
    const fresh = alex.vault.getSnapshot().records.filter(isCheckin)[0]!;
    expect(fresh.version).toBe(2);
    await alex.vault.saveCheckin({ content: checkin, visibility: 'partner', existing: fresh });

    // Nothing the server stored contains the words.
    const stored = JSON.stringify([...server.records.values()]);
    expect(stored).not.toContain('canary');
  }, 60_000);

  it('marks a tampered record as unverified instead of dropping it', async () => {
    const server = createFakeServer();
    const alex = person(server);
    await alex.vault.confirmRecoveryCode(await alex.vault.signUp({ email: 'a@example.com', displayName: 'A', password: 'password1' }));
    await alex.vault.createCouple('both');
    const saved = await alex.vault.saveCheckin({ content: checkin, visibility: 'private' });
    const stored = server.records.get(saved.id)!;
    stored.visibility = 'partner'; // relabelled by the server: the associated data no longer matches
    stored.seq += 100;
    await alex.vault.sync();
    const record = alex.vault.getSnapshot().records.find((r) => r.id === saved.id)!;
    expect(record.verified).toBe(false);
    expect(record.content).toBeNull();
  }, 30_000);

  it('logs in, recovers with the code, changes password and wipes keys on log out', async () => {
    const server = createFakeServer();
    const first = person(server);
    const code = await first.vault.signUp({ email: 'r@example.com', displayName: 'R', password: 'first password' });
    await first.vault.confirmRecoveryCode(code);
    await first.vault.createCouple('hurt');
    await first.vault.saveCheckin({ content: checkin, visibility: 'private' });
    await first.vault.logOut();
    expect(first.vault.getSnapshot().phase).toBe('signed-out');
    expect(first.vault.getSnapshot().records).toHaveLength(0);

    const second = person(server);
    await expect(second.vault.logIn({ email: 'r@example.com', password: 'wrong password' })).rejects.toBeInstanceOf(ApiError);
    await second.vault.recover({ email: 'r@example.com', recoveryCode: code, newPassword: 'second password' });
    expect(second.vault.getSnapshot().records.filter(isCheckin)[0]?.content?.note).toBe('canary-note-1');
    await second.vault.changePassword({ currentPassword: 'second password', newPassword: 'third password' });

    const third = person(server);
    await third.vault.logIn({ email: 'r@example.com', password: 'third password' });
    expect(third.vault.getSnapshot().records.filter(isCheckin)).toHaveLength(1);
  }, 60_000);
});
