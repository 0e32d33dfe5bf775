import { currentSchedule, occurrenceState } from './promise-history.ts';
import { dueInstant, occurrencesBetween } from './occurrences.ts';
import type { OccurrenceState } from './promise-lifecycle.ts';
import type { PromiseEventMetadata } from './promise-events.schemas.ts';
import type { PromiseMetadata } from './promises.schemas.ts';

export interface OccurrenceView {
  key: string;
  dueAt: Date | null;
  state: OccurrenceState;
}

const DAY_MS = 86_400_000;

/**
 * What a ledger page shows for one promise: its schedule in force and the occurrences worth showing —
 * for a one-off promise its single occurrence; for a repeating one, the past three days and the coming
 * week. The history decides each occurrence's state.
 */
export function promiseOccurrences({ metadata, history, now }: { metadata: PromiseMetadata; history: readonly PromiseEventMetadata[]; now: Date }): {
  schedule: PromiseMetadata;
  occurrences: OccurrenceView[];
} {
  const schedule = currentSchedule(metadata, history);
  if (!schedule.repeat) {
    const dueAt = schedule.due ? dueInstant({ ...schedule.due, timeZone: schedule.timeZone }) : null;
    return { schedule, occurrences: [{ key: 'once', dueAt, state: occurrenceState(history, 'once') }] };
  }
  const occurrences = occurrencesBetween({ metadata: schedule, from: new Date(now.getTime() - 3 * DAY_MS), to: new Date(now.getTime() + 7 * DAY_MS) }).map((o) => ({
    key: o.localDate,
    dueAt: o.dueAt,
    state: occurrenceState(history, o.localDate),
  }));
  return { schedule, occurrences };
}

/** Confirmed-kept occurrences per ISO week (Monday start, UTC), oldest first: "kept over time", never a score. */
export function keptPerWeek(history: ReadonlyArray<{ metadata: PromiseEventMetadata; createdAt: string }>): Array<{ weekStart: string; kept: number }> {
  const counts = new Map<string, number>();
  for (const event of history) {
    if (event.metadata.transition !== 'confirm_kept') continue;
    const day = new Date(event.createdAt);
    const monday = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - ((day.getUTCDay() + 6) % 7)));
    const key = monday.toISOString().slice(0, 10);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([weekStart, kept]) => ({ weekStart, kept }));
}
