import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice, Progress } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';

/** Deleting needs the password again and a plain explanation of what it means. */
export function DeleteAccountSection() {
  const { vault } = useSession();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const { busy, error, setError, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!password) {
      setError('Please enter your password to confirm.');
      return;
    }
    const result = await run(() => vault.deleteAccount(password));
    if (result.ok) {
      setOpen(false);
      navigate('/');
    }
  }

  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete account…
      </Button>
      <Dialog open={open} title="Delete your account?" onClose={() => setOpen(false)}>
        <p>Deleting your account removes it, your keys and your sessions from this server. It cannot be undone.</p>
        <p>
          Without your keys, nothing you wrote can be read again — not by you, and not by anyone else. If you would rather keep your entries but
          step away from your shared space, you can leave the space instead.
        </p>
        <form onSubmit={submit} noValidate aria-busy={busy}>
          {error ? <Notice tone="error">{error}</Notice> : null}
          <Field label="Your password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          <Progress active={busy} />
          <div className="row">
            <Button type="submit" variant="danger" busy={busy}>
              Delete my account
            </Button>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Cancel
            </Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
