import closeWithGrace from 'close-with-grace';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { loadConfig, publicOrigin, type Config } from './config/config.ts';
import { assertPostgresIsDurable, createDatabase, type DatabaseHandle } from './db/database.ts';
import { migrateToLatest } from './db/migrator.ts';
import { buildApp } from './http/build-app.ts';
import { loadServerSecret } from './config/server-secret.ts';
import { createAppDeps } from './app/create-app-deps.ts';
import { writePidFile } from './config/pid-file.ts';

export const DEFAULT_WEB_DIST = resolve(fileURLToPath(new URL('../../web/dist', import.meta.url)));

/** The composition root: config → database → migrate → services → app. */
export async function composeServer({ config, clock = () => new Date() }: { config: Config; clock?: () => Date }) {
  const handle: DatabaseHandle = createDatabase({ dataDir: config.DATA_DIR, databaseUrl: config.DATABASE_URL });
  await assertPostgresIsDurable(handle);
  const applied = await migrateToLatest(handle);
  const { deps, jobs } = createAppDeps({ config, handle, clock, serverSecret: loadServerSecret(config) });
  const app = await buildApp({ deps, handle, ...(config.SERVE_WEB ? { webDistDir: config.WEB_DIST_DIR ?? DEFAULT_WEB_DIST } : {}) });
  return { app, handle, deps, jobs, applied };
}

export async function serve(config: Config = loadConfig()): Promise<void> {
  const { app, handle, jobs, applied } = await composeServer({ config });
  if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');
  const removePidFile = handle.dialect === 'sqlite' ? writePidFile(config.DATA_DIR) : () => {};
  // Reminders: due jobs are looked for every 15 seconds (and once at start, for those due while down).
  const stopJobs = jobs.start({ intervalMs: 15_000 });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err: { message: err.message, stack: err.stack } }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await stopJobs();
    await app.close();
    await handle.close();
    removePidFile();
  });
  await app.listen({ host: config.HOST, port: config.PORT });
  app.log.info(`Mend is running at ${publicOrigin(config)} (${handle.dialect === 'sqlite' ? `SQLite in ${resolve(config.DATA_DIR)}` : 'PostgreSQL'})`);
}
