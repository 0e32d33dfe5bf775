import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice, Progress } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { checkEmail, checkNewPassword } from './validation.ts';

/** Forgotten password: the recovery code unlocks the account and a new password is set. */
export function RecoverPage() {
  usePageTitle('Forgot password');
  const { vault } = useSession();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string | null; code?: string | null; password?: string | null }>({});
  const { busy, error, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const next = {
      email: checkEmail(email),
      code: recoveryCode.trim() ? null : 'Please enter the recovery code you saved when you created your account.',
      password: checkNewPassword(newPassword),
    };
    setErrors(next);
    if (next.email || next.code || next.password) return;
    const result = await run(() => vault.recover({ email: email.trim(), recoveryCode, newPassword }));
    if (result.ok) navigate('/');
  }

  return (
    <>
      <h1>Forgot your password?</h1>
      <p className="lead">
        Your recovery code lets you choose a new password. Nothing you wrote is lost, and your other devices will be logged out.
      </p>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <Field label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} required />
        <Field
          label="Recovery code"
          autoComplete="off"
          spellCheck={false}
          hint="28 characters in groups of four, for example ABCD-EFGH-…"
          value={recoveryCode}
          onChange={(e) => setRecoveryCode(e.target.value)}
          error={errors.code}
          required
        />
        <Field
          label="New password"
          type="password"
          autoComplete="new-password"
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.password}
          required
        />
        <Progress active={busy} />
        <Button type="submit" busy={busy}>
          Set new password
        </Button>
      </form>
      <p className="muted">
        Without the recovery code, Mend cannot reset a password: your entries are encrypted with keys only you hold. <Link href="/login">Back to log in</Link>
      </p>
    </>
  );
}
