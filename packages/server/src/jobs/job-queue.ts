/**
 * The job queue port (issue 3). One implementation today: an in-process worker over the `jobs` table
 * (SQLite or PostgreSQL, one instance). A PostgreSQL multi-instance adapter (pg-boss) can implement
 * the same port later.
 *
 * Delivery is at-least-once: a job whose worker died is run again after its lease. Handlers must be
 * idempotent for their job (a reminder records its notification under a unique key), which together
 * gives exactly one effect per job.
 */
export interface JobToEnqueue {
  kind: string;
  /** unique for the job's whole life: enqueueing the same key again does nothing */
  dedupeKey: string;
  runAt: Date;
  /** ids and times only — never anyone's words (payloads are plaintext in the database) */
  payload: Record<string, unknown>;
}

export interface ClaimedJob {
  id: string;
  kind: string;
  dedupeKey: string;
  payload: Record<string, unknown>;
  runAt: string;
  attempts: number;
}

export type JobHandler = (job: ClaimedJob, context: { now: Date }) => Promise<void>;

export interface JobQueue {
  /** returns false when a job with this dedupe key already exists (nothing changes) */
  enqueue(job: JobToEnqueue): Promise<boolean>;
  /** cancels pending jobs whose dedupe key starts with the prefix (e.g. a renegotiated promise's reminders) */
  cancelPending(dedupeKeyPrefix: string): Promise<number>;
  /** runs every job due at `now` once; the worker calls it on a timer, tests call it directly */
  runDue(now: Date): Promise<{ ran: number; failed: number }>;
}
