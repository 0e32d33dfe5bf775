import { useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { copyText } from '../../ui/copy-text.ts';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';

/**
 * The invitation link. Its secret is in the part after "#", which browsers never send to a server, so
 * Mend cannot show an old link again: a lost link is replaced by a new one.
 */
export function InvitePanel() {
  const { vault, snapshot } = useSession();
  const [copied, setCopied] = useState(false);
  const [revoked, setRevoked] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const couple = snapshot.couple;
  const link = snapshot.inviteLink;
  if (!couple || couple.status !== 'active') return null;

  const make = async (remake: boolean) => {
    setCopied(false);
    setRevoked(false);
    await run(() => (remake ? vault.remakeInvite() : vault.createInvite()));
  };
  const revoke = async () => {
    setCopied(false);
    const result = await run(() => vault.revokeInvite());
    if (result.ok) setRevoked(true);
  };

  return (
    <section className="card" aria-labelledby="invite-heading" aria-busy={busy}>
      <h2 id="invite-heading">Your invitation link</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {revoked ? <Notice tone="success">The link no longer works. You can make a new one whenever you like.</Notice> : null}
      {link ? (
        <>
          <p>Send this link to your partner in a way only they will see — in person, or in a private message. It works once.</p>
          <p className="code" data-testid="invite-link">
            {link.link}
          </p>
          <p className="muted">This link works until {formatDateTime(link.expiresAt)}.</p>
          <div className="row">
            <Button
              onClick={async () => {
                setCopied(await copyText(link.link));
              }}
            >
              Copy link
            </Button>
            <Button variant="secondary" busy={busy} onClick={() => void make(true)}>
              Make a new link
            </Button>
            <Button variant="danger" busy={busy} onClick={() => void revoke()}>
              Revoke link
            </Button>
          </div>
          {copied ? <Notice tone="success">Link copied.</Notice> : null}
        </>
      ) : couple.pendingInvite ? (
        <>
          <p>
            You made an invitation link earlier. It works until {formatDateTime(couple.pendingInvite.expiresAt)}. For your privacy, Mend keeps no copy
            of it — if you no longer have it, make a new one and the old one will stop working.
          </p>
          <div className="row">
            <Button busy={busy} onClick={() => void make(true)}>
              Make a new link
            </Button>
            <Button variant="danger" busy={busy} onClick={() => void revoke()}>
              Revoke link
            </Button>
          </div>
        </>
      ) : (
        <>
          <p>When you’re ready, make a link for your partner. It works once and for 7 days. There’s no rush.</p>
          <Button busy={busy} onClick={() => void make(false)}>
            Create invite link
          </Button>
        </>
      )}
    </section>
  );
}
