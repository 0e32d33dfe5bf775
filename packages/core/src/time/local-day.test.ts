import { describe, expect, it } from 'vitest';
import { daysThatCountAsToday, localDayOf } from './local-day.ts';

const at = (iso: string) => new Date(iso);
const sorted = (days: Set<string>) => [...days].sort();

describe('localDayOf', () => {
  it.each([
    // UTC and fixed offsets
    ['2026-06-15T12:00:00Z', 'UTC', '2026-06-15'],
    ['2026-12-31T23:59:59Z', 'UTC', '2026-12-31'],
    ['2027-01-01T00:00:00Z', 'UTC', '2027-01-01'],
    ['2026-01-01T18:14:59Z', 'Asia/Kathmandu', '2026-01-01'], // 23:59:59 at +05:45
    ['2026-01-01T18:15:00Z', 'Asia/Kathmandu', '2026-01-02'],
    // Europe/Berlin on 2026-03-29: clocks go from 02:00 CET to 03:00 CEST at 01:00Z
    ['2026-03-28T22:59:59Z', 'Europe/Berlin', '2026-03-28'], // 23:59:59 CET
    ['2026-03-28T23:00:00Z', 'Europe/Berlin', '2026-03-29'], // midnight CET
    ['2026-03-29T00:59:59Z', 'Europe/Berlin', '2026-03-29'], // 01:59:59 CET
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', '2026-03-29'], // 03:00 CEST
    ['2026-03-29T21:59:59Z', 'Europe/Berlin', '2026-03-29'], // 23:59:59 CEST: the day ends at 22:00Z, not 23:00Z
    ['2026-03-29T22:00:00Z', 'Europe/Berlin', '2026-03-30'],
    // America/New_York on 2026-11-01: clocks go from 02:00 EDT back to 01:00 EST at 06:00Z (a 25-hour day)
    ['2026-11-01T03:59:59Z', 'America/New_York', '2026-10-31'], // 23:59:59 EDT
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01'], // midnight EDT
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01'], // first 01:30 (EDT)
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01'], // second 01:30 (EST)
    ['2026-11-02T04:59:59Z', 'America/New_York', '2026-11-01'], // 23:59:59 EST
    ['2026-11-02T05:00:00Z', 'America/New_York', '2026-11-02'],
  ])('%s in %s is %s', (instant, tz, day) => {
    expect(localDayOf(at(instant), tz)).toBe(day);
  });

  it.each([
    ['2026-06-15T12:00:00Z', '2026-06-16', '2026-06-15'],
    ['2026-06-15T10:30:00Z', '2026-06-16', '2026-06-14'], // two calendar days apart at the same instant
  ])('at %s it is %s in Pacific/Kiritimati (UTC+14) but %s in Pacific/Pago_Pago (UTC−11)', (instant, kiritimati, pagoPago) => {
    expect(localDayOf(at(instant), 'Pacific/Kiritimati')).toBe(kiritimati);
    expect(localDayOf(at(instant), 'Pacific/Pago_Pago')).toBe(pagoPago);
  });

  it('always answers YYYY-MM-DD', () => {
    for (const tz of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Lord_Howe']) {
      for (let hour = 0; hour < 48; hour += 5) {
        expect(localDayOf(new Date(Date.UTC(2026, 0, 9, hour)), tz)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('throws for an unknown time zone rather than guessing', () => {
    expect(() => localDayOf(at('2026-01-01T00:00:00Z'), 'Europe/Londn')).toThrow(RangeError);
  });
});

describe('daysThatCountAsToday (10 minutes of slack either side)', () => {
  it.each([
    ['midday', '2026-06-15T12:00:00Z', 'UTC', ['2026-06-15']],
    ['5 minutes before midnight', '2026-06-15T23:55:00Z', 'UTC', ['2026-06-15', '2026-06-16']],
    ['5 minutes after midnight', '2026-06-16T00:05:00Z', 'UTC', ['2026-06-15', '2026-06-16']],
    ['9:59 after midnight', '2026-06-16T00:09:59Z', 'UTC', ['2026-06-15', '2026-06-16']],
    ['exactly 10 minutes after midnight', '2026-06-16T00:10:00Z', 'UTC', ['2026-06-16']],
    ['11 minutes before midnight', '2026-06-15T23:49:00Z', 'UTC', ['2026-06-15']],
    ['23:55 CEST on the day Berlin springs forward', '2026-03-29T21:55:00Z', 'Europe/Berlin', ['2026-03-29', '2026-03-30']],
    ['22:55 CEST, which would be 23:55 if the offset were still +1', '2026-03-29T20:55:00Z', 'Europe/Berlin', ['2026-03-29']],
    ['00:05 CET just before Berlin springs forward', '2026-03-28T23:05:00Z', 'Europe/Berlin', ['2026-03-28', '2026-03-29']],
    ['23:55 EST at the end of New York’s 25-hour day', '2026-11-02T04:55:00Z', 'America/New_York', ['2026-11-01', '2026-11-02']],
    ['23:55 the day before, still EDT', '2026-11-01T03:55:00Z', 'America/New_York', ['2026-10-31', '2026-11-01']],
    ['the repeated 01:30 in New York', '2026-11-01T06:30:00Z', 'America/New_York', ['2026-11-01']],
  ])('%s', (_when, instant, tz, expected) => {
    expect(sorted(daysThatCountAsToday(at(instant), tz))).toEqual(expected);
  });

  it('gives different days for the same instant in far-apart zones', () => {
    const now = at('2026-06-15T10:30:00Z');
    expect(sorted(daysThatCountAsToday(now, 'Pacific/Kiritimati'))).toEqual(['2026-06-16']);
    expect(sorted(daysThatCountAsToday(now, 'Pacific/Pago_Pago'))).toEqual(['2026-06-14']);
  });

  it('takes the slack as a parameter', () => {
    expect(sorted(daysThatCountAsToday(at('2026-06-15T23:59:00Z'), 'UTC', 0))).toEqual(['2026-06-15']);
    expect(sorted(daysThatCountAsToday(at('2026-06-15T12:00:00Z'), 'UTC', 13 * 60 * 60 * 1000))).toEqual(['2026-06-14', '2026-06-15', '2026-06-16']);
  });
});
