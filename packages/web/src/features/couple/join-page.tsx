import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CoupleRole } from '@mend/core';
import { useLocation, useParams } from 'wouter';
import { useSession } from '../../app/session.tsx';
import { usePageTitle } from '../../app/use-page-title.ts';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { inviteLinkDamaged } from '../../vault/vault-errors.ts';
import { JoinAccountStep } from './join-account-step.tsx';
import { describeInviteProblem } from './invite-errors.ts';
import { RolePicker } from './role-picker.tsx';
import { describeRole, suggestedRole } from './roles.ts';

/** /join/:inviteId#secret — the secret never reaches the server; it opens the couple key here. */
export function JoinPage() {
  usePageTitle('Join a shared space');
  const { inviteId = '' } = useParams<{ inviteId: string }>();
  const { vault, snapshot } = useSession();
  const [, navigate] = useLocation();
  const [problem, setProblem] = useState<unknown>(null);
  const [role, setRole] = useState<CoupleRole | null>(null);
  const opening = useRef(false);
  const joining = useAsyncAction();
  const pending = snapshot.pendingJoin?.inviteId === inviteId ? snapshot.pendingJoin : null;

  useEffect(() => {
    if (pending || opening.current) return;
    opening.current = true;
    const secret = window.location.hash.replace(/^#/, '');
    const attempt = secret ? vault.openInvite(inviteId, secret) : Promise.reject(inviteLinkDamaged());
    attempt.then(
      (opened) => setRole((current) => current ?? suggestedRole(opened.inviterRole)),
      (error: unknown) => setProblem(error),
    );
  }, [vault, inviteId, pending]);

  async function join(event: FormEvent) {
    event.preventDefault();
    if (joining.busy || !role) return;
    const result = await joining.run(() => vault.acceptInvite(role));
    if (result.ok) navigate('/');
  }

  if (problem) {
    const { title, message } = describeInviteProblem(problem);
    return (
      <>
        <h1>{title}</h1>
        <Notice tone="error">{message}</Notice>
      </>
    );
  }
  if (!pending) {
    return (
      <>
        <h1>Opening your invitation</h1>
        <p role="status">Opening the invitation…</p>
      </>
    );
  }

  const ready = snapshot.phase === 'unlocked' && snapshot.user?.recoveryConfirmed === true;
  return (
    <>
      <h1>{pending.inviterName} invited you to Mend</h1>
      <div className="card card--soft">
        <p>
          {pending.inviterName} would like to share a private space with you, and describes themselves as {describeRole(pending.inviterRole)}. What
          you write there is encrypted on your device; you choose what to share.
        </p>
        <p className="muted">This invitation works until {formatDateTime(pending.expiresAt)}. There is no need to decide right now.</p>
      </div>
      {ready ? (
        <form onSubmit={join} noValidate aria-busy={joining.busy}>
          {joining.error ? <Notice tone="error">{joining.error}</Notice> : null}
          <RolePicker legend="Which describes you?" value={role} onChange={setRole} />
          <Button type="submit" busy={joining.busy} disabled={!role}>
            Join
          </Button>
        </form>
      ) : (
        <JoinAccountStep />
      )}
    </>
  );
}
