import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');

/** Gzip size of the JavaScript index.html loads before anything else (entry + modulepreloads). */
export function benchInitialJs(): Record<string, number> {
  const dist = join(ROOT, 'packages/web/dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0);
  return { initialJsFiles: files.length, initialJsGzipKB: Number((bytes / 1024).toFixed(1)) };
}

/** Resident memory of the server as `npm start` runs it (the built bundle), idle, 5 s after start. */
export async function benchIdleMemory(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-bench-mem-'));
  const child = spawn(process.execPath, [join(ROOT, 'packages/server/dist/mend.mjs'), 'serve'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  try {
    await new Promise((r) => setTimeout(r, 5000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rssKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return { idleServerRssMB: Number((rssKb / 1024).toFixed(1)) };
  } finally {
    child.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
