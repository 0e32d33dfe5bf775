import { MendPage } from './mend-page.ts';

export class LogInPage extends MendPage {
  async open(): Promise<this> {
    await this.page.goto('/login');
    await this.waitForHeading('Welcome back');
    return this;
  }

  async logIn({ email, password }: { email: string; password: string }): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Log in', exact: true }).click();
  }

  async forgotPassword(): Promise<RecoverPage> {
    await this.page.getByRole('link', { name: 'Forgot your password?' }).click();
    const recover = new RecoverPage(this.page);
    await recover.waitForHeading('Forgot your password?');
    return recover;
  }
}

/** /recover: the recovery code saved at sign-up sets a new password. */
export class RecoverPage extends MendPage {
  async setNewPassword({ email, recoveryCode, newPassword }: { email: string; recoveryCode: string; newPassword: string }): Promise<void> {
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Recovery code').fill(recoveryCode);
    await this.page.getByLabel('New password').fill(newPassword);
    await this.page.getByRole('button', { name: 'Set new password' }).click();
  }
}

/** After a reload the session survives but the keys do not: the password unlocks them. */
export class UnlockPage extends MendPage {
  async unlock(password: string): Promise<void> {
    await this.page.getByLabel('Password', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: 'Unlock' }).click();
  }
}
