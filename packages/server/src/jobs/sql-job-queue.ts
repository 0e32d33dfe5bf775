import { randomUUID } from 'node:crypto';
import { isDomainError } from '@mend/core';
import type { Store } from '../db/repositories.ts';
import type { JobHandler, JobQueue, JobToEnqueue } from './job-queue.ts';

export interface SqlJobQueueOptions {
  store: Store;
  handlers: Record<string, JobHandler>;
  /** how long a claimed job is left to its worker before another run may take it (crash recovery) */
  leaseMs?: number;
  batchSize?: number;
  maxAttempts?: number;
  /** event type and ids only (never payload values) */
  onError?: (event: { jobId: string; kind: string; error: string; willRetry: boolean }) => void;
  clock?: () => Date;
}

/** Only a code or an error class name is stored: messages may echo values, and jobs outlive logs. */
const describeError = (error: unknown) => (isDomainError(error) ? error.code : error instanceof Error ? error.name : 'unknown');

/**
 * The in-process adapter of the job queue port, over the `jobs` table. Survives restarts: a job due
 * while the server was down runs on the first tick after start; a job whose worker died runs again
 * when its lease expires. Claims happen in a transaction (on PostgreSQL with SKIP LOCKED).
 */
export function createSqlJobQueue({ store, handlers, leaseMs = 60_000, batchSize = 50, maxAttempts = 5, onError, clock = () => new Date() }: SqlJobQueueOptions): JobQueue & {
  start(input: { intervalMs: number }): () => Promise<void>;
} {
  async function runDue(now: Date) {
    const claimed = await store.transaction((repos) => repos.jobs.claimDue({ now, limit: batchSize, leaseMs }));
    let ran = 0;
    let failed = 0;
    for (const job of claimed) {
      const handler = handlers[job.kind];
      try {
        if (!handler) throw new Error('NoHandler');
        await handler(job, { now });
        await store.repos.jobs.markDone({ id: job.id, now });
        ran += 1;
      } catch (error) {
        failed += 1;
        const willRetry = handler !== undefined && job.attempts < maxAttempts;
        // Back off 1, 2, 4, 8… minutes between attempts.
        const retryAt = willRetry ? new Date(now.getTime() + 60_000 * 2 ** (job.attempts - 1)) : null;
        const code = handler ? describeError(error) : 'no_handler';
        await store.repos.jobs.markFailed({ id: job.id, now, error: code, retryAt });
        onError?.({ jobId: job.id, kind: job.kind, error: code, willRetry });
      }
    }
    return { ran, failed };
  }

  return {
    enqueue: (job: JobToEnqueue) => store.repos.jobs.insert({ ...job, id: randomUUID(), now: clock() }),
    cancelPending: (dedupeKeyPrefix: string) => store.repos.jobs.cancelPending({ dedupeKeyPrefix, now: clock() }),
    runDue,
    start({ intervalMs }) {
      let running: Promise<unknown> | null = null;
      const tick = () => {
        if (running) return; // a slow tick is never overlapped by the next one
        running = runDue(clock())
          .catch((error: unknown) => onError?.({ jobId: '', kind: 'tick', error: describeError(error), willRetry: true }))
          .finally(() => {
            running = null;
          });
      };
      const timer = setInterval(tick, intervalMs);
      tick();
      return async () => {
        clearInterval(timer);
        await running;
      };
    },
  };
}
