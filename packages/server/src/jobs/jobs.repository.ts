import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { Dialect } from '../db/database.ts';
import type { Database, JobsTable } from '../db/schema.ts';
import { fromDbJson, fromDbTime, toDbJson, toDbTime } from '../db/codecs.ts';
import type { ClaimedJob, JobToEnqueue } from './job-queue.ts';

function toClaimed(row: Selectable<JobsTable>): ClaimedJob {
  return {
    id: row.id,
    kind: row.kind,
    dedupeKey: row.dedupe_key,
    payload: fromDbJson(row.payload) as Record<string, unknown>,
    runAt: fromDbTime(row.run_at),
    attempts: row.attempts,
  };
}

/**
 * Jobs are the server's own work, not any couple's: they are looked up by due time and id, never by
 * couple. Payloads carry ids, not content.
 */
export function createJobsRepository({ db, dialect }: { db: Kysely<Database> | Transaction<Database>; dialect: Dialect }) {
  return {
    async insert(job: JobToEnqueue & { id: string; now: Date }): Promise<boolean> {
      const result = await db
        .insertInto('jobs')
        .values({
          id: job.id,
          kind: job.kind,
          dedupe_key: job.dedupeKey,
          payload: toDbJson(job.payload),
          run_at: toDbTime(job.runAt),
          status: 'pending',
          attempts: 0,
          locked_until: null,
          last_error: null,
          created_at: toDbTime(job.now),
          finished_at: null,
        })
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },

    /**
     * Takes up to `limit` due jobs: pending ones whose time has come, and running ones whose lease ran
     * out (their worker died). On PostgreSQL, rows another instance is claiming are skipped.
     */
    async claimDue({ now, limit, leaseMs }: { now: Date; limit: number; leaseMs: number }): Promise<ClaimedJob[]> {
      const nowText = toDbTime(now);
      let query = db
        .selectFrom('jobs')
        .select('id')
        .where((eb) => eb.or([eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', nowText)]), eb.and([eb('status', '=', 'running'), eb('locked_until', '<', nowText)])]))
        .orderBy('run_at')
        .limit(limit);
      if (dialect === 'postgres') query = query.modifyEnd(sql`for update skip locked`);
      const ids = (await query.execute()).map((r) => r.id);
      if (ids.length === 0) return [];
      const rows = await db
        .updateTable('jobs')
        .set((eb) => ({ status: 'running', locked_until: toDbTime(new Date(now.getTime() + leaseMs)), attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', ids)
        .returningAll()
        .execute();
      return rows.map(toClaimed).sort((a, b) => a.runAt.localeCompare(b.runAt));
    },

    async markDone({ id, now }: { id: string; now: Date }): Promise<void> {
      await db.updateTable('jobs').set({ status: 'done', locked_until: null, finished_at: toDbTime(now), last_error: null }).where('id', '=', id).execute();
    },

    /** A failed attempt waits `retryAt`; after the last attempt the job stays failed for an operator to see. */
    async markFailed({ id, now, error, retryAt }: { id: string; now: Date; error: string; retryAt: Date | null }): Promise<void> {
      await db
        .updateTable('jobs')
        .set(retryAt ? { status: 'pending', run_at: toDbTime(retryAt), locked_until: null, last_error: error } : { status: 'failed', locked_until: null, last_error: error, finished_at: toDbTime(now) })
        .where('id', '=', id)
        .execute();
    },

    async cancelPending({ dedupeKeyPrefix, now }: { dedupeKeyPrefix: string; now: Date }): Promise<number> {
      const escaped = dedupeKeyPrefix.replace(/[\\%_]/g, (c) => `\\${c}`);
      const result = await db
        .updateTable('jobs')
        .set({ status: 'cancelled', finished_at: toDbTime(now) })
        .where('status', '=', 'pending')
        .where(sql<boolean>`dedupe_key like ${`${escaped}%`} escape '\\'`)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async findByDedupeKey(dedupeKey: string): Promise<(ClaimedJob & { status: string }) | undefined> {
      const row = await db.selectFrom('jobs').selectAll().where('dedupe_key', '=', dedupeKey).executeTakeFirst();
      return row && { ...toClaimed(row), status: row.status };
    },
  };
}
export type JobsRepository = ReturnType<typeof createJobsRepository>;
