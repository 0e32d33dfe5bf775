import { useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { LogInForm } from '../auth/log-in-form.tsx';
import { RecoveryCodeStep } from '../auth/recovery-code-step.tsx';
import { SignUpForm } from '../auth/sign-up-form.tsx';
import { UnlockForm } from '../auth/unlock-form.tsx';

/** Before joining: create an account or log in, without leaving the invitation page. */
export function JoinAccountStep() {
  const { snapshot } = useSession();
  const [mode, setMode] = useState<'sign-up' | 'log-in'>('sign-up');

  if (snapshot.phase === 'locked') {
    return (
      <section className="card" aria-labelledby="join-unlock-heading">
        <h2 id="join-unlock-heading">Unlock your account</h2>
        <UnlockForm />
      </section>
    );
  }
  if (snapshot.phase === 'unlocked') return <RecoveryCodeStep />;

  return (
    <section className="card" aria-labelledby="join-account-heading">
      <h2 id="join-account-heading">{mode === 'sign-up' ? 'Create your account' : 'Log in to join'}</h2>
      {mode === 'sign-up' ? <SignUpForm onDone={() => undefined} /> : <LogInForm onDone={() => undefined} />}
      <p className="switch-mode">
        <Button variant="quiet" onClick={() => setMode(mode === 'sign-up' ? 'log-in' : 'sign-up')}>
          {mode === 'sign-up' ? 'I already have an account' : "I'm new to Mend"}
        </Button>
      </p>
    </section>
  );
}
