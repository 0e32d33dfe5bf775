import { useState } from 'react';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Dialog } from '../../ui/dialog.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';

/** Either partner may leave at any time; the space then becomes a read-only archive for both. */
export function LeaveSpaceSection() {
  const { vault } = useSession();
  const [open, setOpen] = useState(false);
  const { busy, error, run } = useAsyncAction();

  async function leave() {
    const result = await run(() => vault.leaveCouple());
    if (result.ok) setOpen(false);
  }

  return (
    <section className="card" aria-labelledby="leave-heading">
      <h2 id="leave-heading">Leaving the space</h2>
      <p className="muted">You can leave at any time, for any reason. You don’t need to explain.</p>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Leave our space…
      </Button>
      <Dialog open={open} title="Leave this space?" onClose={() => setOpen(false)}>
        <p>
          If you leave, this space becomes a read-only archive for both of you. What was already written stays readable to whoever could read it
          before, but neither of you can add anything new here.
        </p>
        <p>This cannot be undone. If you want to continue together later, you can start a new space and invite each other again.</p>
        {error ? <Notice tone="error">{error}</Notice> : null}
        <div className="row">
          <Button variant="danger" busy={busy} onClick={() => void leave()}>
            Leave the space
          </Button>
          <Button variant="quiet" onClick={() => setOpen(false)}>
            Stay
          </Button>
        </div>
      </Dialog>
    </section>
  );
}
