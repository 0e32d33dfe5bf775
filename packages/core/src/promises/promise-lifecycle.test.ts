import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { applyTransition, availableTransitions, isSettled, OCCURRENCE_STATES, TRANSITIONS, type OccurrenceState, type PromiseRole, type Transition } from './promise-lifecycle.ts';

const now = new Date('2026-11-26T12:00:00Z');
const later = new Date('2026-11-26T18:00:00Z');
const earlier = new Date('2026-11-26T08:00:00Z');

function codeOf(run: () => unknown): string | null {
  try {
    run();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return (error as DomainError).code;
  }
}

describe('promise lifecycle: what each person may do', () => {
  it.each<[Transition, PromiseRole, OccurrenceState, OccurrenceState]>([
    ['mark_done', 'promiser', 'open', 'awaiting_partner'],
    ['confirm_kept', 'partner', 'awaiting_partner', 'kept'],
    ['not_quite', 'partner', 'awaiting_partner', 'open'],
    ['own_miss', 'promiser', 'open', 'owned_miss'],
    ['renegotiate', 'promiser', 'open', 'open'],
    ['release', 'partner', 'open', 'released'],
    ['release', 'partner', 'awaiting_partner', 'released'],
  ])('%s by the %s from %s → %s', (transition, role, state, expected) => {
    expect(applyTransition({ state, transition, role, now, dueAt: later })).toBe(expected);
  });

  it.each<[Transition, PromiseRole, string]>([
    ['confirm_kept', 'promiser', 'promises.only_partner'],
    ['not_quite', 'promiser', 'promises.only_partner'],
    ['release', 'promiser', 'promises.only_partner'],
    ['mark_done', 'partner', 'promises.only_promiser'],
    ['own_miss', 'partner', 'promises.only_promiser'],
    ['renegotiate', 'partner', 'promises.only_promiser'],
  ])('%s by the %s is refused (%s)', (transition, role, code) => {
    for (const state of OCCURRENCE_STATES) expect(codeOf(() => applyTransition({ state, transition, role, now, dueAt: later }))).toBe(code);
  });

  it('nothing happens to a settled occurrence: kept, owned and released stay as they are', () => {
    for (const state of OCCURRENCE_STATES.filter(isSettled)) {
      for (const role of ['promiser', 'partner'] as const) expect(availableTransitions({ state, role, now, dueAt: later })).toEqual([]);
    }
  });

  it('a promise awaiting the partner cannot be marked done again or owned as a miss', () => {
    expect(codeOf(() => applyTransition({ state: 'awaiting_partner', transition: 'mark_done', role: 'promiser', now, dueAt: later }))).toBe('promises.not_allowed_now');
    expect(codeOf(() => applyTransition({ state: 'awaiting_partner', transition: 'own_miss', role: 'promiser', now, dueAt: later }))).toBe('promises.not_allowed_now');
  });

  it('renegotiating happens openly before the due time, never after', () => {
    expect(codeOf(() => applyTransition({ state: 'open', transition: 'renegotiate', role: 'promiser', now, dueAt: earlier }))).toBe('promises.renegotiate_after_due');
    expect(codeOf(() => applyTransition({ state: 'open', transition: 'renegotiate', role: 'promiser', now, dueAt: now }))).toBe('promises.renegotiate_after_due');
    expect(applyTransition({ state: 'open', transition: 'renegotiate', role: 'promiser', now, dueAt: null })).toBe('open');
  });

  it('offers each person exactly their own moves', () => {
    expect(availableTransitions({ state: 'open', role: 'promiser', now, dueAt: later })).toEqual(['mark_done', 'own_miss', 'renegotiate']);
    expect(availableTransitions({ state: 'open', role: 'promiser', now, dueAt: earlier })).toEqual(['mark_done', 'own_miss']);
    expect(availableTransitions({ state: 'open', role: 'partner', now, dueAt: later })).toEqual(['release']);
    expect(availableTransitions({ state: 'awaiting_partner', role: 'partner', now, dueAt: later })).toEqual(['confirm_kept', 'not_quite', 'release']);
    expect(availableTransitions({ state: 'awaiting_partner', role: 'promiser', now, dueAt: later })).toEqual([]);
  });

  it('every transition has exactly one role that may make it', () => {
    for (const transition of TRANSITIONS) {
      const wrongRoleCodes = ['promises.only_partner', 'promises.only_promiser'];
      const allowedBy = (['promiser', 'partner'] as const).filter((role) => {
        const code = codeOf(() => applyTransition({ state: 'open', transition, role, now, dueAt: later }));
        return code === null || !wrongRoleCodes.includes(code);
      });
      expect(allowedBy).toHaveLength(1);
    }
  });
});
