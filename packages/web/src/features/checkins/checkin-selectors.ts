import { localDayOf } from '@mend/core';
import { isCheckin, isReaction, type CheckinRecord, type DecryptedRecord, type ReactionRecord } from '../../vault/record-types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export function todayLocalDay(now = new Date()): string {
  return localDayOf(now, Intl.DateTimeFormat().resolvedOptions().timeZone);
}

function dayOf(record: CheckinRecord): string {
  return typeof record.metadata.localDay === 'string' ? record.metadata.localDay : record.createdAt.slice(0, 10);
}

export function myCheckinFor(records: readonly DecryptedRecord[], meId: string, localDay: string): CheckinRecord | null {
  return records.filter(isCheckin).find((r) => r.authorId === meId && dayOf(r) === localDay) ?? null;
}

/** Own check-ins and the partner's shared ones (the only ones the server ever sends), newest first. */
export function checkinTimeline(records: readonly DecryptedRecord[]): CheckinRecord[] {
  return records
    .filter(isCheckin)
    .sort((a, b) => dayOf(b).localeCompare(dayOf(a)) || b.createdAt.localeCompare(a.createdAt));
}

export function reactionsTo(records: readonly DecryptedRecord[], targetId: string): ReactionRecord[] {
  return records.filter(isReaction).filter((r) => r.metadata.targetId === targetId);
}

/**
 * How many distinct days in the last four weeks (today included) have one of my check-ins. A rolling
 * window, never a streak: a missed day takes nothing away.
 */
export function daysWithCheckinInLast4Weeks(records: readonly DecryptedRecord[], meId: string, today: string): number {
  const end = Date.parse(`${today}T00:00:00Z`);
  const days = new Set<string>();
  for (const record of records.filter(isCheckin)) {
    if (record.authorId !== meId) continue;
    const day = dayOf(record);
    const age = (end - Date.parse(`${day}T00:00:00Z`)) / DAY_MS;
    if (age >= 0 && age < 28) days.add(day);
  }
  return days.size;
}

export { dayOf as checkinDay };
