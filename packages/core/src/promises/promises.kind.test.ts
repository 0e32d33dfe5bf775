import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { promiseKind } from './promises.kind.ts';
import type { PromiseMetadata } from './promises.schemas.ts';

const now = new Date('2026-11-26T12:00:00Z'); // 13:00 in Berlin
const meta = (due: PromiseMetadata['due']): PromiseMetadata => ({ due, timeZone: 'Europe/Berlin', repeat: null, reminderLeadMinutes: 10 });
const ahead = meta({ localDate: '2026-11-26', localTime: '18:00' });
const past = meta({ localDate: '2026-11-26', localTime: '12:30' });

function codeOf(run: () => void): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}

describe('promise kind', () => {
  it.each([
    ['a time still ahead', ahead, null],
    ['no due time', meta(null), null],
    ['a time already past in the promiser’s zone', past, 'promises.due_in_past'],
  ])('creating with %s', (_what, metadata, expected) => {
    expect(codeOf(() => promiseKind.assertCanCreate({ actorId: 'a', metadata, visibility: 'partner', now }))).toBe(expected);
  });

  it.each([
    ['the author edits a private draft', 'a', 'private', null],
    ['the author edits a shared promise directly', 'a', 'partner', 'promises.change_by_renegotiating'],
    ['the partner edits it', 'b', 'private', 'records.not_author'],
  ] as const)('%s', (_what, actorId, visibility, expected) => {
    expect(codeOf(() => promiseKind.assertCanUpdate({ actorId, metadata: ahead, visibility: 'partner', now, existing: { authorId: 'a', metadata: ahead, visibility } }))).toBe(expected);
  });

  it.each([
    ['the author deletes a private draft', 'a', 'private', null],
    ['the author deletes a shared promise', 'a', 'partner', 'promises.never_deleted'],
    ['the partner deletes it', 'b', 'partner', 'records.not_author'],
  ] as const)('%s', (_what, actorId, visibility, expected) => {
    expect(codeOf(() => promiseKind.assertCanDelete({ actorId, now, existing: { authorId: 'a', metadata: ahead, visibility } }))).toBe(expected);
  });

  it('keeps the words sealed and the schedule in metadata', () => {
    expect(promiseKind.contentSchema.safeParse({ text: 'I’ll text when I leave work', details: '' }).success).toBe(true);
    expect(promiseKind.contentSchema.safeParse({ text: '', details: '' }).success).toBe(false);
    expect(promiseKind.metadataSchema.safeParse({ ...ahead, text: 'words never go in metadata' }).success).toBe(false);
  });
});
