import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, NotificationsTable } from '../../db/schema.ts';
import { fromDbTime, fromDbTimeOrNull, toDbTime } from '../../db/codecs.ts';

export type NotificationKind = 'promise_due_soon' | 'promise_check_in';

export interface Notification {
  id: string;
  coupleId: string;
  kind: NotificationKind;
  subjectId: string;
  occurrence: string;
  createdAt: string;
  readAt: string | null;
}

function toDomain(row: Selectable<NotificationsTable>): Notification {
  return {
    id: row.id,
    coupleId: row.couple_id,
    kind: row.kind as NotificationKind,
    subjectId: row.subject_id,
    occurrence: row.occurrence,
    createdAt: fromDbTime(row.created_at),
    readAt: fromDbTimeOrNull(row.read_at),
  };
}

/** Notifications belong to one person: every query is scoped by the recipient's id. */
export function createNotificationsRepository({ db }: { db: Kysely<Database> | Transaction<Database> }) {
  return {
    /** Returns false when this dedupe key was already delivered (nothing is added twice). */
    async insert(n: { id: string; userId: string; coupleId: string; kind: NotificationKind; subjectId: string; occurrence: string; dedupeKey: string; now: Date }): Promise<boolean> {
      const result = await db
        .insertInto('notifications')
        .values({ id: n.id, user_id: n.userId, couple_id: n.coupleId, kind: n.kind, subject_id: n.subjectId, occurrence: n.occurrence, dedupe_key: n.dedupeKey, created_at: toDbTime(n.now), read_at: null })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
    async listForUser({ userId, limit }: { userId: string; limit: number }): Promise<Notification[]> {
      const rows = await db.selectFrom('notifications').selectAll().where('user_id', '=', userId).orderBy('created_at', 'desc').limit(limit).execute();
      return rows.map(toDomain);
    },
    async markRead({ userId, id, now }: { userId: string; id: string; now: Date }): Promise<number> {
      const result = await db.updateTable('notifications').set({ read_at: toDbTime(now) }).where('user_id', '=', userId).where('id', '=', id).where('read_at', 'is', null).executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async exists({ userId, id }: { userId: string; id: string }): Promise<boolean> {
      return (await db.selectFrom('notifications').select('id').where('user_id', '=', userId).where('id', '=', id).executeTakeFirst()) !== undefined;
    },
  };
}
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
