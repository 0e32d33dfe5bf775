import type { Locator } from 'playwright-core';
import { MendPage } from './mend-page.ts';

export type Mood = 'Calm' | 'Hopeful' | 'Grateful' | 'Tired' | 'Anxious' | 'Sad' | 'Hurt' | 'Angry' | 'Numb';
export type Need = "I'd like comfort" | "I'd like some space" | 'Nothing in particular';
export type Reaction = 'Thank you' | 'Heart' | 'Hug' | 'I hear you';

export interface CheckinInput {
  mood?: Mood;
  need?: Need;
  /** the small truths, written under the default prompts in order ("My mood today is about…", …) */
  smallTruths?: string[];
  note?: string;
  /** "Private" (the default) or "Share with <partner>" */
  visibility?: 'Private' | `Share with ${string}`;
}

/** Today: the check-in form (or "Edit today's check-in") and the timeline of check-ins. */
export class TodayPage extends MendPage {
  readonly form = this.page.getByRole('region', { name: 'Today’s check-in' });

  async open(): Promise<this> {
    await this.navigateTo('Today');
    await this.waitForTimeline();
    return this;
  }

  async waitForTimeline(): Promise<void> {
    await this.page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
    await this.page.getByText('Opening your entries…').waitFor({ state: 'detached' });
  }

  async fillCheckin({ mood, need, smallTruths = [], note, visibility }: CheckinInput): Promise<void> {
    const form = this.form;
    if (mood) await form.getByRole('radio', { name: mood, exact: true }).check();
    if (need) await form.getByRole('radio', { name: need, exact: true }).check();
    for (const [index, text] of smallTruths.entries()) {
      if (index > 0 && (await form.getByLabel(`Prompt for small truth ${index + 1}`).count()) === 0) {
        await form.getByRole('button', { name: 'Add a small truth' }).click();
      }
      // the textarea is labelled with its prompt; the n-th truth row holds the n-th textarea
      await form.locator('.truth-row').nth(index).getByRole('textbox').fill(text);
    }
    if (note !== undefined) await form.getByLabel('A note (optional)').fill(note);
    if (visibility) await form.getByRole('radio', { name: visibility, exact: true }).check();
  }

  async saveCheckin(): Promise<void> {
    await this.form.getByRole('button', { name: 'Save check-in' }).click();
    await this.page.getByText('Saved. Thank you for being honest today.').waitFor();
  }

  async writeCheckin(input: CheckinInput): Promise<void> {
    await this.fillCheckin(input);
    await this.saveCheckin();
  }

  /** Opens today's check-in again, changes what is given, and saves. */
  async editCheckin(input: CheckinInput): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit today’s check-in' }).click();
    await this.form.getByRole('heading', { name: 'Edit today’s check-in' }).waitFor();
    await this.fillCheckin(input);
    await this.saveCheckin();
  }

  /** The check-in card that contains `text` (a canary, a note). */
  entryWith(text: string): Locator {
    return this.page.getByRole('article').filter({ hasText: text });
  }

  /** Presses a reaction button on the partner's check-in (with an optional short note first). */
  async react(entry: Locator, reaction: Reaction, note?: string): Promise<void> {
    if (note !== undefined) await entry.getByLabel('A short note (optional)').fill(note);
    await entry.getByRole('button', { name: reaction, exact: true }).click();
    await entry.getByText(`Sent: ${reaction}.`).waitFor();
  }
}
