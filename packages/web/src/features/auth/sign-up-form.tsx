import { useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice, Progress } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { checkDisplayName, checkEmail, checkNewPassword, MIN_PASSWORD_LENGTH } from './validation.ts';

interface Errors {
  email?: string | null;
  displayName?: string | null;
  password?: string | null;
}

/** Creates an account. The plain truth about lost passwords is shown before the button, not after. */
export function SignUpForm({ onDone }: { onDone: () => void }) {
  const { vault, setRecoveryCode } = useSession();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const { busy, error, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const next = { email: checkEmail(email), displayName: checkDisplayName(displayName), password: checkNewPassword(password) };
    setErrors(next);
    if (next.email || next.displayName || next.password) return;
    const result = await run(() => vault.signUp({ email: email.trim(), displayName: displayName.trim(), password }));
    if (result.ok) {
      setRecoveryCode(result.value);
      onDone();
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy}>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <Field label="Email" type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} error={errors.email} required />
      <Field
        label="Display name"
        autoComplete="nickname"
        hint="What your partner will see. A first name is plenty."
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.displayName}
        required
      />
      <Field
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. It never leaves this device; only a key made from it does.`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={errors.password}
        required
      />
      <div className="card card--soft">
        <p>
          <strong>Before you begin</strong>
        </p>
        <p>
          What you write is encrypted on this device, so nobody else can read it — not even whoever runs this server. That also means
          nobody can reset your password for you.
        </p>
        <p>
          Next, Mend will show you a recovery code. <strong>If you lose both your password and your recovery code, what you wrote cannot be
          recovered</strong>, by anyone.
        </p>
      </div>
      <Progress active={busy} />
      <Button type="submit" busy={busy}>
        Create account
      </Button>
    </form>
  );
}
