import SQLite from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configSchema, type Config } from '../config/config.ts';
import { createSqliteDatabase, sqliteFilePath, type DatabaseHandle } from '../db/database.ts';
import { migrateToLatest } from '../db/migrator.ts';
import { pidFilePath } from '../config/pid-file.ts';
import { backupDatabase, restoreDatabase } from './backup.ts';

const countUsers = (path: string) => {
  const db = new SQLite(path, { readonly: true });
  try {
    return (db.prepare('select count(*) as n from users').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('mend backup / restore (SQLite)', () => {
  let dir: string;
  let config: Config;
  let live: DatabaseHandle;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mend-cli-'));
    config = configSchema.parse({ DATA_DIR: join(dir, 'data') });
    live = createSqliteDatabase(sqliteFilePath(config.DATA_DIR));
    await migrateToLatest(live);
    live.sqlite!.prepare(
      `insert into users values ('u1','a@example.test','A','s','{}','h','r','w','rw','pk','sk',1,'2026-01-01T00:00:00.000Z','2026-01-01T00:00:00.000Z')`,
    ).run();
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await live.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  });

  it('backs up a database that is open and in use, and the copy passes its integrity check', async () => {
    const file = join(dir, 'backup.sqlite');
    await backupDatabase(config, file);
    expect(countUsers(file)).toBe(1);
    await expect(backupDatabase(config, file)).rejects.toThrow(/already exists/);
  });

  it('refuses to replace an existing database without --force, and while a server holds it', async () => {
    const file = join(dir, 'backup.sqlite');
    await backupDatabase(config, file);
    await expect(restoreDatabase(config, file, { force: false })).rejects.toThrow(/--force/);
    // A writer in the middle of a transaction stands in for a running server.
    live.sqlite!.exec('BEGIN IMMEDIATE');
    await expect(restoreDatabase(config, file, { force: true })).rejects.toThrow(/in use/);
    live.sqlite!.exec('ROLLBACK');
  });

  it('refuses while a server is running on the data directory (its pid file names a live process)', async () => {
    const file = join(dir, 'backup.sqlite');
    await backupDatabase(config, file);
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(pidFilePath(config.DATA_DIR), String(child.pid));
      await expect(restoreDatabase(config, file, { force: false })).rejects.toThrow(/server \(pid \d+\) is running/);
    } finally {
      child.kill();
    }
  });

  it('restores with --force once the server is stopped, keeping the old file aside', async () => {
    const file = join(dir, 'backup.sqlite');
    await backupDatabase(config, file);
    live.sqlite!.prepare("delete from users where id = 'u1'").run();
    await live.close();
    await restoreDatabase(config, file, { force: true });
    expect(countUsers(sqliteFilePath(config.DATA_DIR))).toBe(1);
    expect(existsSync(`${sqliteFilePath(config.DATA_DIR)}.before-restore`)).toBe(true);
  });
});
