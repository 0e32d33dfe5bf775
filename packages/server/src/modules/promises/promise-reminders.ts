import {
  currentSchedule,
  findOccurrence,
  occurrenceState,
  occurrencesBetween,
  promiseEventMetadataSchema,
  promiseMetadataSchema,
  type PromiseEventMetadata,
} from '@mend/core';
import type { Store } from '../../db/repositories.ts';
import type { ClaimedJob, JobHandler, JobQueue } from '../../jobs/job-queue.ts';
import type { EventHub } from '../events/event-hub.ts';
import type { StoredRecord } from '../records/records.repository.ts';

export const PROMISE_REMINDER_JOB = 'promise_reminder';
/** Reminders are scheduled a week ahead; each one that runs extends the week (repeating promises roll on). */
const HORIZON_MS = 7 * 86_400_000;
/** "Did you keep it?" comes a quarter of an hour after the due time, once, if nothing was said. */
const CHECK_IN_AFTER_MS = 15 * 60_000;

interface ReminderPayload {
  coupleId: string;
  promiseId: string;
  occurrence: string;
  phase: 'before' | 'after';
  /** how many renegotiations the schedule had: a reminder from an older schedule is dropped */
  revision: number;
}

interface PromiseState {
  promise: StoredRecord;
  history: PromiseEventMetadata[];
  revision: number;
}

/** The promise and its history, if it is a live shared promise in an active couple (else no reminders). */
async function loadLivePromise(store: Store, { coupleId, promiseId }: { coupleId: string; promiseId: string }): Promise<PromiseState | null> {
  const { records, couples } = store.repos;
  const promise = await records.find({ coupleId, recordId: promiseId });
  if (!promise || promise.kind !== 'promise' || promise.visibility !== 'partner' || promise.deletedAt !== null) return null;
  if ((await couples.findCouple(coupleId))?.status !== 'active') return null;
  const history = (await records.listByTarget({ coupleId, targetId: promiseId, kind: 'promise_event' })).map((r) => promiseEventMetadataSchema.parse(r.metadata));
  return { promise, history, revision: history.filter((e) => e.transition === 'renegotiate').length };
}

const keyPrefix = (promiseId: string) => `promise:${promiseId}:`;

/**
 * Enqueues the reminders of a shared promise's occurrences in the coming week: one at the lead time
 * before each due time (if the promiser asked for one) and one "did you keep it?" after it. Safe to
 * call any number of times: each reminder's dedupe key names the promise, schedule revision,
 * occurrence and phase.
 */
export async function schedulePromiseReminders({ coupleId, promiseId, now }: { coupleId: string; promiseId: string; now: Date }, deps: { store: Store; jobs: JobQueue }): Promise<number> {
  const live = await loadLivePromise(deps.store, { coupleId, promiseId });
  if (!live) return 0;
  const schedule = currentSchedule(promiseMetadataSchema.parse(live.promise.metadata), live.history);
  let added = 0;
  for (const occurrence of occurrencesBetween({ metadata: schedule, from: now, to: new Date(now.getTime() + HORIZON_MS) })) {
    const key = schedule.repeat ? occurrence.localDate : 'once';
    const phases: Array<[ReminderPayload['phase'], Date]> = [['after', new Date(occurrence.dueAt.getTime() + CHECK_IN_AFTER_MS)]];
    if (schedule.reminderLeadMinutes !== null) phases.unshift(['before', new Date(occurrence.dueAt.getTime() - schedule.reminderLeadMinutes * 60_000)]);
    for (const [phase, runAt] of phases) {
      const payload: ReminderPayload = { coupleId, promiseId, occurrence: key, phase, revision: live.revision };
      if (await deps.jobs.enqueue({ kind: PROMISE_REMINDER_JOB, dedupeKey: `${keyPrefix(promiseId)}r${live.revision}:${key}:${phase}`, runAt, payload: { ...payload } })) added += 1;
    }
  }
  return added;
}

/** After a renegotiation the old schedule's pending reminders are dropped and the new ones made. */
export async function reschedulePromiseReminders(input: { coupleId: string; promiseId: string; now: Date }, deps: { store: Store; jobs: JobQueue }): Promise<number> {
  await deps.jobs.cancelPending(keyPrefix(input.promiseId));
  return schedulePromiseReminders(input, deps);
}

/**
 * Delivers one reminder to the promiser, if it still matters: before the due time only while the
 * promise is open and not yet due; after it only while it is still open (neither marked done, owned,
 * kept nor released). The partner is never told about a missed promise (no fuel for hypervigilance).
 */
export function createPromiseReminderHandler(deps: { store: Store; jobs: JobQueue; events: EventHub }): JobHandler {
  return async (job: ClaimedJob, { now }) => {
    const payload = job.payload as unknown as ReminderPayload;
    const live = await loadLivePromise(deps.store, payload);
    if (!live || live.revision !== payload.revision) return;
    const occurrence = findOccurrence(currentSchedule(promiseMetadataSchema.parse(live.promise.metadata), live.history), payload.occurrence);
    if (!occurrence || occurrenceState(live.history, occurrence.key) !== 'open') return;
    if (payload.phase === 'before' && occurrence.dueAt !== null && now.getTime() >= occurrence.dueAt.getTime()) return;
    const delivered = await deps.store.repos.notifications.insert({
      id: crypto.randomUUID(),
      userId: live.promise.authorId,
      coupleId: payload.coupleId,
      kind: payload.phase === 'before' ? 'promise_due_soon' : 'promise_check_in',
      subjectId: payload.promiseId,
      occurrence: occurrence.key,
      dedupeKey: job.dedupeKey,
      now,
    });
    if (delivered) deps.events.notify({ coupleId: payload.coupleId, userIds: [live.promise.authorId], topic: 'notifications' });
    await schedulePromiseReminders({ coupleId: payload.coupleId, promiseId: payload.promiseId, now }, deps);
  };
}

/** What the records service calls after a write: promises and renegotiations (re)schedule reminders. */
export function createPromiseWriteHook(deps: { store: Store; jobs: JobQueue }) {
  return async (record: StoredRecord, now: Date): Promise<void> => {
    if (record.kind === 'promise' && record.visibility === 'partner') {
      await schedulePromiseReminders({ coupleId: record.coupleId, promiseId: record.id, now }, deps);
    } else if (record.kind === 'promise_event' && record.targetId && promiseEventMetadataSchema.parse(record.metadata).transition === 'renegotiate') {
      await reschedulePromiseReminders({ coupleId: record.coupleId, promiseId: record.targetId, now }, deps);
    }
  };
}
