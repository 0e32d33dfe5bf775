import { randomUUID } from 'node:crypto';
import type { Dialect } from '../../packages/server/src/db/database.ts';
import { createStore } from '../../packages/server/src/db/repositories.ts';
import { createSqlJobQueue } from '../../packages/server/src/jobs/sql-job-queue.ts';
import { createTestDatabase } from '../../packages/server/src/test/test-db.ts';

const PENDING = 100_000;
const COUPLES = 10_000;
const TICKS = 200;
const T0 = Date.parse('2026-11-26T12:00:00Z');
const MINUTE = 60_000;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/**
 * Finding due reminders among 100,000 pending ones across 10,000 couples: each tick claims what is due
 * (a batch of at most 50) and completes it, as the scheduler does every 15 s. Pending reminders are
 * spread over the next 7 days; the ticks walk through the first 200 minutes.
 */
async function benchDialect(dialect: Dialect): Promise<Record<string, number | string>> {
  const db = await createTestDatabase(dialect);
  try {
    const store = createStore(db.handle);
    const now = new Date(T0);
    const rows = Array.from({ length: PENDING }, (_, i) => ({
      id: randomUUID(),
      kind: 'promise_reminder',
      dedupe_key: `promise:${randomUUID()}:r0:once:${i % 2 ? 'before' : 'after'}`,
      payload: JSON.stringify({ coupleId: `couple-${i % COUPLES}`, promiseId: randomUUID() }),
      run_at: new Date(T0 + Math.floor(Math.random() * 7 * 24 * 60) * MINUTE).toISOString(),
      status: 'pending',
      attempts: 0,
      locked_until: null,
      last_error: null,
      created_at: now.toISOString(),
      finished_at: null,
    }));
    for (let i = 0; i < rows.length; i += 500) await db.handle.db.insertInto('jobs').values(rows.slice(i, i + 500)).execute();
    let handled = 0;
    const queue = createSqlJobQueue({ store, handlers: { promise_reminder: async () => void (handled += 1) }, batchSize: 50 });
    const timings: number[] = [];
    for (let tick = 0; tick < TICKS; tick++) {
      const start = performance.now();
      await queue.runDue(new Date(T0 + tick * MINUTE));
      timings.push(performance.now() - start);
    }
    timings.sort((a, b) => a - b);
    return { dialect, pending: PENDING, ticks: TICKS, handled, medianMs: Number(percentile(timings, 50).toFixed(2)), p99Ms: Number(percentile(timings, 99).toFixed(2)) };
  } finally {
    await db.destroy();
  }
}

export async function benchReminderTick(dialects: Dialect[]): Promise<Array<Record<string, number | string>>> {
  const out = [];
  for (const dialect of dialects) out.push(await benchDialect(dialect));
  return out;
}

