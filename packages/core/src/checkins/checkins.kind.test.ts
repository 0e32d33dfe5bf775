import { describe, expect, it } from 'vitest';
import type { ExistingRecord } from '../records/kinds.ts';
import type { Visibility } from '../records/records.schemas.ts';
import { DomainError } from '../shared/errors.ts';
import { checkinKind } from './checkins.kind.ts';
import { MOODS, checkinContentSchema, checkinMetadataSchema, type CheckinMetadata } from './checkins.schemas.ts';

const AUTHOR = 'author-1';
const PARTNER = 'partner-2';
const BERLIN = 'Europe/Berlin';
const at = (iso: string) => new Date(iso);
const meta = (localDay: string, timeZone = BERLIN): CheckinMetadata => ({ localDay, timeZone });
const existing = (metadata: CheckinMetadata, authorId = AUTHOR, visibility: Visibility = 'private'): ExistingRecord<CheckinMetadata> => ({
  authorId,
  metadata,
  visibility,
});

function thrownCode(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}
const create = (metadata: CheckinMetadata, now: string) => () => checkinKind.assertCanCreate({ actorId: AUTHOR, metadata, visibility: 'private', now: at(now) });

describe('check-in: create only on its own day', () => {
  it.each([
    // [now (UTC), zone, day written for, expected error or undefined]
    ['2026-06-15T10:00:00Z', BERLIN, '2026-06-15', undefined], // midday
    ['2026-06-15T10:00:00Z', BERLIN, '2026-06-14', 'checkins.not_today'], // yesterday
    ['2026-06-15T10:00:00Z', BERLIN, '2026-06-16', 'checkins.not_today'], // tomorrow
    ['2026-06-15T10:00:00Z', BERLIN, '2025-06-15', 'checkins.not_today'], // a year ago
    ['2026-06-14T22:05:00Z', BERLIN, '2026-06-14', undefined], // 00:05 CEST: yesterday still counts (slack)
    ['2026-06-14T22:05:00Z', BERLIN, '2026-06-15', undefined], // … and so does today
    ['2026-06-14T22:11:00Z', BERLIN, '2026-06-14', 'checkins.not_today'], // 00:11: yesterday is over
    ['2026-06-14T21:55:00Z', BERLIN, '2026-06-15', undefined], // 23:55: a phone already past midnight is not refused
    ['2026-06-14T21:49:00Z', BERLIN, '2026-06-15', 'checkins.not_today'], // 23:49: tomorrow is too early
    ['2026-03-29T21:55:00Z', BERLIN, '2026-03-30', undefined], // 23:55 CEST on the spring-forward day
    ['2026-03-29T21:05:00Z', BERLIN, '2026-03-30', 'checkins.not_today'], // 23:05 CEST (would be 00:05 if still CET)
    ['2026-11-02T04:30:00Z', 'America/New_York', '2026-11-01', undefined], // 23:30 EST, end of the 25-hour day
    ['2026-11-02T04:30:00Z', 'America/New_York', '2026-11-02', 'checkins.not_today'],
  ])('at %s in %s, a check-in for %s → %s', (now, tz, day, expected) => {
    expect(thrownCode(create(meta(day, tz), now))).toBe(expected);
  });

  it('judges "today" in the writer’s zone: the same instant is a different day in Kiritimati and Pago Pago', () => {
    const now = '2026-06-15T10:30:00Z';
    expect(thrownCode(create(meta('2026-06-16', 'Pacific/Kiritimati'), now))).toBeUndefined();
    expect(thrownCode(create(meta('2026-06-14', 'Pacific/Pago_Pago'), now))).toBeUndefined();
    expect(thrownCode(create(meta('2026-06-14', 'Pacific/Kiritimati'), now))).toBe('checkins.not_today');
    expect(thrownCode(create(meta('2026-06-16', 'Pacific/Pago_Pago'), now))).toBe('checkins.not_today');
    expect(thrownCode(create(meta('2026-06-15', 'UTC'), now))).toBeUndefined();
  });
});

describe('check-in: update', () => {
  const day = '2026-06-15';
  const sameDay = '2026-06-15T10:00:00Z';
  const update = (input: { actorId?: string; metadata?: CheckinMetadata; now?: string; previous?: ExistingRecord<CheckinMetadata>; visibility?: Visibility }) => () =>
    checkinKind.assertCanUpdate({
      actorId: input.actorId ?? AUTHOR,
      metadata: input.metadata ?? meta(day),
      visibility: input.visibility ?? 'private',
      now: at(input.now ?? sameDay),
      existing: input.previous ?? existing(meta(day)),
    });

  it.each([
    ['the author, same day', {}, undefined],
    ['the author sharing it with the partner the same day', { visibility: 'partner' as const }, undefined],
    ['the author 5 minutes after midnight (slack)', { now: '2026-06-15T22:05:00Z' }, undefined],
    ['the partner', { actorId: PARTNER }, 'records.not_author'],
    ['the partner, even the next day and changing the day', { actorId: PARTNER, now: '2026-06-16T10:00:00Z', metadata: meta('2026-06-16') }, 'records.not_author'],
    ['the author moving it to another day', { metadata: meta('2026-06-14') }, 'checkins.day_changed'],
    ['the author moving it to today, the next day', { now: '2026-06-16T10:00:00Z', metadata: meta('2026-06-16') }, 'checkins.day_changed'],
    ['the author the next day', { now: '2026-06-16T10:00:00Z' }, 'checkins.not_today'],
    ['the author 11 minutes after midnight', { now: '2026-06-15T22:11:00Z' }, 'checkins.not_today'],
    // "Today" is judged in the zone the check-in was written in, not in a zone the update claims:
    // at 11:00Z it is already 16 June in Kiritimati, though still 15 June in UTC.
    [
      'the author of a Kiritimati check-in whose day is over there, claiming UTC',
      { now: '2026-06-15T11:00:00Z', metadata: meta(day, 'UTC'), previous: existing(meta(day, 'Pacific/Kiritimati')) },
      'checkins.day_changed',
    ],
    [
      'the author of a Kiritimati check-in while it is still that day there',
      { now: '2026-06-15T09:55:00Z', metadata: meta(day, 'Pacific/Kiritimati'), previous: existing(meta(day, 'Pacific/Kiritimati')) },
      undefined,
    ],
  ])('%s → %s', (_who, input, expected) => {
    expect(thrownCode(update(input))).toBe(expected);
  });
});

describe('check-in: delete and registry facts', () => {
  it.each([
    ['the author, the same day', AUTHOR, '2026-06-15T10:00:00Z', undefined],
    ['the author, a month later', AUTHOR, '2026-07-15T10:00:00Z', undefined],
    ['the partner', PARTNER, '2026-06-15T10:00:00Z', 'records.not_author'],
  ])('delete by %s → %s', (_who, actorId, now, expected) => {
    expect(thrownCode(() => checkinKind.assertCanDelete({ actorId, now: at(now), existing: existing(meta('2026-06-15')) }))).toBe(expected);
  });

  it('allows one check-in per day, private or shared', () => {
    expect(checkinKind.kind).toBe('checkin');
    expect(checkinKind.uniqueKey(meta('2026-06-15'))).toBe('checkin:2026-06-15');
    expect(checkinKind.uniqueKey(meta('2026-06-15', 'UTC'))).toBe(checkinKind.uniqueKey(meta('2026-06-15', BERLIN)));
    expect(checkinKind.uniqueKey(meta('2026-06-16'))).not.toBe(checkinKind.uniqueKey(meta('2026-06-15')));
    expect([...checkinKind.visibilities].sort()).toEqual(['partner', 'private']);
  });
});

describe('check-in content schema (sealed in the browser)', () => {
  const valid = { mood: 'calm', need: null, smallTruths: [], note: '' };
  const truth = { prompt: 'on_my_mind', text: 'work' };

  it.each([
    ['minimal', valid],
    ['with a need', { ...valid, need: 'comfort' }],
    ['three small truths', { ...valid, smallTruths: [truth, truth, { prompt: 'other', text: 'x' }] }],
    ['a 2000-character note', { ...valid, note: 'a'.repeat(2000) }],
    ['a 500-character truth', { ...valid, smallTruths: [{ prompt: 'proud_of', text: 'b'.repeat(500) }] }],
  ])('accepts %s', (_what, content) => {
    expect(checkinContentSchema.safeParse(content).success).toBe(true);
  });

  it.each(MOODS)('accepts the mood %s', (mood) => {
    expect(checkinContentSchema.safeParse({ ...valid, mood }).success).toBe(true);
  });

  it.each([
    ['four small truths', { ...valid, smallTruths: [truth, truth, truth, truth] }],
    ['an unknown mood', { ...valid, mood: 'ecstatic' }],
    ['an unknown need', { ...valid, need: 'hug' }],
    ['a missing need (must be null, not absent)', { mood: 'calm', smallTruths: [], note: '' }],
    ['an unknown key', { ...valid, score: 5 }],
    ['an unknown key inside a small truth', { ...valid, smallTruths: [{ ...truth, extra: 1 }] }],
    ['an unknown prompt', { ...valid, smallTruths: [{ prompt: 'secrets', text: 'x' }] }],
    ['an empty small truth', { ...valid, smallTruths: [{ prompt: 'other', text: '' }] }],
    ['a 501-character small truth', { ...valid, smallTruths: [{ prompt: 'other', text: 'b'.repeat(501) }] }],
    ['a 2001-character note', { ...valid, note: 'a'.repeat(2001) }],
    ['a note with a NUL', { ...valid, note: 'a\u0000' }],
  ])('rejects %s', (_what, content) => {
    expect(checkinContentSchema.safeParse(content).success).toBe(false);
  });
});

describe('check-in metadata schema (seen by the server)', () => {
  it.each([
    [{ localDay: '2026-06-15', timeZone: BERLIN }, true],
    [{ localDay: '2026-06-15', timeZone: BERLIN, mood: 'sad' }, false], // nothing extra may leak to the server
    [{ localDay: '2026-02-29', timeZone: BERLIN }, false],
    [{ localDay: '2026-06-15', timeZone: 'Europe/Londn' }, false],
    [{ localDay: '2026-06-15' }, false],
  ])('%j → %s', (metadata, ok) => {
    expect(checkinMetadataSchema.safeParse(metadata).success).toBe(ok);
  });
});
