import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `mend.pid` in the data directory marks a running server, so `mend restore` can refuse to replace its database. */
export function pidFilePath(dataDir: string): string {
  return join(resolve(dataDir), 'mend.pid');
}

export function writePidFile(dataDir: string): () => void {
  const path = pidFilePath(dataDir);
  writeFileSync(path, String(process.pid), { mode: 0o600 });
  return () => rmSync(path, { force: true });
}

/** The pid of a live server using this data directory, or undefined (a stale file is ignored). */
export function runningServerPid(dataDir: string): number | undefined {
  const path = pidFilePath(dataDir);
  if (!existsSync(path)) return undefined;
  const pid = Number(readFileSync(path, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}
