import type { CoupleDto, CoupleRole } from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import type { Repositories } from '../../db/repositories.ts';
import { recoveryNotConfirmed } from '../auth/auth.errors.ts';
import { loadCoupleForMember, loadCoupleForWriting } from './couple-access.ts';
import { alreadyInCouple, coupleIdTaken } from './couples.errors.ts';

export async function assertRecoveryConfirmed(repos: Repositories, userId: string): Promise<void> {
  const user = await repos.users.findById(userId);
  if (!user?.isRecoveryConfirmed) throw recoveryNotConfirmed();
}

async function toCoupleDto(repos: Repositories, { coupleId, userId, now }: { coupleId: string; userId: string; now: Date }): Promise<CoupleDto> {
  const { couple, members, me } = await loadCoupleForMember(repos, { coupleId, userId });
  const pending = couple.status === 'active' ? await repos.invites.findPending({ coupleId, now }) : undefined;
  return {
    id: couple.id,
    status: couple.status,
    createdAt: couple.createdAt,
    archivedAt: couple.archivedAt,
    members: members.map((m) => ({ userId: m.userId, displayName: m.displayName, role: m.role, identityPublicKey: m.identityPublicKey, joinedAt: m.joinedAt, leftAt: m.leftAt })),
    mySealedCoupleKey: me.sealedCoupleKey,
    pendingInvite: pending ? { id: pending.id, expiresAt: pending.expiresAt } : null,
  };
}

/** Starting a space alone: the partner can join later, when and if they are ready. */
export async function createCouple(
  { actorId, coupleId, role, sealedCoupleKey }: { actorId: string; coupleId: string; role: CoupleRole; sealedCoupleKey: string },
  deps: AppDeps,
): Promise<CoupleDto> {
  const now = deps.clock();
  return deps.store.transaction(async (repos) => {
    await assertRecoveryConfirmed(repos, actorId);
    if (await repos.couples.hasActiveCouple(actorId)) throw alreadyInCouple();
    if (await repos.couples.findCouple(coupleId)) throw coupleIdTaken();
    await repos.couples.insertCouple({ id: coupleId, now });
    await repos.couples.insertMember({ coupleId, userId: actorId, role, sealedCoupleKey, now });
    return toCoupleDto(repos, { coupleId, userId: actorId, now });
  });
}

export async function listCouples({ actorId }: { actorId: string }, deps: AppDeps): Promise<CoupleDto[]> {
  const { repos } = deps.store;
  const now = deps.clock();
  const ids = await repos.couples.listCoupleIdsForUser(actorId);
  return Promise.all(ids.map((coupleId) => toCoupleDto(repos, { coupleId, userId: actorId, now })));
}

export async function getCouple({ actorId, coupleId }: { actorId: string; coupleId: string }, deps: AppDeps): Promise<CoupleDto> {
  return toCoupleDto(deps.store.repos, { coupleId, userId: actorId, now: deps.clock() });
}

/**
 * Either partner may leave at any time, without the other's agreement. The space becomes a read-only
 * archive for both: each keeps reading what they could read, and nothing new can be written.
 */
export async function leaveCouple({ actorId, coupleId }: { actorId: string; coupleId: string }, deps: AppDeps): Promise<{ couple: CoupleDto; notify: string[] }> {
  const now = deps.clock();
  return deps.store.transaction(async (repos) => {
    const { partners } = await loadCoupleForWriting(repos, { coupleId, userId: actorId });
    await repos.couples.markMemberLeft({ coupleId, userId: actorId, now });
    await repos.couples.archive({ coupleId, now });
    await repos.invites.revokeAllPending({ coupleId, now });
    return { couple: await toCoupleDto(repos, { coupleId, userId: actorId, now }), notify: [actorId, ...partners.map((p) => p.userId)] };
  });
}
