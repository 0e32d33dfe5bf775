import { useState, type FormEvent } from 'react';
import type { CoupleRole } from '@mend/core';
import { useLocation } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { RolePicker } from './role-picker.tsx';

/** Starting alone is fine: the partner joins by invitation whenever they are ready. */
export function StartSpacePage() {
  usePageTitle('Start your space');
  const { vault } = useSession();
  const [, navigate] = useLocation();
  const [role, setRole] = useState<CoupleRole | null>(null);
  const [roleError, setRoleError] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!role) {
      setRoleError('Please choose the description that fits you best. You can’t get this wrong.');
      return;
    }
    setRoleError(null);
    const result = await run(() => vault.createCouple(role));
    if (result.ok) navigate('/invite');
  }

  return (
    <>
      <h1>Start your space</h1>
      <p className="lead">
        This is where the two of you will share small, honest check-ins. You can begin on your own and invite your partner when you’re ready.
      </p>
      <form onSubmit={submit} noValidate aria-busy={busy}>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <RolePicker legend="Which describes you?" value={role} onChange={setRole} />
        {roleError ? <Notice tone="error">{roleError}</Notice> : null}
        <Button type="submit" busy={busy}>
          Start our space
        </Button>
      </form>
    </>
  );
}
