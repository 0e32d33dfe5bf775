import { localDayOf, type PromiseMetadata } from '@mend/core';
import type { Vault } from '../packages/web/src/vault/vault.ts';

type Outcome = 'kept' | 'owned_miss' | 'not_quite_then_kept' | 'renegotiated_then_kept' | 'released' | 'open';

/** One small promise a day on most days, ending the way real weeks do: mostly kept, some honestly missed. */
export const DEMO_PROMISES: Array<{ day: number; text: string; outcome: Outcome; words?: string }> = [
  { day: 1, text: 'I’ll text when I leave work', outcome: 'kept' },
  { day: 2, text: 'I’ll be home by seven', outcome: 'owned_miss', words: 'I stayed for a drink I didn’t need to. I should have come home.' },
  { day: 4, text: 'I’ll call when I land', outcome: 'kept' },
  { day: 5, text: 'I’ll text when I leave work', outcome: 'kept' },
  { day: 6, text: 'I’ll cook on Saturday', outcome: 'renegotiated_then_kept', words: 'Work moved my deadline; can we do Sunday instead?' },
  { day: 8, text: 'I’ll put my phone away at dinner', outcome: 'not_quite_then_kept', words: 'You checked it once.' },
  { day: 9, text: 'I’ll text when I leave work', outcome: 'kept' },
  { day: 11, text: 'I’ll book the counsellor call', outcome: 'kept' },
  { day: 12, text: 'I’ll tell you if my colleague messages me', outcome: 'kept' },
  { day: 14, text: 'I’ll pick the kids up on time', outcome: 'owned_miss', words: 'I was twenty minutes late and didn’t call. That’s on me.' },
  { day: 15, text: 'I’ll text when I leave work', outcome: 'kept' },
  { day: 16, text: 'I’ll repaint the hallway this week', outcome: 'released', words: 'It can wait; the walk together mattered more.' },
  { day: 18, text: 'I’ll text when I leave work', outcome: 'kept' },
  { day: 19, text: 'I’ll be home by seven', outcome: 'kept' },
  { day: 20, text: 'I’ll plan our Sunday walk', outcome: 'open' },
];

const TZ = 'UTC';

function dueIn(now: Date, hours: number): PromiseMetadata['due'] {
  const at = new Date(now.getTime() + hours * 3_600_000);
  return { localDate: localDayOf(at, TZ), localTime: at.toISOString().slice(11, 16) };
}

/** Writes one promise and its history through the web vault, as the two people would in the app. */
export async function writeDemoPromise({ alex, sam, now, promise }: { alex: Vault; sam: Vault; now: Date; promise: (typeof DEMO_PROMISES)[number] }): Promise<void> {
  const metadata: PromiseMetadata = { due: dueIn(now, 3), timeZone: TZ, repeat: null, reminderLeadMinutes: 10 };
  const made = await alex.records.savePromise({ content: { text: promise.text, details: '' }, metadata, visibility: 'partner' });
  const step = (who: Vault, transition: Parameters<Vault['records']['addPromiseStep']>[0]['transition'], message = '', schedule: PromiseMetadata | null = null) =>
    who.records.addPromiseStep({ promiseId: made.id, occurrence: 'once', transition, message, schedule });
  switch (promise.outcome) {
    case 'kept':
      await step(alex, 'mark_done');
      await step(sam, 'confirm_kept', 'Thank you.');
      break;
    case 'owned_miss':
      await step(alex, 'own_miss', promise.words);
      break;
    case 'not_quite_then_kept':
      await step(alex, 'mark_done');
      await step(sam, 'not_quite', promise.words);
      await step(alex, 'mark_done', 'Phone stayed in the hall tonight.');
      await step(sam, 'confirm_kept');
      break;
    case 'renegotiated_then_kept':
      await step(alex, 'renegotiate', promise.words, { ...metadata, due: dueIn(now, 20) });
      await step(alex, 'mark_done');
      await step(sam, 'confirm_kept', 'Sunday was lovely.');
      break;
    case 'released':
      await step(sam, 'release', promise.words);
      break;
    case 'open':
      break;
  }
}
