import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice, Progress } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { checkNewPassword } from '../auth/validation.ts';

export function ChangePasswordSection() {
  const { vault } = useSession();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [newError, setNewError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const { busy, error, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    const problem = checkNewPassword(newPassword);
    setNewError(problem);
    if (problem || !currentPassword) return;
    const result = await run(() => vault.changePassword({ currentPassword, newPassword }));
    if (result.ok) {
      setCurrentPassword('');
      setNewPassword('');
      setDone(true);
    }
  }

  return (
    <section className="card" aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">Change password</h2>
      <p className="muted">Your entries stay as they are; only the lock around your keys changes. Other devices will be logged out.</p>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        {error ? <Notice tone="error">{error}</Notice> : null}
        {done ? <Notice tone="success">Your password has been changed. Other devices have been logged out.</Notice> : null}
        <Field
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          required
        />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={newError}
          required
        />
        <Progress active={busy} />
        <Button type="submit" busy={busy}>
          Change password
        </Button>
      </form>
    </section>
  );
}
