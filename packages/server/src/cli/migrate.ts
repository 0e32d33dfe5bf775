import type { Config } from '../config/config.ts';
import { createDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';

export async function runMigrations(config: Config): Promise<void> {
  const handle = createDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
  try {
    const applied = await migrateToLatest(handle);
    console.log(applied.length === 0 ? 'The database is up to date.' : `Applied ${applied.length} migration(s):\n${applied.map((m) => `  ${m}`).join('\n')}`);
  } finally {
    await handle.close();
  }
}
