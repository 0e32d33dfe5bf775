import { useState } from 'react';
import { REACTIONS } from '@mend/core';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field } from '../../ui/field.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import type { ReactionRecord } from '../../vault/record-types.ts';
import { REACTION_LABELS } from './checkin-labels.ts';

/** A short, warm acknowledgement of the partner's check-in. Given, never asked for. */
export function ReactionBar({ targetId, mine, partnerName, readOnly }: { targetId: string; mine: ReactionRecord | null; partnerName: string; readOnly: boolean }) {
  const { vault } = useSession();
  const [note, setNote] = useState(mine?.content?.note ?? '');
  const [sent, setSent] = useState(false);
  const { busy, error, run } = useAsyncAction();
  const current = mine?.content?.reaction ?? null;

  if (readOnly) {
    return current ? <p className="muted">You responded: {REACTION_LABELS[current].label}.</p> : null;
  }

  async function send(reaction: (typeof REACTIONS)[number]) {
    setSent(false);
    const result = await run(() => vault.react({ targetId, reaction, note: note.trim() }));
    if (result.ok) setSent(true);
  }

  return (
    <div aria-busy={busy}>
      <Field
        label="A short note (optional)"
        hint={`Sent together with the response you choose below. Only ${partnerName} will see it.`}
        value={note}
        maxLength={200}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="reaction-buttons" role="group" aria-label={`Respond to ${partnerName}`}>
        {REACTIONS.map((reaction) => (
          <Button key={reaction} variant="quiet" busy={busy} aria-pressed={current === reaction} onClick={() => void send(reaction)}>
            <span aria-hidden="true">{REACTION_LABELS[reaction].emoji}</span> {REACTION_LABELS[reaction].label}
          </Button>
        ))}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {sent && current ? <Notice tone="success">Sent: {REACTION_LABELS[current].label}.</Notice> : null}
    </div>
  );
}
