import { sql, type Kysely } from 'kysely';
import { columns } from '../columns.ts';
import type { Dialect } from '../database.ts';

/** The durable job queue's table (issue 3: reminders that survive restarts). */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await c
    .strict(
      db.schema
        .createTable('jobs')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('kind', c.text, (col) => col.notNull())
        // One job per dedupe key, ever: enqueueing the same reminder twice is harmless.
        .addColumn('dedupe_key', c.text, (col) => col.notNull().unique())
        .addColumn('payload', c.json, (col) => col.notNull())
        .addColumn('run_at', c.timestamp, (col) => col.notNull())
        .addColumn('status', c.text, (col) => col.notNull().check(sql`status in ('pending', 'running', 'done', 'failed', 'cancelled')`))
        .addColumn('attempts', c.integer, (col) => col.notNull())
        .addColumn('locked_until', c.timestamp)
        .addColumn('last_error', c.text)
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('finished_at', c.timestamp),
    )
    .execute();
  await db.schema.createIndex('jobs_due_idx').on('jobs').columns(['status', 'run_at']).execute();
}
