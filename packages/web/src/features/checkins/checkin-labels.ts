import type { CheckinContent, ReactionContent } from '@mend/core';

type Mood = CheckinContent['mood'];
type Need = NonNullable<CheckinContent['need']>;
type Prompt = CheckinContent['smallTruths'][number]['prompt'];
type Reaction = ReactionContent['reaction'];

export const MOOD_LABELS: Record<Mood, string> = {
  calm: 'Calm',
  hopeful: 'Hopeful',
  grateful: 'Grateful',
  tired: 'Tired',
  anxious: 'Anxious',
  sad: 'Sad',
  hurt: 'Hurt',
  angry: 'Angry',
  numb: 'Numb',
};

export const NEED_LABELS: Record<Need, string> = {
  comfort: "I'd like comfort",
  space: "I'd like some space",
};

export const TRUTH_PROMPT_LABELS: Record<Prompt, string> = {
  late_because: 'I was late because…',
  mood_about: 'My mood today is about…',
  on_my_mind: 'Something on my mind…',
  proud_of: "Something I'm proud of…",
  other: 'Something else…',
};

/** New rows start with these prompts, in order; each can be changed. */
export const DEFAULT_PROMPTS: readonly Prompt[] = ['mood_about', 'on_my_mind', 'proud_of'];

export const REACTION_LABELS: Record<Reaction, { emoji: string; label: string }> = {
  thank_you: { emoji: '🙏', label: 'Thank you' },
  heart: { emoji: '❤️', label: 'Heart' },
  hug: { emoji: '🤗', label: 'Hug' },
  i_hear_you: { emoji: '👂', label: 'I hear you' },
};
