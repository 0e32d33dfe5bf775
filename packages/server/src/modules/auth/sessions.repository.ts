import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, SessionsTable } from '../../db/schema.ts';
import { fromDbTime, toDbTime } from '../../db/codecs.ts';

export interface Session {
  id: string;
  userId: string;
  secretHash: string;
  device: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
}

function toDomain(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    userId: row.user_id,
    secretHash: row.secret_hash,
    device: row.device,
    createdAt: fromDbTime(row.created_at),
    lastSeenAt: fromDbTime(row.last_seen_at),
    expiresAt: fromDbTime(row.expires_at),
  };
}

/** Sessions belong to a user, not a couple: every method is scoped by session id or user id. */
export function createSessionsRepository({ db }: { db: Kysely<Database> | Transaction<Database> }) {
  return {
    async insert(session: Session): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id: session.id,
          user_id: session.userId,
          secret_hash: session.secretHash,
          device: session.device,
          created_at: session.createdAt,
          last_seen_at: session.lastSeenAt,
          expires_at: session.expiresAt,
        })
        .execute();
    },
    async findById(id: string): Promise<Session | undefined> {
      const row = await db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDomain(row);
    },
    async listForUser(userId: string): Promise<Session[]> {
      const rows = await db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
      return rows.map(toDomain);
    },
    async touch(id: string, now: Date): Promise<void> {
      await db.updateTable('sessions').set({ last_seen_at: toDbTime(now) }).where('id', '=', id).execute();
    },
    async delete({ id, userId }: { id: string; userId: string }): Promise<number> {
      const result = await db.deleteFrom('sessions').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async deleteAllForUser(userId: string, { except }: { except?: string } = {}): Promise<void> {
      let query = db.deleteFrom('sessions').where('user_id', '=', userId);
      if (except) query = query.where('id', '!=', except);
      await query.execute();
    },
    async deleteOldestBeyond(userId: string, keep: number): Promise<void> {
      const rows = await db.selectFrom('sessions').select('id').where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
      const stale = rows.slice(keep).map((r) => r.id);
      if (stale.length > 0) await db.deleteFrom('sessions').where('id', 'in', stale).execute();
    },
  };
}
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
