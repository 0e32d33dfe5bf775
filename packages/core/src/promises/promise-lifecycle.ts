import { DomainError } from '../shared/errors.ts';

/**
 * The life of one occurrence of a promise (DESIGN.md practice 5, issue 3). Defined once here and used
 * by the server to refuse what is not allowed and by the browser to offer only what is:
 *
 *   open ──mark_done (promiser)──▶ awaiting_partner ──confirm_kept (partner)──▶ kept
 *     ▲                                  │
 *     └────────not_quite (partner)───────┘
 *   open ──own_miss (promiser)──▶ owned_miss
 *   open ──renegotiate (promiser, before the due time)──▶ open (new words or time, reason shown)
 *   open | awaiting_partner ──release (partner)──▶ released
 *
 * Only the partner confirms a promise kept: the hurt partner's experience is the measure (principle 5).
 * Nothing is deleted; every transition is kept as history.
 */
export const OCCURRENCE_STATES = ['open', 'awaiting_partner', 'kept', 'owned_miss', 'released'] as const;
export type OccurrenceState = (typeof OCCURRENCE_STATES)[number];

export const TRANSITIONS = ['mark_done', 'confirm_kept', 'not_quite', 'own_miss', 'renegotiate', 'release'] as const;
export type Transition = (typeof TRANSITIONS)[number];

export type PromiseRole = 'promiser' | 'partner';

interface Rule {
  from: readonly OccurrenceState[];
  to: OccurrenceState;
  by: PromiseRole;
  /** only before the occurrence is due (renegotiating is done openly, ahead of time) */
  beforeDue?: true;
}

export const LIFECYCLE: Record<Transition, Rule> = {
  mark_done: { from: ['open'], to: 'awaiting_partner', by: 'promiser' },
  confirm_kept: { from: ['awaiting_partner'], to: 'kept', by: 'partner' },
  not_quite: { from: ['awaiting_partner'], to: 'open', by: 'partner' },
  own_miss: { from: ['open'], to: 'owned_miss', by: 'promiser' },
  renegotiate: { from: ['open'], to: 'open', by: 'promiser', beforeDue: true },
  release: { from: ['open', 'awaiting_partner'], to: 'released', by: 'partner' },
};

const MESSAGES: Record<PromiseRole, string> = {
  promiser: 'Only the person who made this promise can do that.',
  partner: 'Only the partner the promise was made to can do that.',
};

export const wrongRole = (needed: PromiseRole) => new DomainError(needed === 'partner' ? 'promises.only_partner' : 'promises.only_promiser', { userMessage: MESSAGES[needed] });
export const wrongState = () =>
  new DomainError('promises.not_allowed_now', { userMessage: 'This promise has moved on since you opened it. Reload to see where it stands.' });
export const pastDue = () =>
  new DomainError('promises.renegotiate_after_due', {
    userMessage: 'The time for this one has passed, so it cannot be renegotiated now. You can mark it done or own the miss.',
  });

/**
 * The state after `transition`, or a DomainError saying why not. `dueAt` is the occurrence's due
 * instant (null when the promise has no due time; then renegotiating is always "before due").
 */
export function applyTransition({ state, transition, role, now, dueAt }: { state: OccurrenceState; transition: Transition; role: PromiseRole; now: Date; dueAt: Date | null }): OccurrenceState {
  const rule = LIFECYCLE[transition];
  if (role !== rule.by) throw wrongRole(rule.by);
  if (!rule.from.includes(state)) throw wrongState();
  if (rule.beforeDue && dueAt !== null && now.getTime() >= dueAt.getTime()) throw pastDue();
  return rule.to;
}

/** What a person may do now, for the buttons a page shows. */
export function availableTransitions(input: { state: OccurrenceState; role: PromiseRole; now: Date; dueAt: Date | null }): Transition[] {
  return TRANSITIONS.filter((transition) => {
    try {
      applyTransition({ ...input, transition });
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether the occurrence is finished: nothing more can happen to it. */
export const isSettled = (state: OccurrenceState): boolean => state === 'kept' || state === 'owned_miss' || state === 'released';
