import type { Locator, Page } from 'playwright-core';

/** What every Mend page has: the header, its navigation, the quick-exit button and the main heading. */
export class MendPage {
  constructor(readonly page: Page) {}

  heading(name: string | RegExp): Locator {
    return this.page.getByRole('heading', { level: 1, name, exact: typeof name === 'string' ? true : undefined });
  }

  /** Waits until the page's main heading reads `name`. */
  async waitForHeading(name: string | RegExp): Promise<void> {
    await this.heading(name).waitFor();
  }

  async navigateTo(link: 'Today' | 'Promises' | 'Our space' | 'Settings'): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: link, exact: true }).click();
  }

  /** The text of the visible page, for "never shows" assertions. */
  async visibleText(): Promise<string> {
    return this.page.locator('body').innerText();
  }
}
