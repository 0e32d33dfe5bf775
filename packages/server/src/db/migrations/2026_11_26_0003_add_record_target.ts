import type { Kysely } from 'kysely';
import { columns } from '../columns.ts';
import type { Dialect } from '../database.ts';

/**
 * The record another record points at (a reaction's entry, a promise step's promise), as a real
 * column: the server looks a promise's history up by it. Existing reactions get theirs filled in.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);
  await db.schema.alterTable('records').addColumn('target_id', c.text).execute();
  await db.schema.createIndex('records_target_idx').on('records').columns(['couple_id', 'target_id']).execute();
  const typed = db as unknown as Kysely<{ records: { id: string; kind: string; metadata: unknown; target_id: string | null } }>;
  const reactions = await typed.selectFrom('records').select(['id', 'metadata']).where('kind', '=', 'reaction').execute();
  for (const row of reactions) {
    const metadata = (typeof row.metadata === 'string' ? JSON.parse(row.metadata) : row.metadata) as { targetId?: unknown };
    if (typeof metadata.targetId === 'string') await typed.updateTable('records').set({ target_id: metadata.targetId }).where('id', '=', row.id).execute();
  }
}
