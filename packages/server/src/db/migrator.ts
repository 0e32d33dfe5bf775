import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { DatabaseHandle, Dialect } from './database.ts';
import * as m0001 from './migrations/2026_11_26_0001_create_accounts_couples_records.ts';
import * as m0002 from './migrations/2026_11_26_0002_create_jobs.ts';
import * as m0003 from './migrations/2026_11_26_0003_add_record_target.ts';
import * as m0004 from './migrations/2026_11_26_0004_create_notifications.ts';

type DialectMigration = { up(db: Parameters<Migration['up']>[0], dialect: Dialect): Promise<void> };

/** Every migration, in order. Never edit one that has been merged: add a new file instead. */
const MIGRATIONS: Record<string, DialectMigration> = {
  '2026_11_26_0001_create_accounts_couples_records': m0001,
  '2026_11_26_0002_create_jobs': m0002,
  '2026_11_26_0003_add_record_target': m0003,
  '2026_11_26_0004_create_notifications': m0004,
};

function provider(dialect: Dialect): MigrationProvider {
  return {
    getMigrations: async () =>
      Object.fromEntries(Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db) => m.up(db, dialect) } satisfies Migration])),
  };
}

/** Runs pending migrations under Kysely's lock (safe with several instances on PostgreSQL). */
export async function migrateToLatest(handle: DatabaseHandle): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: provider(handle.dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
