import { fromBase64Url, INVITE_LIFETIME_MS, type CoupleRole } from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import type { Repositories } from '../../db/repositories.ts';
import { sameHash, sha256Base64Url } from '../auth/auth.crypto.ts';
import { loadCoupleForWriting } from '../couples/couple-access.ts';
import { alreadyInCouple } from '../couples/couples.errors.ts';
import { assertRecoveryConfirmed, getCouple } from '../couples/couples.service.ts';
import { coupleFull, inviteExpired, inviteIdTaken, inviteNotFound, invitePending, inviteRevoked, inviteUsed, ownInvite } from './invites.errors.ts';
import type { Invite } from './invites.repository.ts';

/** The inviter may have one open invitation at a time; it lasts 7 days and works once. */
export async function createInvite(
  { actorId, coupleId, inviteId, proofHash, sealedCoupleKey }: { actorId: string; coupleId: string; inviteId: string; proofHash: string; sealedCoupleKey: string },
  deps: AppDeps,
) {
  const now = deps.clock();
  return deps.store.transaction(async (repos) => {
    const { partners } = await loadCoupleForWriting(repos, { coupleId, userId: actorId });
    if (partners.length > 0) throw coupleFull();
    if (await repos.invites.findPending({ coupleId, now })) throw invitePending();
    if (await repos.invites.findById(inviteId)) throw inviteIdTaken();
    const expiresAt = new Date(now.getTime() + INVITE_LIFETIME_MS);
    await repos.invites.insert({ id: inviteId, coupleId, inviterId: actorId, proofHash, sealedCoupleKey, now, expiresAt });
    return { id: inviteId, expiresAt: expiresAt.toISOString() };
  });
}

export async function revokeInvite({ actorId, coupleId, inviteId }: { actorId: string; coupleId: string; inviteId: string }, deps: AppDeps): Promise<void> {
  const now = deps.clock();
  await deps.store.transaction(async (repos) => {
    await loadCoupleForWriting(repos, { coupleId, userId: actorId });
    if ((await repos.invites.revoke({ coupleId, inviteId, now })) === 0) throw inviteNotFound();
  });
}

/**
 * The proof is checked before anything else is said about the invitation, so without the link's
 * secret an id reveals nothing (not even whether it was used).
 */
async function loadUsableInvite(repos: Repositories, { inviteId, proof, now }: { inviteId: string; proof: string; now: Date }): Promise<Invite> {
  const invite = await repos.invites.findById(inviteId);
  if (!invite || !sameHash(sha256Base64Url(fromBase64Url(proof)), invite.proofHash)) throw inviteNotFound();
  if (invite.usedAt) throw inviteUsed();
  if (invite.revokedAt) throw inviteRevoked();
  if (new Date(invite.expiresAt).getTime() <= now.getTime()) throw inviteExpired();
  const couple = await repos.couples.findCouple(invite.coupleId);
  if (couple?.status !== 'active') throw inviteRevoked();
  return invite;
}

export async function openInvite({ inviteId, proof }: { inviteId: string; proof: string }, deps: AppDeps) {
  const { repos } = deps.store;
  const invite = await loadUsableInvite(repos, { inviteId, proof, now: deps.clock() });
  const inviter = (await repos.couples.listMembers(invite.coupleId)).find((m) => m.userId === invite.inviterId);
  if (!inviter) throw inviteRevoked();
  return {
    inviteId: invite.id,
    coupleId: invite.coupleId,
    inviterName: inviter.displayName,
    inviterRole: inviter.role,
    expiresAt: invite.expiresAt,
    sealedCoupleKey: invite.sealedCoupleKey,
  };
}

export async function acceptInvite(
  { actorId, inviteId, proof, role, sealedCoupleKey }: { actorId: string; inviteId: string; proof: string; role: CoupleRole; sealedCoupleKey: string },
  deps: AppDeps,
) {
  const now = deps.clock();
  const { coupleId, notify } = await deps.store.transaction(async (repos) => {
    await assertRecoveryConfirmed(repos, actorId);
    const invite = await loadUsableInvite(repos, { inviteId, proof, now });
    if (invite.inviterId === actorId) throw ownInvite();
    if (await repos.couples.hasActiveCouple(actorId)) throw alreadyInCouple();
    const members = await repos.couples.listMembers(invite.coupleId);
    if (members.length >= 2) throw coupleFull();
    if (!(await repos.invites.markUsed({ coupleId: invite.coupleId, inviteId, userId: actorId, now }))) throw inviteUsed();
    await repos.couples.insertMember({ coupleId: invite.coupleId, userId: actorId, role, sealedCoupleKey, now });
    return { coupleId: invite.coupleId, notify: members.map((m) => m.userId) };
  });
  deps.events.notify({ coupleId, userIds: notify, topic: 'couple' });
  return getCouple({ actorId, coupleId }, deps);
}
