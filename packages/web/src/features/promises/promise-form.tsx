import { useState, type FormEvent } from 'react';
import { localDayOf, type PromiseMetadata } from '@mend/core';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { Field, TextArea } from '../../ui/field.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { ChoiceChips } from '../checkins/checkin-choices.tsx';

type Repeat = 'once' | 'daily' | 'weekdays';
type Lead = 'none' | '10' | '30' | '60';

const REPEATS: ReadonlyArray<{ value: Repeat; label: string }> = [
  { value: 'once', label: 'Just once' },
  { value: 'daily', label: 'Every day' },
  { value: 'weekdays', label: 'Weekdays' },
];
const LEADS: ReadonlyArray<{ value: Lead; label: string }> = [
  { value: 'none', label: 'No reminder' },
  { value: '10', label: '10 minutes before' },
  { value: '30', label: '30 minutes before' },
  { value: '60', label: 'An hour before' },
];

/** Practice 5: a small, specific promise, made to the partner (so shared), with an optional time. */
export function PromiseForm({ onMade }: { onMade: () => void }) {
  const { vault } = useSession();
  const { busy, error, run } = useAsyncAction();
  const [text, setText] = useState('');
  const [details, setDetails] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [repeat, setRepeat] = useState<Repeat>('once');
  const [lead, setLead] = useState<Lead>('none');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (text.trim() === '') return setProblem('Write what you promise, in a few words.');
    if ((day === '') !== (time === '')) return setProblem('Choose both a day and a time, or leave both empty.');
    if (repeat !== 'once' && day === '') return setProblem('A repeating promise needs a first day and a time.');
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const metadata: PromiseMetadata = {
      due: day ? { localDate: day, localTime: time } : null,
      timeZone,
      repeat: repeat === 'once' ? null : { kind: repeat, until: null },
      reminderLeadMinutes: lead === 'none' || !day ? null : Number(lead),
    };
    const result = await run(() => vault.records.savePromise({ content: { text: text.trim(), details: details.trim() }, metadata, visibility: 'partner' }));
    if (result.ok) {
      setText('');
      setDetails('');
      setDay('');
      setTime('');
      setRepeat('once');
      setLead('none');
      onMade();
    }
  }

  return (
    <form className="card stack" onSubmit={submit} noValidate aria-busy={busy}>
      <h2>Make a promise</h2>
      <Field label="What I promise" value={text} onChange={(e) => setText(e.target.value)} maxLength={300} hint="Small and specific, like “I’ll text when I leave work”." required />
      <TextArea label="Details (optional)" value={details} onChange={(e) => setDetails(e.target.value)} maxLength={2000} rows={2} />
      <div className="row">
        <Field label="Day (optional)" type="date" value={day} min={localDayOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone)} onChange={(e) => setDay(e.target.value)} />
        <Field label="Time" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
      </div>
      <ChoiceChips legend="Repeat" options={REPEATS} value={repeat} onChange={setRepeat} />
      {day ? <ChoiceChips legend="Remind me" options={LEADS} value={lead} onChange={setLead} /> : null}
      <p className="muted">Your partner will see this promise. There is no rush and no score: what counts is showing up.</p>
      {problem || error ? <Notice tone="error">{problem ?? error}</Notice> : null}
      <Button type="submit" busy={busy}>
        Make this promise
      </Button>
    </form>
  );
}
