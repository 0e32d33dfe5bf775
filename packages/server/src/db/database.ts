import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Dialect = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: Dialect;
  /** the open better-sqlite3 connection (SQLite only): used for online backups */
  sqlite?: SQLite.Database;
  sqlitePath?: string;
  close(): Promise<void>;
}

// pg returns int8 as strings; every bigint here (sequence numbers) fits in a double.
pg.types.setTypeParser(20, (value) => Number(value));

export function sqliteFilePath(dataDir: string): string {
  return resolve(dataDir, 'mend.sqlite');
}

/**
 * Opens the embedded database with the settings that keep acknowledged writes and deleted words safe
 * (security-baseline §6.3): FULL sync in WAL (NORMAL loses acknowledged commits on power loss),
 * secure_delete (otherwise deleted ciphertext stays in the file), foreign keys, no trusted schema.
 */
export function openSqlite(path: string): SQLite.Database {
  const isMemory = path === ':memory:';
  if (!isMemory) mkdirSync(resolve(path, '..'), { recursive: true, mode: 0o700 });
  const connection = new SQLite(path, { timeout: 5000 });
  connection.pragma('journal_mode = WAL');
  connection.pragma('synchronous = FULL');
  connection.pragma('foreign_keys = ON');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('secure_delete = ON');
  connection.pragma('trusted_schema = OFF');
  connection.pragma('journal_size_limit = 67108864');
  if (!isMemory) {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(path + suffix)) chmodSync(path + suffix, 0o600);
    }
  }
  return connection;
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing costs more than running these small
 * queries. The same SQL text reuses its prepared statement (bounded, oldest dropped first).
 */
function withStatementCache(connection: SQLite.Database, max = 500): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => connection.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = connection.prepare(text);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}

export function createSqliteDatabase(path: string): DatabaseHandle {
  const connection = openSqlite(path);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(connection) }) });
  return {
    db,
    dialect: 'sqlite',
    sqlite: connection,
    sqlitePath: path,
    close: async () => {
      connection.pragma('wal_checkpoint(TRUNCATE)');
      await db.destroy();
    },
  };
}

export function createPostgresDatabase(connectionString: string): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    // A stuck query or an abandoned transaction must not hold locks for long.
    options: '-c statement_timeout=5000 -c idle_in_transaction_session_timeout=10000',
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}

export function createDatabase({ dataDir, databaseUrl }: { dataDir: string; databaseUrl?: string | undefined }): DatabaseHandle {
  return databaseUrl ? createPostgresDatabase(databaseUrl) : createSqliteDatabase(sqliteFilePath(dataDir));
}

/**
 * PostgreSQL must not acknowledge a write it could lose: refuse to start if durability is switched off
 * (security-baseline §6.4, PG-3).
 */
export async function assertPostgresIsDurable(handle: DatabaseHandle): Promise<void> {
  if (handle.dialect !== 'postgres') return;
  for (const setting of ['fsync', 'synchronous_commit', 'full_page_writes']) {
    const { rows } = await sql<{ value: string }>`select current_setting(${setting}) as value`.execute(handle.db);
    if (rows[0]?.value !== 'on') {
      throw new Error(`PostgreSQL setting ${setting} is "${rows[0]?.value}"; Mend needs it "on" so acknowledged writes survive a crash.`);
    }
  }
}


export async function pingDatabase(handle: DatabaseHandle): Promise<void> {
  await sql`select 1`.execute(handle.db);
}
