import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { checkPromiseEvent, currentSchedule, findOccurrence, occurrenceState } from './promise-history.ts';
import type { PromiseEventMetadata } from './promise-events.schemas.ts';
import type { PromiseMetadata } from './promises.schemas.ts';

const weekdays: PromiseMetadata = { due: { localDate: '2026-11-23', localTime: '17:00' }, timeZone: 'Europe/Berlin', repeat: { kind: 'weekdays', until: null }, reminderLeadMinutes: 15 };
const once: PromiseMetadata = { due: { localDate: '2026-11-26', localTime: '18:00' }, timeZone: 'Europe/Berlin', repeat: null, reminderLeadMinutes: null };
const ev = (occurrence: string, transition: PromiseEventMetadata['transition'], schedule: PromiseMetadata | null = null): PromiseEventMetadata => ({ promiseId: '00000000-0000-4000-8000-000000000001', occurrence, transition, schedule });

describe('promise history', () => {
  it.each([
    ['a weekday of a weekday promise', weekdays, '2026-11-27', '2026-11-27T16:00:00.000Z'],
    ['a Saturday of a weekday promise', weekdays, '2026-11-28', null],
    ['a day before the first one', weekdays, '2026-11-20', null],
    ['"once" for a repeating promise', weekdays, 'once', null],
    ['"once" for a one-off promise', once, 'once', '2026-11-26T17:00:00.000Z'],
    ['a day for a one-off promise', once, '2026-11-26', null],
  ])('finds %s', (_what, schedule, key, expected) => {
    const found = findOccurrence(schedule, key);
    expect(found?.dueAt?.toISOString() ?? null).toBe(expected);
  });

  it('keeps each occurrence’s state apart', () => {
    const history = [ev('2026-11-26', 'mark_done'), ev('2026-11-26', 'confirm_kept'), ev('2026-11-27', 'mark_done'), ev('2026-11-27', 'not_quite')];
    expect(occurrenceState(history, '2026-11-26')).toBe('kept');
    expect(occurrenceState(history, '2026-11-27')).toBe('open');
    expect(occurrenceState(history, '2026-11-30')).toBe('open');
  });

  it('follows the latest renegotiated schedule', () => {
    const moved: PromiseMetadata = { ...once, due: { localDate: '2026-11-27', localTime: '09:00' } };
    expect(currentSchedule(once, [ev('once', 'renegotiate', moved)])).toEqual(moved);
    expect(currentSchedule(once, [ev('once', 'mark_done')])).toEqual(once);
  });

  it('judges a step against the history: after "not quite" the promiser may mark it done again', () => {
    const promise = { authorId: 'a', metadata: once };
    const now = new Date('2026-11-26T19:00:00Z');
    const history = [ev('once', 'mark_done'), ev('once', 'not_quite')];
    expect(checkPromiseEvent({ promise, history, actorId: 'a', event: ev('once', 'mark_done'), now })).toBe('awaiting_partner');
    expect(() => checkPromiseEvent({ promise, history: [...history, ev('once', 'own_miss')], actorId: 'a', event: ev('once', 'mark_done'), now })).toThrow(DomainError);
  });

  it('refuses a renegotiation to a time already past', () => {
    const promise = { authorId: 'a', metadata: once };
    const now = new Date('2026-11-26T12:00:00Z');
    const past: PromiseMetadata = { ...once, due: { localDate: '2026-11-26', localTime: '12:30' } };
    let code = '';
    try {
      checkPromiseEvent({ promise, history: [], actorId: 'a', event: ev('once', 'renegotiate', past), now });
    } catch (error) {
      code = (error as DomainError).code;
    }
    expect(code).toBe('promises.due_in_past');
  });
});
