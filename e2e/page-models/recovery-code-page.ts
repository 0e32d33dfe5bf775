import { MendPage } from './mend-page.ts';

/** The recovery code step, on its own page after sign-up or inline on an invitation page. */
export class RecoveryCodePage extends MendPage {
  readonly code = this.page.getByTestId('recovery-code');

  async readCode(): Promise<string> {
    await this.code.waitFor();
    return (await this.code.innerText()).trim();
  }

  /** Reads the code, says it is saved, then types it back as a person would: returns the code. */
  async saveAndConfirm(): Promise<string> {
    const code = await this.readCode();
    await this.page.getByRole('button', { name: "I've saved it" }).click();
    await this.page.getByLabel('Recovery code').fill(code);
    await this.page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await this.page.getByLabel('Recovery code').waitFor({ state: 'detached' });
    return code;
  }
}
