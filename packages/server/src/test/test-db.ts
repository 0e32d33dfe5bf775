import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createPostgresDatabase, createSqliteDatabase, type DatabaseHandle, type Dialect } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';

const ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** the SQLite file (for tests that search the bytes on disk), or undefined on PostgreSQL */
  sqlitePath?: string;
  dataDir: string;
  /** a second, independent connection to the same database (a restarted server) */
  reopen(): DatabaseHandle;
  destroy(): Promise<void>;
}

/** A fresh, migrated database: a temporary SQLite file, or a throw-away PostgreSQL database. */
export async function createTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-test-'));
  if (dialect === 'sqlite') {
    const sqlitePath = join(dataDir, 'mend.sqlite');
    const handle = createSqliteDatabase(sqlitePath);
    await migrateToLatest(handle);
    return {
      handle,
      sqlitePath,
      dataDir,
      reopen: () => createSqliteDatabase(sqlitePath),
      destroy: async () => {
        await handle.close();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `mend_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = createPostgresDatabase(url.toString());
  await migrateToLatest(handle);
  return {
    handle,
    dataDir,
    reopen: () => createPostgresDatabase(url.toString()),
    destroy: async () => {
      await handle.close();
      const cleanup = new pg.Client({ connectionString: ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
