import type { OccurrenceState, PromiseMetadata, Transition } from '@mend/core';

/** Gentle words for where an occurrence stands: no red marks, no failure language. */
export const STATE_LABELS: Record<OccurrenceState, string> = {
  open: 'Open',
  awaiting_partner: 'Done — waiting for your partner to confirm',
  kept: 'Kept',
  owned_miss: 'Missed, and owned honestly',
  released: 'Released',
};

export function stateLabel(state: OccurrenceState, iAmPromiser: boolean): string {
  if (state === 'awaiting_partner' && !iAmPromiser) return 'Marked done — does it feel kept to you?';
  return STATE_LABELS[state];
}

/** Button names; the partner's are phrased from their side. */
export const ACTION_LABELS: Record<Transition, string> = {
  mark_done: 'I did it',
  own_miss: 'I didn’t keep it',
  renegotiate: 'Renegotiate',
  confirm_kept: 'Yes, it’s kept',
  not_quite: 'Not quite',
  release: 'Release from this promise',
};

export const MESSAGE_HINTS: Partial<Record<Transition, string>> = {
  own_miss: 'Owning it in your own words matters more than the reason.',
  not_quite: 'What would make it feel kept?',
};

const REPEAT_WORDS = { daily: 'every day', weekdays: 'on weekdays', days: 'on chosen days' } as const;

export function scheduleSentence(schedule: PromiseMetadata): string {
  if (!schedule.due) return 'No set time.';
  const when = `${schedule.due.localTime}`;
  const repeat = schedule.repeat ? `${REPEAT_WORDS[schedule.repeat.kind]} at ${when}` : `on ${schedule.due.localDate} at ${when}`;
  const reminder = schedule.reminderLeadMinutes ? `, with a reminder ${schedule.reminderLeadMinutes} minutes before` : '';
  return `Due ${repeat}${reminder}.`;
}
