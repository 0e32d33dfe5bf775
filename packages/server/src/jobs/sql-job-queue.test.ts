import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../db/database.ts';
import { createStore, type Store } from '../db/repositories.ts';
import { createTestDatabase, type TestDatabase } from '../test/test-db.ts';
import { testDialects } from '../test/test-dialects.ts';
import type { ClaimedJob } from './job-queue.ts';
import { createSqlJobQueue } from './sql-job-queue.ts';

const T0 = new Date('2026-11-26T12:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testDialects())('SQL job queue (%s)', (dialect) => {
  let db: TestDatabase;
  let store: Store;
  let extraHandles: DatabaseHandle[];
  let delivered: ClaimedJob[];
  const handlers = { reminder: async (job: ClaimedJob) => void delivered.push(job) };
  const queueOn = (s: Store, options: Partial<Parameters<typeof createSqlJobQueue>[0]> = {}) => createSqlJobQueue({ store: s, handlers, clock: () => T0, ...options });

  beforeEach(async () => {
    db = await createTestDatabase(dialect);
    store = createStore(db.handle);
    extraHandles = [];
    delivered = [];
  });
  afterEach(async () => {
    for (const handle of extraHandles) await handle.close();
    await db.destroy();
  });

  it('enqueues a job once per dedupe key: sending the same reminder twice is harmless', async () => {
    const queue = queueOn(store);
    const job = { kind: 'reminder', dedupeKey: 'reminder:before:p1:2026-11-26', runAt: at(10), payload: { promiseId: 'p1' } };
    expect(await queue.enqueue(job)).toBe(true);
    expect(await queue.enqueue({ ...job, runAt: at(20) })).toBe(false);
    await queue.runDue(at(30));
    await queue.runDue(at(31));
    expect(delivered.map((j) => j.dedupeKey)).toEqual(['reminder:before:p1:2026-11-26']);
  });

  it('runs a job at its time, not before, and only once', async () => {
    const queue = queueOn(store);
    await queue.enqueue({ kind: 'reminder', dedupeKey: 'a', runAt: at(10), payload: {} });
    expect(await queue.runDue(at(9))).toEqual({ ran: 0, failed: 0 });
    expect(await queue.runDue(at(10))).toEqual({ ran: 1, failed: 0 });
    expect(await queue.runDue(at(11))).toEqual({ ran: 0, failed: 0 });
    expect(delivered).toHaveLength(1);
  });

  it('delivers a reminder that came due while the server was stopped exactly once after it starts again', async () => {
    await queueOn(store).enqueue({ kind: 'reminder', dedupeKey: 'due-while-down', runAt: at(5), payload: { promiseId: 'p2' } });
    // The server stops; later a new process opens the same database.
    const restarted = db.reopen();
    extraHandles.push(restarted);
    const queue = queueOn(createStore(restarted));
    expect(await queue.runDue(at(60))).toEqual({ ran: 1, failed: 0 });
    expect(await queue.runDue(at(61))).toEqual({ ran: 0, failed: 0 });
    expect(delivered.map((j) => j.payload)).toEqual([{ promiseId: 'p2' }]);
  });

  it('runs again a job whose worker died mid-run, but only after its lease', async () => {
    await queueOn(store).enqueue({ kind: 'reminder', dedupeKey: 'crashed', runAt: at(0), payload: {} });
    // A worker claims it and dies before finishing.
    const [claimed] = await store.transaction((repos) => repos.jobs.claimDue({ now: at(1), limit: 10, leaseMs: 60_000 }));
    expect(claimed?.attempts).toBe(1);
    const queue = queueOn(store, { leaseMs: 60_000 });
    expect(await queue.runDue(at(1.5))).toEqual({ ran: 0, failed: 0 });
    expect(await queue.runDue(at(3))).toEqual({ ran: 1, failed: 0 });
    expect(delivered.map((j) => j.attempts)).toEqual([2]);
  });

  it('retries a failing job with growing waits, then leaves it failed with only an error code', async () => {
    let calls = 0;
    const failing = createSqlJobQueue({
      store,
      clock: () => T0,
      maxAttempts: 3,
      handlers: {
        reminder: async () => {
          calls += 1;
          throw new TypeError('something with CANARY words');
        },
      },
    });
    await failing.enqueue({ kind: 'reminder', dedupeKey: 'fails', runAt: at(0), payload: {} });
    expect((await failing.runDue(at(0))).failed).toBe(1); // attempt 1, retry in 1 min
    expect((await failing.runDue(at(0.5))).failed).toBe(0);
    expect((await failing.runDue(at(1))).failed).toBe(1); // attempt 2, retry in 2 min
    expect((await failing.runDue(at(3))).failed).toBe(1); // attempt 3: the last
    expect((await failing.runDue(at(100))).failed).toBe(0);
    expect(calls).toBe(3);
    const stored = await store.repos.jobs.findByDedupeKey('fails');
    expect(stored?.status).toBe('failed');
    const raw = JSON.stringify(await db.handle.db.selectFrom('jobs').selectAll().execute());
    expect(raw).toContain('TypeError');
    expect(raw).not.toContain('CANARY');
  });

  it('cancels pending jobs by key prefix, treating % and _ literally', async () => {
    const queue = queueOn(store);
    await queue.enqueue({ kind: 'reminder', dedupeKey: 'reminder:p_1:2026-11-26', runAt: at(10), payload: {} });
    await queue.enqueue({ kind: 'reminder', dedupeKey: 'reminder:pX1:2026-11-26', runAt: at(10), payload: {} });
    expect(await queue.cancelPending('reminder:p_1:')).toBe(1);
    await queue.runDue(at(20));
    expect(delivered.map((j) => j.dedupeKey)).toEqual(['reminder:pX1:2026-11-26']);
  });

  // Several instances exist only on PostgreSQL (SQLite means exactly one server process, whose single
  // connection serializes transactions); there, each worker has its own connection pool.
  it('never hands the same job to two workers claiming at once', async () => {
    for (let i = 0; i < 20; i++) await queueOn(store).enqueue({ kind: 'reminder', dedupeKey: `many-${i}`, runAt: at(0), payload: { i } });
    const otherStore = () => {
      if (dialect === 'sqlite') return store;
      const handle = db.reopen();
      extraHandles.push(handle);
      return createStore(handle);
    };
    await Promise.all([queueOn(store, { batchSize: 7 }).runDue(at(1)), queueOn(otherStore(), { batchSize: 7 }).runDue(at(1)), queueOn(otherStore(), { batchSize: 7 }).runDue(at(1))]);
    await queueOn(store).runDue(at(1));
    expect(delivered.map((j) => j.payload.i).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
