import { describe, expect, it } from 'vitest';
import { keptPerWeek, promiseOccurrences } from './promise-view.ts';
import type { PromiseEventMetadata } from './promise-events.schemas.ts';
import type { PromiseMetadata } from './promises.schemas.ts';

const ID = '00000000-0000-4000-8000-000000000001';
const ev = (occurrence: string, transition: PromiseEventMetadata['transition']): PromiseEventMetadata => ({ promiseId: ID, occurrence, transition, schedule: null });

describe('promise ledger view', () => {
  it('shows a one-off promise as one occurrence with its state', () => {
    const metadata: PromiseMetadata = { due: null, timeZone: 'UTC', repeat: null, reminderLeadMinutes: null };
    expect(promiseOccurrences({ metadata, history: [ev('once', 'mark_done')], now: new Date('2026-11-26T12:00:00Z') }).occurrences).toEqual([{ key: 'once', dueAt: null, state: 'awaiting_partner' }]);
  });

  it('shows a weekday promise’s recent and coming days, weekends left out', () => {
    const metadata: PromiseMetadata = { due: { localDate: '2026-11-02', localTime: '17:00' }, timeZone: 'Europe/Berlin', repeat: { kind: 'weekdays', until: null }, reminderLeadMinutes: null };
    const { occurrences } = promiseOccurrences({ metadata, history: [ev('2026-11-25', 'own_miss')], now: new Date('2026-11-26T12:00:00Z') });
    expect(occurrences.map((o) => `${o.key}:${o.state}`)).toEqual([
      '2026-11-23:open',
      '2026-11-24:open',
      '2026-11-25:owned_miss',
      '2026-11-26:open',
      '2026-11-27:open',
      '2026-11-30:open',
      '2026-12-01:open',
      '2026-12-02:open',
    ]);
  });

  it('counts confirmed-kept promises per week, and nothing else', () => {
    const history = [
      { metadata: ev('once', 'confirm_kept'), createdAt: '2026-11-23T10:00:00Z' }, // Monday
      { metadata: ev('once', 'confirm_kept'), createdAt: '2026-11-29T22:00:00Z' }, // Sunday, same week
      { metadata: ev('once', 'mark_done'), createdAt: '2026-11-24T10:00:00Z' },
      { metadata: ev('once', 'confirm_kept'), createdAt: '2026-11-30T08:00:00Z' }, // next Monday
    ];
    expect(keptPerWeek(history)).toEqual([
      { weekStart: '2026-11-23', kept: 2 },
      { weekStart: '2026-11-30', kept: 1 },
    ]);
  });
});
