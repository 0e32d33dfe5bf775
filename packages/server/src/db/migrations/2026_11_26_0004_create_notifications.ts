import { sql, type Kysely } from 'kysely';
import { columns } from '../columns.ts';
import type { Dialect } from '../database.ts';

/**
 * In-app notifications (issue 3). They name a kind and the record they are about — never words — and
 * go to one person. One per dedupe key, so a reminder sent twice shows once.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await c
    .strict(
      db.schema
        .createTable('notifications')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('user_id', c.text, (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('couple_id', c.text, (col) => col.notNull().references('couples.id').onDelete('cascade'))
        .addColumn('kind', c.text, (col) => col.notNull().check(sql`kind in ('promise_due_soon', 'promise_check_in')`))
        .addColumn('subject_id', c.text, (col) => col.notNull())
        .addColumn('occurrence', c.text, (col) => col.notNull())
        .addColumn('dedupe_key', c.text, (col) => col.notNull().unique())
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('read_at', c.timestamp),
    )
    .execute();
  await db.schema.createIndex('notifications_user_idx').on('notifications').columns(['user_id', 'created_at']).execute();
}
