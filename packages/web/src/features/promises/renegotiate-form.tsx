import { useState, type FormEvent } from 'react';
import type { PromiseContent, PromiseMetadata } from '@mend/core';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field, TextArea } from '../../ui/field.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';

/**
 * Renegotiating openly, before the due time: new words or a new time, and a reason the partner reads.
 * Nothing is overwritten — the original stays in the promise's history.
 */
export function RenegotiateForm({ promiseId, occurrence, wording, schedule, onDone }: { promiseId: string; occurrence: string; wording: PromiseContent; schedule: PromiseMetadata; onDone: () => void }) {
  const { vault } = useSession();
  const { busy, error, run } = useAsyncAction();
  const [text, setText] = useState(wording.text);
  const [day, setDay] = useState(schedule.due?.localDate ?? '');
  const [time, setTime] = useState(schedule.due?.localTime ?? '');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (text.trim() === '') return setProblem('Write the promise as it will be from now on.');
    if (reason.trim() === '') return setProblem('Say why, in a few words: your partner will read it.');
    if ((day === '') !== (time === '')) return setProblem('Choose both a day and a time, or leave both empty.');
    const next: PromiseMetadata = { ...schedule, due: day ? { localDate: day, localTime: time } : null, reminderLeadMinutes: day ? schedule.reminderLeadMinutes : null };
    const result = await run(() =>
      vault.records.addPromiseStep({ promiseId, occurrence, transition: 'renegotiate', message: reason.trim(), schedule: next, promise: { text: text.trim(), details: wording.details } }),
    );
    if (result.ok) onDone();
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      <Field label="The promise from now on" value={text} onChange={(e) => setText(e.target.value)} maxLength={300} />
      {!schedule.repeat ? (
        <div className="row">
          <Field label="New day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
          <Field label="New time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </div>
      ) : null}
      <TextArea label="Why (your partner will read this)" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={2000} />
      {problem || error ? <Notice tone="error">{problem ?? error}</Notice> : null}
      <div className="row">
        <Button type="submit" busy={busy}>
          Renegotiate openly
        </Button>
        <Button variant="quiet" onClick={onDone}>
          Keep it as it is
        </Button>
      </div>
    </form>
  );
}
