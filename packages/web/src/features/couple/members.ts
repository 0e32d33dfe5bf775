import type { Couple, Member } from '../../api/api-client.ts';

export function activeMembers(couple: Couple | null): Member[] {
  return couple?.members.filter((m) => m.leftAt === null) ?? [];
}

/** The other person in the space (including one who has left, so an archive still names them). */
export function partnerOf(couple: Couple | null, myId: string | undefined): Member | null {
  const others = couple?.members.filter((m) => m.userId !== myId) ?? [];
  return others.find((m) => m.leftAt === null) ?? others[0] ?? null;
}
