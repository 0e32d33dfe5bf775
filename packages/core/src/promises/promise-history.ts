import { DomainError } from '../shared/errors.ts';
import { dueInstant, occurrencesBetween, type Occurrence } from './occurrences.ts';
import { applyTransition, LIFECYCLE, type OccurrenceState, type PromiseRole } from './promise-lifecycle.ts';
import type { PromiseEventMetadata } from './promise-events.schemas.ts';
import type { PromiseMetadata } from './promises.schemas.ts';
import { dueInPast } from './promises.kind.ts';

export const noSuchOccurrence = () =>
  new DomainError('promises.no_such_occurrence', { userMessage: 'This promise is not due on that day. Reload to see its current schedule.' });

const DAY_MS = 86_400_000;

/** The schedule in force: the latest renegotiated one, else the promise's own. */
export function currentSchedule(promise: PromiseMetadata, events: readonly PromiseEventMetadata[]): PromiseMetadata {
  return events.reduce<PromiseMetadata>((schedule, event) => (event.transition === 'renegotiate' && event.schedule ? event.schedule : schedule), promise);
}

/** The occurrence a key names under a schedule, or null if the schedule has no such occurrence. */
export function findOccurrence(schedule: PromiseMetadata, key: string): { key: string; dueAt: Date | null } | null {
  if (!schedule.repeat) {
    if (key !== 'once') return null;
    return { key, dueAt: schedule.due ? dueInstant({ ...schedule.due, timeZone: schedule.timeZone }) : null };
  }
  if (key === 'once' || !schedule.due) return null;
  const around = dueInstant({ localDate: key, localTime: schedule.due.localTime, timeZone: schedule.timeZone });
  const match = occurrencesBetween({ metadata: schedule, from: new Date(around.getTime() - DAY_MS), to: new Date(around.getTime() + DAY_MS) }).find(
    (o: Occurrence) => o.localDate === key,
  );
  return match ? { key, dueAt: match.dueAt } : null;
}

/** An occurrence's state after its history, in order (history is trusted: each step was checked when made). */
export function occurrenceState(events: readonly PromiseEventMetadata[], key: string): OccurrenceState {
  return events.filter((e) => e.occurrence === key).reduce<OccurrenceState>((_state, event) => LIFECYCLE[event.transition].to, 'open');
}

/**
 * Whether `actorId` may add `event` to a promise's history now. Throws the DomainError that says why
 * not. The server calls this with metadata only; the browser calls it to offer only what is allowed.
 */
export function checkPromiseEvent({
  promise,
  history,
  actorId,
  event,
  now,
}: {
  promise: { authorId: string; metadata: PromiseMetadata };
  history: readonly PromiseEventMetadata[];
  actorId: string;
  event: PromiseEventMetadata;
  now: Date;
}): OccurrenceState {
  const role: PromiseRole = actorId === promise.authorId ? 'promiser' : 'partner';
  const occurrence = findOccurrence(currentSchedule(promise.metadata, history), event.occurrence);
  if (!occurrence) throw noSuchOccurrence();
  const next = applyTransition({ state: occurrenceState(history, occurrence.key), transition: event.transition, role, now, dueAt: occurrence.dueAt });
  if (event.schedule?.due && dueInstant({ ...event.schedule.due, timeZone: event.schedule.timeZone }).getTime() <= now.getTime()) throw dueInPast();
  return next;
}
