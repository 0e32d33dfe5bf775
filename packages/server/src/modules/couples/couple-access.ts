import type { Repositories } from '../../db/repositories.ts';
import { coupleArchived, coupleNotFound } from './couples.errors.ts';
import type { Couple, Member } from './couples.repository.ts';

export interface CoupleAccess {
  couple: Couple;
  members: Member[];
  me: Member;
  /** the other members (zero while the partner has not joined) */
  partners: Member[];
}

/**
 * The access policy for anything inside a couple: members (current or former, who keep a read-only
 * archive) may read; everyone else gets the same 404 as for a couple that does not exist, so a
 * stranger cannot even learn that a couple id is real.
 */
export async function loadCoupleForMember(repos: Repositories, { coupleId, userId }: { coupleId: string; userId: string }): Promise<CoupleAccess> {
  const couple = await repos.couples.findCouple(coupleId);
  if (!couple) throw coupleNotFound();
  const members = await repos.couples.listMembers(coupleId);
  const me = members.find((m) => m.userId === userId);
  if (!me) throw coupleNotFound();
  return { couple, members, me, partners: members.filter((m) => m.userId !== userId) };
}

/** The same policy as loadCoupleForMember when the caller needs no details (listing records, events). */
export async function assertMember(repos: Repositories, { coupleId, userId }: { coupleId: string; userId: string }): Promise<void> {
  if (!(await repos.couples.isMember({ coupleId, userId }))) throw coupleNotFound();
}

/** Writing needs an active couple the caller has not left. */
export async function loadCoupleForWriting(repos: Repositories, input: { coupleId: string; userId: string }): Promise<CoupleAccess> {
  const access = await loadCoupleForMember(repos, input);
  if (access.couple.status !== 'active' || access.me.leftAt !== null) throw coupleArchived();
  return access;
}
