import { describe, expect, it } from 'vitest';
import { dueInstant, occurrencesBetween } from './occurrences.ts';
import { promiseMetadataSchema, type PromiseMetadata } from './promises.schemas.ts';

const meta = (m: Partial<PromiseMetadata> & Pick<PromiseMetadata, 'due'>): PromiseMetadata =>
  promiseMetadataSchema.parse({ timeZone: 'Europe/Berlin', repeat: null, reminderLeadMinutes: null, ...m });
const iso = (d: Date) => d.toISOString();

describe('dueInstant', () => {
  it.each([
    ['an ordinary winter day', '2026-01-15', '08:00', 'Europe/Berlin', '2026-01-15T07:00:00.000Z'],
    ['an ordinary summer day', '2026-07-15', '08:00', 'Europe/Berlin', '2026-07-15T06:00:00.000Z'],
    ['a time inside the spring-forward gap moves forward', '2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
    ['a time inside the fall-back overlap takes the first instant', '2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['the same with a 30-minute change (Lord Howe Island)', '2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z'],
  ])('%s', (_what, localDate, localTime, timeZone, expected) => {
    expect(iso(dueInstant({ localDate, localTime, timeZone }))).toBe(expected);
  });
});

describe('occurrencesBetween', () => {
  it('a promise without a due time has no occurrences', () => {
    expect(occurrencesBetween({ metadata: meta({ due: null }), from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') })).toEqual([]);
  });

  it('a one-off promise has one occurrence, only when it falls in the range', () => {
    const metadata = meta({ due: { localDate: '2026-11-26', localTime: '18:30' } });
    expect(occurrencesBetween({ metadata, from: new Date('2026-11-26T00:00:00Z'), to: new Date('2026-11-27T00:00:00Z') }).map((o) => o.localDate)).toEqual(['2026-11-26']);
    expect(occurrencesBetween({ metadata, from: new Date('2026-11-27T00:00:00Z'), to: new Date('2026-11-28T00:00:00Z') })).toEqual([]);
  });

  it('weekdays skip the weekend, in the promiser’s own time zone', () => {
    // Friday 27 November to Tuesday 1 December 2026.
    const metadata = meta({ due: { localDate: '2026-11-23', localTime: '17:00' }, repeat: { kind: 'weekdays', until: null } });
    const found = occurrencesBetween({ metadata, from: new Date('2026-11-27T00:00:00Z'), to: new Date('2026-12-02T00:00:00Z') });
    expect(found.map((o) => o.localDate)).toEqual(['2026-11-27', '2026-11-30', '2026-12-01']);
  });

  it('keeps the local time across the spring daylight-saving change (one occurrence a day, none lost)', () => {
    const metadata = meta({ due: { localDate: '2026-03-27', localTime: '08:00' }, repeat: { kind: 'daily', until: null } });
    const found = occurrencesBetween({ metadata, from: new Date('2026-03-27T00:00:00Z'), to: new Date('2026-03-31T00:00:00Z') });
    expect(found.map((o) => [o.localDate, iso(o.dueAt)])).toEqual([
      ['2026-03-27', '2026-03-27T07:00:00.000Z'],
      ['2026-03-28', '2026-03-28T07:00:00.000Z'],
      ['2026-03-29', '2026-03-29T06:00:00.000Z'],
      ['2026-03-30', '2026-03-30T06:00:00.000Z'],
    ]);
  });

  it('a daily 01:30 in New York happens exactly once on the autumn day that has 01:30 twice', () => {
    const metadata = meta({ timeZone: 'America/New_York', due: { localDate: '2026-10-31', localTime: '01:30' }, repeat: { kind: 'daily', until: null } });
    const found = occurrencesBetween({ metadata, from: new Date('2026-10-31T00:00:00Z'), to: new Date('2026-11-03T00:00:00Z') });
    expect(found.map((o) => o.localDate)).toEqual(['2026-10-31', '2026-11-01', '2026-11-02']);
    expect(found.map((o) => iso(o.dueAt))).toEqual(['2026-10-31T05:30:00.000Z', '2026-11-01T05:30:00.000Z', '2026-11-02T06:30:00.000Z']);
  });

  it('chosen days follow the local calendar even when UTC is on another day', () => {
    // Mondays at 07:00 in Auckland are Sundays in UTC.
    const metadata = meta({ timeZone: 'Pacific/Auckland', due: { localDate: '2026-11-02', localTime: '07:00' }, repeat: { kind: 'days', days: [1], until: null } });
    const found = occurrencesBetween({ metadata, from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-11-20T00:00:00Z') });
    expect(found.map((o) => o.localDate)).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(found.every((o) => o.dueAt.getUTCDay() === 0)).toBe(true);
  });

  it('stops after the end day (inclusive) and never starts before the first due day', () => {
    const metadata = meta({ due: { localDate: '2026-11-25', localTime: '09:00' }, repeat: { kind: 'daily', until: '2026-11-27' } });
    const found = occurrencesBetween({ metadata, from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-31T00:00:00Z') });
    expect(found.map((o) => o.localDate)).toEqual(['2026-11-25', '2026-11-26', '2026-11-27']);
  });

  it('refuses a repeat without a due time and a day listed twice', () => {
    expect(promiseMetadataSchema.safeParse({ due: null, timeZone: 'UTC', repeat: { kind: 'daily', until: null }, reminderLeadMinutes: null }).success).toBe(false);
    expect(
      promiseMetadataSchema.safeParse({ due: { localDate: '2026-11-25', localTime: '09:00' }, timeZone: 'UTC', repeat: { kind: 'days', days: [1, 1], until: null }, reminderLeadMinutes: null }).success,
    ).toBe(false);
    expect(promiseMetadataSchema.safeParse({ due: { localDate: '2026-11-25', localTime: '24:00' }, timeZone: 'UTC', repeat: null, reminderLeadMinutes: null }).success).toBe(false);
  });
});
