import { Fragment, useState, type FormEvent } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { copyText, downloadText } from '../../ui/copy-text.ts';
import { Field } from '../../ui/field.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';

function recoveryFileText(code: string, email: string): string {
  return [
    'Mend recovery code',
    '',
    `Account: ${email}`,
    `Recovery code: ${code}`,
    '',
    'Keep this somewhere safe and private. With this code you can set a new password if you forget yours.',
    'If you lose both your password and this code, what you wrote in Mend cannot be recovered.',
    '',
  ].join('\n');
}

/**
 * Shows the recovery code once (copy, download), then asks for it back before the account is usable:
 * typing it proves it was really saved, and a typo is caught by the code's checksum.
 */
export function RecoveryCodeStep({ onConfirmed }: { onConfirmed?: () => void }) {
  const { vault, snapshot, recoveryCode, setRecoveryCode } = useSession();
  const [saved, setSaved] = useState(false);
  const [typed, setTyped] = useState('');
  const [copied, setCopied] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const email = snapshot.user?.email ?? '';

  async function confirm(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const result = await run(() => vault.confirmRecoveryCode(typed));
    if (result.ok) {
      setRecoveryCode(null);
      onConfirmed?.();
    }
  }

  if (recoveryCode && !saved) {
    return (
      <section className="card" aria-labelledby="recovery-code-heading">
        <h2 id="recovery-code-heading">Save this code somewhere safe</h2>
        <p>
          If you ever forget your password, this code lets you set a new one. It is shown only this once. Please save it somewhere private — a
          password manager, or printed and put away.
        </p>
        <p className="code code--large" data-testid="recovery-code">
          {/* Line breaks only between groups, so no group is split across lines on a phone. */}
          {recoveryCode.split('-').map((group, index) => (
            <Fragment key={index}>
              {index > 0 ? (
                <>
                  -<wbr />
                </>
              ) : null}
              {group}
            </Fragment>
          ))}
        </p>
        <div className="row">
          <Button
            variant="secondary"
            onClick={async () => {
              setCopied(await copyText(recoveryCode));
            }}
          >
            Copy recovery code
          </Button>
          <Button variant="secondary" onClick={() => downloadText('mend-recovery-code.txt', recoveryFileText(recoveryCode, email))}>
            Download as text
          </Button>
        </div>
        {copied ? <Notice tone="success">Copied. Paste it somewhere safe before you continue.</Notice> : null}
        <p className="muted">If you lose both your password and this code, what you wrote cannot be recovered by anyone.</p>
        <Button onClick={() => setSaved(true)}>I've saved it</Button>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="recovery-confirm-heading">
      <h2 id="recovery-confirm-heading">Check that you saved it</h2>
      <p>To be sure it is safely stored, please type the code you saved. Dashes and capital letters are optional.</p>
      <form onSubmit={confirm} noValidate aria-busy={busy}>
        <Field
          label="Recovery code"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          error={error}
          required
        />
        <div className="row">
          <Button type="submit" busy={busy}>
            Confirm
          </Button>
          {recoveryCode ? (
            <Button variant="quiet" onClick={() => setSaved(false)}>
              Show the code again
            </Button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
