import { usePageTitle } from '../../app/use-page-title.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { DeleteAccountSection } from '../settings/delete-account-section.tsx';
import { RecoveryCodeStep } from './recovery-code-step.tsx';

/** Until the recovery code is confirmed, this is the only page an account can use. */
export function RecoveryCodePage() {
  usePageTitle('Save your recovery code');
  const { vault, recoveryCode } = useSession();
  return (
    <>
      <h1>Save your recovery code</h1>
      <RecoveryCodeStep />
      {recoveryCode ? null : (
        <section className="card card--soft" aria-labelledby="lost-code-heading">
          <h2 id="lost-code-heading">Can’t find the code?</h2>
          <p>
            The code was shown only once and Mend keeps no copy of it. If it is gone, you can delete this new account and create it again — nothing
            has been written in it yet.
          </p>
          <DeleteAccountSection />
          <Button variant="quiet" onClick={() => void vault.logOut()}>
            Log out
          </Button>
        </section>
      )}
    </>
  );
}
