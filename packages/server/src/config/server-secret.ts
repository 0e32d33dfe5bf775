import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from './config.ts';

/**
 * A random secret made on first start and kept in the data directory (mode 0600). It keys the fake
 * salts for unknown emails, so it must stay the same across restarts; with several instances on
 * PostgreSQL, set SERVER_SECRET (64 hex characters) on each instead.
 */
export function loadServerSecret(config: Config): Uint8Array {
  if (config.SERVER_SECRET) return Buffer.from(config.SERVER_SECRET, 'hex');
  const dir = resolve(config.DATA_DIR);
  const file = join(dir, 'server-secret');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'hex');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const secret = randomBytes(32);
  writeFileSync(file, secret.toString('hex'), { mode: 0o600, flag: 'wx' });
  return secret;
}
