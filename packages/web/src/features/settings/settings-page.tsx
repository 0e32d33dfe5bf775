import { useLocation } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { ChangePasswordSection } from './change-password-section.tsx';
import { DeleteAccountSection } from './delete-account-section.tsx';
import { SessionsSection } from './sessions-section.tsx';

export function SettingsPage() {
  usePageTitle('Settings');
  const { vault, snapshot } = useSession();
  const [, navigate] = useLocation();
  return (
    <>
      <h1>Settings</h1>
      <p className="lead">
        Logged in as {snapshot.user?.displayName} ({snapshot.user?.email}).
      </p>
      <section className="card" aria-labelledby="log-out-heading">
        <h2 id="log-out-heading">Log out</h2>
        <p className="muted">Logging out removes your keys from this device’s memory.</p>
        <Button
          variant="secondary"
          onClick={async () => {
            await vault.logOut();
            navigate('/');
          }}
        >
          Log out
        </Button>
      </section>
      <ChangePasswordSection />
      <SessionsSection />
      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete account</h2>
        <p className="muted">Permanently remove your account and your keys from this server.</p>
        <DeleteAccountSection />
      </section>
    </>
  );
}
