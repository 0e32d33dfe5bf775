import { MendPage } from './mend-page.ts';

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
}

/** /signup, and the same form shown inline on an invitation page. */
export class SignUpPage extends MendPage {
  async open(): Promise<this> {
    await this.page.goto('/signup');
    await this.waitForHeading('Create your account');
    return this;
  }

  async fill({ email, displayName, password }: NewAccount): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Display name').fill(displayName);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
  }

  /** Fills the form and presses "Create account"; the keys are derived in the page (Argon2id). */
  async createAccount(account: NewAccount): Promise<void> {
    await this.fill(account);
    await this.page.getByRole('button', { name: 'Create account' }).click();
  }
}
