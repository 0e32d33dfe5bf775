import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice, Progress } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { checkEmail } from './validation.ts';

export function LogInForm({ onDone }: { onDone: () => void }) {
  const { vault } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [emailError, setEmailError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const nextEmailError = checkEmail(email);
    const nextPasswordError = password ? null : 'Please enter your password.';
    setEmailError(nextEmailError);
    setPasswordError(nextPasswordError);
    if (nextEmailError || nextPasswordError) return;
    const result = await run(() => vault.logIn({ email: email.trim(), password }));
    if (result.ok) onDone();
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={emailError} required />
      <Field
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={passwordError}
        required
      />
      <Progress active={busy} />
      <div className="row">
        <Button type="submit" busy={busy}>
          Log in
        </Button>
        <Link href="/recover">Forgot your password?</Link>
      </div>
    </form>
  );
}
