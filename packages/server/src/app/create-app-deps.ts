import type { Config } from '../config/config.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { createStore } from '../db/repositories.ts';
import { createSqlJobQueue } from '../jobs/sql-job-queue.ts';
import { createEventHub } from '../modules/events/event-hub.ts';
import { createPromiseReminderHandler, createPromiseWriteHook, PROMISE_REMINDER_JOB } from '../modules/promises/promise-reminders.ts';
import type { AppDeps } from './deps.ts';

/**
 * Everything the services share, wired once: the store, the live event hub, the job queue with its
 * handlers, and the hooks that run after a write. main.ts and the test helper both build deps here.
 */
export function createAppDeps({ config, handle, clock, serverSecret }: { config: Config; handle: DatabaseHandle; clock: () => Date; serverSecret: Uint8Array }) {
  const store = createStore(handle);
  const events = createEventHub();
  const handlers: Parameters<typeof createSqlJobQueue>[0]['handlers'] = {};
  const jobs = createSqlJobQueue({ store, handlers, clock });
  handlers[PROMISE_REMINDER_JOB] = createPromiseReminderHandler({ store, jobs, events });
  const deps: AppDeps = { config, store, events, clock, serverSecret, jobs, onRecordWritten: createPromiseWriteHook({ store, jobs }) };
  return { deps, jobs };
}
