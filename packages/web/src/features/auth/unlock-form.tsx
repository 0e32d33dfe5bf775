import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice, Progress } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';

/** After a reload the session is still there but the keys are not: the password unlocks them again. */
export function UnlockForm() {
  const { vault, snapshot } = useSession();
  const [password, setPassword] = useState('');
  const { busy, error, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !password) return;
    await run(() => vault.unlock(password));
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      <p>
        Welcome back{snapshot.user ? `, ${snapshot.user.displayName}` : ''}. Your keys are kept only in this tab’s memory, so they were set aside
        when the page reloaded. Your password brings them back.
      </p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <input type="email" className="visually-hidden" autoComplete="username" value={snapshot.user?.email ?? ''} readOnly tabIndex={-1} aria-hidden="true" />
      <Field label="Password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
      <Progress active={busy} />
      <div className="row">
        <Button type="submit" busy={busy}>
          Unlock
        </Button>
        <Button variant="quiet" onClick={() => void vault.logOut()}>
          Log out
        </Button>
      </div>
    </form>
  );
}
