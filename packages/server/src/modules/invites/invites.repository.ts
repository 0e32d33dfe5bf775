import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, InvitesTable } from '../../db/schema.ts';
import { fromDbTime, fromDbTimeOrNull, toDbTime } from '../../db/codecs.ts';

export interface Invite {
  id: string;
  coupleId: string;
  inviterId: string;
  proofHash: string;
  sealedCoupleKey: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  usedBy: string | null;
  revokedAt: string | null;
}

function toDomain(row: Selectable<InvitesTable>): Invite {
  return {
    id: row.id,
    coupleId: row.couple_id,
    inviterId: row.inviter_id,
    proofHash: row.proof_hash,
    sealedCoupleKey: row.sealed_couple_key,
    createdAt: fromDbTime(row.created_at),
    expiresAt: fromDbTime(row.expires_at),
    usedAt: fromDbTimeOrNull(row.used_at),
    usedBy: row.used_by,
    revokedAt: fromDbTimeOrNull(row.revoked_at),
  };
}

export function createInvitesRepository({ db }: { db: Kysely<Database> | Transaction<Database> }) {
  return {
    async insert(invite: { id: string; coupleId: string; inviterId: string; proofHash: string; sealedCoupleKey: string; now: Date; expiresAt: Date }): Promise<void> {
      await db
        .insertInto('invites')
        .values({
          id: invite.id,
          couple_id: invite.coupleId,
          inviter_id: invite.inviterId,
          proof_hash: invite.proofHash,
          sealed_couple_key: invite.sealedCoupleKey,
          created_at: toDbTime(invite.now),
          expires_at: toDbTime(invite.expiresAt),
          used_at: null,
          used_by: null,
          revoked_at: null,
        })
        .execute();
    },
    /** Looked up by id alone because the invitee is not yet in the couple; the proof check follows. */
    async findById(inviteId: string): Promise<Invite | undefined> {
      const row = await db.selectFrom('invites').selectAll().where('id', '=', inviteId).executeTakeFirst();
      return row && toDomain(row);
    },
    async findPending({ coupleId, now }: { coupleId: string; now: Date }): Promise<Invite | undefined> {
      const row = await db
        .selectFrom('invites')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .where('expires_at', '>', toDbTime(now))
        .executeTakeFirst();
      return row && toDomain(row);
    },
    async revoke({ coupleId, inviteId, now }: { coupleId: string; inviteId: string; now: Date }): Promise<number> {
      const result = await db
        .updateTable('invites')
        .set({ revoked_at: toDbTime(now) })
        .where('couple_id', '=', coupleId)
        .where('id', '=', inviteId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async revokeAllPending({ coupleId, now }: { coupleId: string; now: Date }): Promise<void> {
      await db.updateTable('invites').set({ revoked_at: toDbTime(now) }).where('couple_id', '=', coupleId).where('used_at', 'is', null).where('revoked_at', 'is', null).execute();
    },
    /** Marks the invite used only if it still is unused: returns false when another request won. */
    async markUsed({ coupleId, inviteId, userId, now }: { coupleId: string; inviteId: string; userId: string; now: Date }): Promise<boolean> {
      const result = await db
        .updateTable('invites')
        .set({ used_at: toDbTime(now), used_by: userId })
        .where('couple_id', '=', coupleId)
        .where('id', '=', inviteId)
        .where('used_at', 'is', null)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
export type InvitesRepository = ReturnType<typeof createInvitesRepository>;
