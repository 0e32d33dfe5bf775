import type { Locator } from 'playwright-core';
import { MendPage } from './mend-page.ts';

/** The promise ledger: make a promise, act on one, read where each stands. */
export class PromisesPage extends MendPage {
  async open(): Promise<this> {
    await this.navigateTo('Promises');
    await this.waitForHeading('Promises');
    return this;
  }

  async makePromise(text: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Make a promise', exact: true }).click();
    await this.page.getByLabel('What I promise').fill(text);
    await this.page.getByRole('button', { name: 'Make this promise' }).click();
    await this.card(text).waitFor();
  }

  card(text: string): Locator {
    return this.page.getByRole('article', { name: text });
  }

  async act(text: string, action: string, words = ''): Promise<void> {
    const card = this.card(text);
    if (words) await card.getByLabel('A few words (optional)').fill(words);
    await card.getByRole('button', { name: action, exact: true }).click();
  }
}
