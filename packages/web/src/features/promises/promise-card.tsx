import { useState } from 'react';
import { availableTransitions, type OccurrenceView, type Transition } from '@mend/core';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/field.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import type { PromiseEventRecord, PromiseRecord } from '../../vault/record-types.ts';
import { ACTION_LABELS, MESSAGE_HINTS, scheduleSentence, stateLabel } from './promise-labels.ts';
import type { PromiseContent, PromiseMetadata } from '@mend/core';
import { RenegotiateForm } from './renegotiate-form.tsx';

interface Props {
  promise: PromiseRecord;
  steps: PromiseEventRecord[];
  schedule: PromiseMetadata;
  occurrences: OccurrenceView[];
  meId: string;
  names: Record<string, string>;
  readOnly: boolean;
}

/** Renegotiating has its own form (new words or time, and a reason). */
const SIMPLE: readonly Transition[] = ['mark_done', 'own_miss', 'confirm_kept', 'not_quite', 'release'];

function OccurrenceActions({ promise, occurrence, meId, readOnly, wording, schedule }: { promise: PromiseRecord; occurrence: OccurrenceView; meId: string; readOnly: boolean; wording: PromiseContent; schedule: PromiseMetadata }) {
  const { vault } = useSession();
  const { busy, error, run } = useAsyncAction();
  const [message, setMessage] = useState('');
  const [renegotiating, setRenegotiating] = useState(false);
  const role = promise.authorId === meId ? 'promiser' : 'partner';
  const available = readOnly ? [] : availableTransitions({ state: occurrence.state, role, now: new Date(), dueAt: occurrence.dueAt });
  const actions = available.filter((t) => SIMPLE.includes(t));
  if (renegotiating) return <RenegotiateForm promiseId={promise.id} occurrence={occurrence.key} wording={wording} schedule={schedule} onDone={() => setRenegotiating(false)} />;
  if (available.length === 0) return null;
  const hint = actions.map((a) => MESSAGE_HINTS[a]).find(Boolean);
  return (
    <div className="stack">
      <TextArea label="A few words (optional)" hint={hint} value={message} onChange={(e) => setMessage(e.target.value)} rows={2} maxLength={2000} />
      <div className="row">
        {actions.map((transition) => (
          <Button
            key={transition}
            variant={transition === 'mark_done' || transition === 'confirm_kept' ? 'primary' : 'secondary'}
            busy={busy}
            onClick={async () => {
              const result = await run(() => vault.records.addPromiseStep({ promiseId: promise.id, occurrence: occurrence.key, transition, message: message.trim() }));
              if (result.ok) setMessage('');
            }}
          >
            {ACTION_LABELS[transition]}
          </Button>
        ))}
        {available.includes('renegotiate') ? (
          <Button variant="quiet" onClick={() => setRenegotiating(true)}>
            {ACTION_LABELS.renegotiate}
          </Button>
        ) : null}
      </div>
      {error ? <Notice tone="error">{error}</Notice> : null}
    </div>
  );
}

/** One promise: its words, its schedule, each occurrence's state, the actions open to the reader, its history. */
export function PromiseCard({ promise, steps, schedule, occurrences, meId, names, readOnly }: Props) {
  const iAmPromiser = promise.authorId === meId;
  // The words in force: the latest renegotiation's, else the original (which stays in the history).
  const wording = [...steps].reverse().find((s) => s.metadata.transition === 'renegotiate' && s.content?.promise)?.content?.promise ?? promise.content ?? { text: '', details: '' };
  return (
    <article className="card stack" aria-label={wording.text || 'A promise that could not be read'}>
      <h3>{promise.verified ? wording.text : 'This promise could not be verified.'}</h3>
      <p className="muted">
        {iAmPromiser ? 'Your promise' : `${names[promise.authorId] ?? 'Your partner'}’s promise to you`} · {scheduleSentence(schedule)}
      </p>
      {wording.details ? <p>{wording.details}</p> : null}
      <ul className="stack plain-list">
        {occurrences.map((occurrence) => (
          <li key={occurrence.key} className="stack">
            <p>
              {occurrence.dueAt ? <strong>{formatDateTime(occurrence.dueAt.toISOString())}: </strong> : null}
              {stateLabel(occurrence.state, iAmPromiser)}
            </p>
            <OccurrenceActions promise={promise} occurrence={occurrence} meId={meId} readOnly={readOnly} wording={wording} schedule={schedule} />
          </li>
        ))}
      </ul>
      {steps.some((s) => s.content?.message) ? (
        <details>
          <summary>What was said</summary>
          <ul>
            {steps
              .filter((s) => s.content?.message)
              .map((s) => (
                <li key={s.id}>
                  {names[s.authorId] ?? 'Someone'} ({ACTION_LABELS[s.metadata.transition]}): {s.content?.message}
                </li>
              ))}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
