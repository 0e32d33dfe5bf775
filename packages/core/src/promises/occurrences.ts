import { DateTime } from 'luxon';
import type { PromiseMetadata, RepeatRule } from './promises.schemas.ts';

export interface Occurrence {
  /** the local calendar day of this occurrence: its identity within the promise (one per day at most) */
  localDate: string;
  /** the instant it is due */
  dueAt: Date;
}

/**
 * The instant a local date and wall-clock time fall on in a time zone. In a spring-forward gap (a
 * time that does not exist that day) it moves forward by the gap; in a fall-back overlap it takes the
 * first of the two instants — so a repeating promise happens once that day, never twice or not at all.
 */
export function dueInstant({ localDate, localTime, timeZone }: { localDate: string; localTime: string; timeZone: string }): Date {
  const chosen = DateTime.fromISO(`${localDate}T${localTime}`, { zone: timeZone });
  // Luxon resolves an ambiguous wall time to the later instant; the first is when the clock first shows it.
  for (const minutes of [60, 30]) {
    const earlier = chosen.minus({ minutes });
    if (earlier.toISODate() === localDate && earlier.toFormat('HH:mm') === localTime) return earlier.toJSDate();
  }
  return chosen.toJSDate();
}

function matches(rule: RepeatRule, day: DateTime): boolean {
  if (rule.kind === 'daily') return true;
  if (rule.kind === 'weekdays') return day.weekday <= 5;
  return rule.days.includes(day.weekday);
}

/**
 * Occurrences of a promise due in [from, to), in order. A promise without a due time has none; one
 * without a repeat has at most one. Repeats follow local days in the promiser's time zone (weekdays
 * are Monday to Friday there), from the first due day up to `until` (inclusive), at most `limit`.
 */
export function occurrencesBetween({ metadata, from, to, limit = 1000 }: { metadata: PromiseMetadata; from: Date; to: Date; limit?: number }): Occurrence[] {
  const { due, repeat, timeZone } = metadata;
  if (!due) return [];
  const inRange = (at: Date) => at.getTime() >= from.getTime() && at.getTime() < to.getTime();
  if (!repeat) {
    const dueAt = dueInstant({ ...due, timeZone });
    return inRange(dueAt) ? [{ localDate: due.localDate, dueAt }] : [];
  }
  const first = DateTime.fromISO(due.localDate, { zone: timeZone }).startOf('day');
  // Start a day before `from` in local terms so an occurrence just after `from` is never skipped.
  const fromDay = DateTime.fromJSDate(from, { zone: timeZone }).startOf('day').minus({ days: 1 });
  const lastDay = DateTime.fromJSDate(to, { zone: timeZone }).startOf('day');
  const until = repeat.until ? DateTime.fromISO(repeat.until, { zone: timeZone }).startOf('day') : null;
  const out: Occurrence[] = [];
  for (let day = first > fromDay ? first : fromDay; day <= lastDay && out.length < limit; day = day.plus({ days: 1 })) {
    if (until && day > until) break;
    if (!matches(repeat, day)) continue;
    const localDate = day.toISODate()!;
    const dueAt = dueInstant({ localDate, localTime: due.localTime, timeZone });
    if (inRange(dueAt)) out.push({ localDate, dueAt });
  }
  return out;
}
