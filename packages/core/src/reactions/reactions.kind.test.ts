import { describe, expect, it } from 'vitest';
import { findKind, RECORD_KINDS, type ExistingRecord } from '../records/kinds.ts';
import { DomainError } from '../shared/errors.ts';
import { reactionKind } from './reactions.kind.ts';
import { REACTIONS, reactionContentSchema, reactionMetadataSchema, type ReactionMetadata } from './reactions.schemas.ts';

const AUTHOR = 'author-1';
const PARTNER = 'partner-2';
const TARGET = '0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b';
const OTHER_TARGET = '0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5c';
const NOW = new Date('2026-06-15T10:00:00Z');
const previous: ExistingRecord<ReactionMetadata> = { authorId: AUTHOR, metadata: { targetId: TARGET }, visibility: 'partner' };

function thrownCode(action: () => void): string | undefined {
  try {
    action();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}

describe('reaction kind rules', () => {
  it('may be created by anyone the server lets reach the target (the server checks the target)', () => {
    expect(thrownCode(() => reactionKind.assertCanCreate({ actorId: PARTNER, metadata: { targetId: TARGET }, visibility: 'partner', now: NOW }))).toBeUndefined();
  });

  it.each([
    ['the author, same target', AUTHOR, TARGET, undefined],
    ['another person', PARTNER, TARGET, 'records.not_author'],
    ['another person, also changing the target', PARTNER, OTHER_TARGET, 'records.not_author'],
    ['the author moving it to another entry', AUTHOR, OTHER_TARGET, 'reactions.target_changed'],
  ])('update by %s → %s', (_who, actorId, targetId, expected) => {
    expect(thrownCode(() => reactionKind.assertCanUpdate({ actorId, metadata: { targetId }, visibility: 'partner', now: NOW, existing: previous }))).toBe(expected);
  });

  it.each([
    [AUTHOR, undefined],
    [PARTNER, 'records.not_author'],
  ])('delete by %s → %s', (actorId, expected) => {
    expect(thrownCode(() => reactionKind.assertCanDelete({ actorId, now: NOW, existing: previous }))).toBe(expected);
  });

  it('is always shared, one per entry per person, and points at its target', () => {
    expect(reactionKind.kind).toBe('reaction');
    expect(reactionKind.visibilities).toEqual(['partner']);
    expect(reactionKind.uniqueKey({ targetId: TARGET })).toBe(`reaction:${TARGET}`);
    expect(reactionKind.targetId?.({ targetId: TARGET })).toBe(TARGET);
  });
});

describe('reaction schemas', () => {
  it.each(REACTIONS)('accepts the reaction %s', (reaction) => {
    expect(reactionContentSchema.safeParse({ reaction, note: '' }).success).toBe(true);
  });

  it.each([
    ['an unknown reaction', { reaction: 'thumbs_down', note: '' }],
    ['a "seen" marker (unknown key)', { reaction: 'heart', note: '', seen: true }],
    ['a 201-character note', { reaction: 'heart', note: 'a'.repeat(201) }],
    ['a missing note', { reaction: 'heart' }],
  ])('rejects %s', (_what, content) => {
    expect(reactionContentSchema.safeParse(content).success).toBe(false);
  });

  it.each([
    [{ targetId: TARGET }, true],
    [{ targetId: 'not-a-uuid' }, false],
    [{ targetId: TARGET, extra: 1 }, false],
  ])('metadata %j → %s', (metadata, ok) => {
    expect(reactionMetadataSchema.safeParse(metadata).success).toBe(ok);
  });
});

describe('record kind registry', () => {
  it('finds the registered kinds by name', () => {
    expect(findKind('checkin')).toBe(RECORD_KINDS.checkin);
    expect(findKind('reaction')).toBe(reactionKind);
  });

  it.each(['unknown', '', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])('does not find %j (no prototype lookups)', (name) => {
    expect(findKind(name)).toBeUndefined();
  });
});
