import type { Config } from '../config/config.ts';
import type { Store } from '../db/repositories.ts';
import type { EventHub } from '../modules/events/event-hub.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { StoredRecord } from '../modules/records/records.repository.ts';

/** What every service needs, built once in main.ts (or by the test helper). */
export interface AppDeps {
  config: Config;
  store: Store;
  events: EventHub;
  /** injectable so tests can move time (sessions expire, check-in days change) without waiting */
  clock: () => Date;
  /** 32 random bytes kept in the data directory (or SERVER_SECRET): keys the fake salts */
  serverSecret: Uint8Array;
  jobs: JobQueue;
  /** called after a record write commits (promises schedule their reminders here); failures are logged, never undo the write */
  onRecordWritten?: (record: StoredRecord, now: Date) => Promise<void>;
}
