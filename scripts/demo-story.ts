import type { CheckinContent, Visibility } from '@mend/core';

type Entry = { content: CheckinContent; visibility: Visibility };
interface DemoDay {
  alex?: Entry;
  sam?: Entry;
  samReacts?: 'thank_you' | 'heart' | 'hug' | 'i_hear_you';
}

const c = (mood: CheckinContent['mood'], note: string, truths: CheckinContent['smallTruths'] = [], need: CheckinContent['need'] = null): CheckinContent => ({ mood, need, smallTruths: truths, note });

/** Three weeks, uneven the way real weeks are: some days nothing, some days hard, a few small lifts. */
export const DEMO_DAYS: DemoDay[] = [
  { alex: { content: c('anxious', 'First day trying this. I want to be honest even when it is small.'), visibility: 'partner' } },
  { alex: { content: c('tired', '', [{ prompt: 'late_because', text: 'I stayed to finish the report and forgot to text. I should have.' }]), visibility: 'partner' }, sam: { content: c('hurt', 'Still hard to read anything from him.', [], 'space'), visibility: 'private' } },
  {},
  { alex: { content: c('sad', '', [{ prompt: 'mood_about', text: 'Seeing how quiet you were at dinner. I know why.' }]), visibility: 'partner' }, samReacts: 'i_hear_you' },
  { sam: { content: c('numb', '', [], 'space'), visibility: 'partner' } },
  { alex: { content: c('calm', 'Went for a walk instead of scrolling. Told you where I was going before I left.'), visibility: 'partner' }, samReacts: 'thank_you' },
  { alex: { content: c('anxious', 'Had a message from an old colleague; I showed it to you straight away.'), visibility: 'partner' } },
  {},
  { alex: { content: c('hopeful', '', [{ prompt: 'on_my_mind', text: 'The counsellor list you mentioned. I would go.' }]), visibility: 'partner' }, sam: { content: c('anxious', '', [], 'comfort'), visibility: 'partner' } },
  { alex: { content: c('tired', 'Not much to say today, and that is true too.'), visibility: 'private' } },
  { alex: { content: c('grateful', 'You laughed at the film. I did not say anything, but I noticed.'), visibility: 'partner' }, samReacts: 'heart' },
  {},
  { sam: { content: c('sad', 'A bad day. Not because of anything new.', [], 'space'), visibility: 'partner' }, alex: { content: c('sad', '', [{ prompt: 'mood_about', text: 'Knowing your bad day is still about what I did.' }]), visibility: 'partner' } },
  { alex: { content: c('calm', '', [{ prompt: 'late_because', text: 'Traffic. I texted at 5:40 when I saw it.' }]), visibility: 'partner' }, samReacts: 'thank_you' },
  { alex: { content: c('hopeful', 'Cooked together. Small thing.'), visibility: 'partner' }, sam: { content: c('hopeful', 'Dinner felt almost normal.'), visibility: 'private' } },
  {},
  { alex: { content: c('anxious', '', [{ prompt: 'on_my_mind', text: 'Whether you will want to keep going with this.' }]), visibility: 'partner' } },
  { alex: { content: c('calm', 'Quiet day. Nothing to hide, nothing much to tell.'), visibility: 'private' } },
  { alex: { content: c('grateful', '', [{ prompt: 'proud_of', text: 'I said no to the work drinks and told you why.' }]), visibility: 'partner' }, samReacts: 'hug' },
  { sam: { content: c('calm', 'Slept through the night.'), visibility: 'partner' } },
  { alex: { content: c('hopeful', 'Three weeks of writing these. Thank you for reading them.'), visibility: 'partner' }, samReacts: 'heart' },
];
