import SQLite from 'better-sqlite3';
import { existsSync, renameSync, rmSync, statSync, chmodSync, copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Config } from '../config/config.ts';
import { sqliteFilePath } from '../db/database.ts';
import { runningServerPid } from '../config/pid-file.ts';

function checkIntegrity(path: string): void {
  const db = new SQLite(path, { readonly: true, fileMustExist: true });
  try {
    const result = db.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`the backup at ${path} failed its integrity check (${String(result)}).`);
  } finally {
    db.close();
  }
}

/**
 * An online backup through SQLite's backup API (never a copy of the live file, which can be torn
 * mid-write), then an integrity check of the copy. The copy holds only ciphertext and metadata.
 */
export async function backupDatabase(config: Config, file: string): Promise<void> {
  if (config.DATABASE_URL) {
    console.log('This server uses PostgreSQL. Back it up with:\n  pg_dump --format=custom --file=mend.dump "$DATABASE_URL"\nand restore with pg_restore into an empty database.');
    return;
  }
  const target = resolve(file);
  if (existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  const source = sqliteFilePath(config.DATA_DIR);
  if (!existsSync(source)) throw new Error(`there is no database at ${source} yet.`);
  const db = new SQLite(source, { fileMustExist: true, timeout: 5000 });
  try {
    await db.backup(target, {
      progress: ({ totalPages, remainingPages }) => {
        process.stdout.write(`\rBacking up… ${Math.round(((totalPages - remainingPages) / Math.max(totalPages, 1)) * 100)}%`);
        return 200;
      },
    });
  } finally {
    db.close();
  }
  chmodSync(target, 0o600);
  checkIntegrity(target);
  console.log(`\nBackup written to ${target} (${statSync(target).size} bytes) and checked.`);
}

/** Whether another connection is writing to the database right now (a restore must never copy under it). */
function isBeingWritten(path: string): boolean {
  const db = new SQLite(path, { fileMustExist: true, timeout: 0 });
  try {
    db.exec('BEGIN EXCLUSIVE; ROLLBACK;');
    return false;
  } catch {
    return true;
  } finally {
    db.close();
  }
}

/**
 * Restores a backup into the data directory. Without --force it refuses to replace an existing
 * database, and to touch one a running server (its mend.pid) is using; it never copies under an
 * active writer. The old file is kept beside it as `.before-restore`.
 */
export async function restoreDatabase(config: Config, file: string, { force }: { force: boolean }): Promise<void> {
  if (config.DATABASE_URL) {
    console.log('This server uses PostgreSQL. Restore with:\n  pg_restore --clean --if-exists --dbname="$DATABASE_URL" mend.dump');
    return;
  }
  const source = resolve(file);
  if (!existsSync(source)) throw new Error(`${source} does not exist.`);
  checkIntegrity(source);
  const target = sqliteFilePath(config.DATA_DIR);
  const pid = runningServerPid(config.DATA_DIR);
  if (pid !== undefined && !force) throw new Error(`a Mend server (pid ${pid}) is running on ${target}. Stop it first, or run again with --force.`);
  if (existsSync(target)) {
    if (!force) throw new Error(`a database already exists at ${target}. Stop the server, then run again with --force to replace it.`);
    if (isBeingWritten(target)) throw new Error(`the database at ${target} is in use by a writer right now. Stop the server first.`);
    renameSync(target, `${target}.before-restore`);
    for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
  }
  copyFileSync(source, target);
  chmodSync(target, 0o600);
  console.log(`Restored ${source} to ${target}.${existsSync(`${target}.before-restore`) ? ` The previous database is at ${target}.before-restore.` : ''}`);
}
