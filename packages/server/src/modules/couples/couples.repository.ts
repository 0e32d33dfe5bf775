import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { fromDbTime, fromDbTimeOrNull, toDbTime, toNumber } from '../../db/codecs.ts';
import type { CoupleRole } from '@mend/core';

export interface Couple {
  id: string;
  status: 'active' | 'archived';
  createdAt: string;
  archivedAt: string | null;
}

export interface Member {
  coupleId: string;
  userId: string;
  displayName: string;
  role: CoupleRole;
  identityPublicKey: string;
  sealedCoupleKey: string;
  joinedAt: string;
  leftAt: string | null;
}

type Db = Kysely<Database> | Transaction<Database>;

export function createCouplesRepository({ db }: { db: Db }) {
  return {
    async insertCouple({ id, now }: { id: string; now: Date }): Promise<void> {
      await db.insertInto('couples').values({ id, status: 'active', next_shared_seq: 0, created_at: toDbTime(now), archived_at: null }).execute();
    },
    async findCouple(coupleId: string): Promise<Couple | undefined> {
      const row = await db.selectFrom('couples').selectAll().where('id', '=', coupleId).executeTakeFirst();
      return row && { id: row.id, status: row.status as Couple['status'], createdAt: fromDbTime(row.created_at), archivedAt: fromDbTimeOrNull(row.archived_at) };
    },
    async insertMember(member: { coupleId: string; userId: string; role: CoupleRole; sealedCoupleKey: string; now: Date }): Promise<void> {
      await db
        .insertInto('couple_members')
        .values({
          couple_id: member.coupleId,
          user_id: member.userId,
          role: member.role,
          sealed_couple_key: member.sealedCoupleKey,
          next_own_seq: 0,
          joined_at: toDbTime(member.now),
          left_at: null,
        })
        .execute();
    },
    async listMembers(coupleId: string): Promise<Member[]> {
      const rows = await db
        .selectFrom('couple_members as m')
        .innerJoin('users as u', 'u.id', 'm.user_id')
        .select(['m.couple_id', 'm.user_id', 'u.display_name', 'm.role', 'u.identity_public_key', 'm.sealed_couple_key', 'm.joined_at', 'm.left_at'])
        .where('m.couple_id', '=', coupleId)
        .orderBy('m.joined_at')
        .execute();
      return rows.map((r) => ({
        coupleId: r.couple_id,
        userId: r.user_id,
        displayName: r.display_name,
        role: r.role as CoupleRole,
        identityPublicKey: r.identity_public_key,
        sealedCoupleKey: r.sealed_couple_key,
        joinedAt: fromDbTime(r.joined_at),
        leftAt: fromDbTimeOrNull(r.left_at),
      }));
    },
    /** Whether the user is (or was) a member: one primary-key lookup, for read paths that need nothing else. */
    async isMember({ coupleId, userId }: { coupleId: string; userId: string }): Promise<boolean> {
      const row = await db.selectFrom('couple_members').select('user_id').where('couple_id', '=', coupleId).where('user_id', '=', userId).executeTakeFirst();
      return row !== undefined;
    },
    /** Not couple-scoped by design: it answers "which couples is this user in", newest first. */
    async listCoupleIdsForUser(userId: string): Promise<string[]> {
      const rows = await db.selectFrom('couple_members').select('couple_id').where('user_id', '=', userId).orderBy('joined_at', 'desc').execute();
      return rows.map((r) => r.couple_id);
    },
    /** Not couple-scoped by design: a person may be in at most one active couple. */
    async hasActiveCouple(userId: string): Promise<boolean> {
      const row = await db
        .selectFrom('couple_members as m')
        .innerJoin('couples as c', 'c.id', 'm.couple_id')
        .select('c.id')
        .where('m.user_id', '=', userId)
        .where('c.status', '=', 'active')
        .where('m.left_at', 'is', null)
        .executeTakeFirst();
      return row !== undefined;
    },
    async archive({ coupleId, now }: { coupleId: string; now: Date }): Promise<void> {
      await db.updateTable('couples').set({ status: 'archived', archived_at: toDbTime(now) }).where('id', '=', coupleId).where('status', '=', 'active').execute();
    },
    async markMemberLeft({ coupleId, userId, now }: { coupleId: string; userId: string; now: Date }): Promise<void> {
      await db.updateTable('couple_members').set({ left_at: toDbTime(now) }).where('couple_id', '=', coupleId).where('user_id', '=', userId).where('left_at', 'is', null).execute();
    },
    async removeMember({ coupleId, userId }: { coupleId: string; userId: string }): Promise<void> {
      await db.deleteFrom('couple_members').where('couple_id', '=', coupleId).where('user_id', '=', userId).execute();
    },
    /** Allocates the next number in the couple's shared stream (atomic: one UPDATE … RETURNING). */
    async nextSharedSeq(coupleId: string): Promise<number> {
      const row = await db.updateTable('couples').set((eb) => ({ next_shared_seq: eb('next_shared_seq', '+', 1) })).where('id', '=', coupleId).returning('next_shared_seq').executeTakeFirstOrThrow();
      return toNumber(row.next_shared_seq);
    },
    /** Allocates the next number in one member's own stream. */
    async nextOwnSeq({ coupleId, userId }: { coupleId: string; userId: string }): Promise<number> {
      const row = await db
        .updateTable('couple_members')
        .set((eb) => ({ next_own_seq: eb('next_own_seq', '+', 1) }))
        .where('couple_id', '=', coupleId)
        .where('user_id', '=', userId)
        .returning('next_own_seq')
        .executeTakeFirstOrThrow();
      return toNumber(row.next_own_seq);
    },
  };
}
export type CouplesRepository = ReturnType<typeof createCouplesRepository>;
