import type { CoupleRole } from '@mend/core';

/** How a person names their own role when starting or joining a space. */
export const ROLE_CHOICES: ReadonlyArray<{ role: CoupleRole; label: string; hint: string }> = [
  { role: 'rebuilding', label: "I'm rebuilding trust", hint: 'I broke trust, and I want to show through small, honest steps that I can be relied on again.' },
  { role: 'hurt', label: "I'm deciding whether to trust again", hint: 'I was hurt. I will go at my own pace and share only what I choose.' },
  { role: 'both', label: 'Both of us', hint: 'We have each broken trust in some way, and we are both rebuilding.' },
];

/** How the partner's role reads in a sentence: "Sam is rebuilding trust." */
export function describeRole(role: CoupleRole): string {
  switch (role) {
    case 'rebuilding':
      return 'rebuilding trust';
    case 'hurt':
      return 'deciding whether to trust again';
    case 'both':
      return 'rebuilding trust together (both of you)';
  }
}

/** A gentle suggestion for the person joining: the complement of the inviter's role. */
export function suggestedRole(inviterRole: CoupleRole): CoupleRole {
  if (inviterRole === 'rebuilding') return 'hurt';
  if (inviterRole === 'hurt') return 'rebuilding';
  return 'both';
}
