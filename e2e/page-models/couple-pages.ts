import { MendPage } from './mend-page.ts';

export type Role = "I'm rebuilding trust" | "I'm deciding whether to trust again" | 'Both of us';

/** Start a space alone (the partner is invited afterwards). */
export class StartSpacePage extends MendPage {
  async startSpace(role: Role): Promise<InvitePage> {
    await this.waitForHeading('Start your space');
    await this.page.getByRole('radio', { name: role, exact: true }).check();
    await this.page.getByRole('button', { name: 'Start our space' }).click();
    const invite = new InvitePage(this.page);
    await invite.waitForHeading('Invite your partner');
    return invite;
  }
}

export class InvitePage extends MendPage {
  readonly link = this.page.getByTestId('invite-link');

  async open(): Promise<this> {
    await this.page.goto('/invite');
    await this.waitForHeading('Invite your partner');
    return this;
  }

  /** Makes an invitation link and reads it as the person would copy it. */
  async createInviteLink(): Promise<string> {
    await this.page.getByRole('button', { name: 'Create invite link' }).click();
    await this.link.waitFor();
    return (await this.link.innerText()).trim();
  }

  async revokeLink(): Promise<void> {
    await this.page.getByRole('button', { name: 'Revoke link' }).click();
    await this.page.getByText('The link no longer works.').waitFor();
  }

  async goToToday(): Promise<void> {
    await this.page.getByRole('link', { name: 'Go to today’s check-in' }).click();
    await this.page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
  }
}

/** /join/:inviteId#secret — an invitation opened by the partner. */
export class JoinPage extends MendPage {
  async open(link: string): Promise<this> {
    await this.page.goto(link);
    // "Opening your invitation" shows while the link's secret opens the invitation in the page.
    await this.page.waitForFunction(() => {
      const text = document.querySelector('h1')?.textContent ?? '';
      return text !== '' && !text.startsWith('Opening');
    });
    return this;
  }

  /** The page's main heading: who invited you, or why the link no longer works. */
  async title(): Promise<string> {
    return (await this.page.getByRole('heading', { level: 1 }).innerText()).trim();
  }

  async join(role: Role): Promise<void> {
    await this.page.getByRole('radio', { name: role, exact: true }).check();
    await this.page.getByRole('button', { name: 'Join', exact: true }).click();
    await this.page.getByRole('heading', { name: 'Today', exact: true }).waitFor();
  }
}

export class SpacePage extends MendPage {
  async open(): Promise<this> {
    await this.navigateTo('Our space');
    await this.waitForHeading('Our space');
    return this;
  }

  async safetyCode(): Promise<string> {
    const code = this.page.getByTestId('safety-code');
    await code.waitFor();
    return (await code.innerText()).trim();
  }
}

export class SettingsPage extends MendPage {
  async open(): Promise<this> {
    await this.navigateTo('Settings');
    await this.waitForHeading('Settings');
    return this;
  }

  async logOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Log out', exact: true }).click();
    await this.waitForHeading('A quiet place to rebuild trust');
  }
}
