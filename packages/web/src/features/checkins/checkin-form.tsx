import { useId, useState, type FormEvent } from 'react';
import { MAX_SMALL_TRUTHS, MOODS, TRUTH_PROMPTS, type CheckinContent, type Visibility } from '@mend/core';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { TextArea } from '../../ui/field.tsx';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import type { CheckinRecord } from '../../vault/record-types.ts';
import { DEFAULT_PROMPTS, MOOD_LABELS, NEED_LABELS, TRUTH_PROMPT_LABELS } from './checkin-labels.ts';
import { ChoiceChips, VisibilityChoice } from './checkin-choices.tsx';

type Truth = CheckinContent['smallTruths'][number];
type Need = CheckinContent['need'];

function initialTruths(existing: CheckinRecord | null): Truth[] {
  const saved = existing?.content?.smallTruths ?? [];
  return saved.length > 0 ? saved : [{ prompt: DEFAULT_PROMPTS[0] ?? 'mood_about', text: '' }];
}

/** Today's check-in: a mood, what would help, up to three small truths and a note. Private by default. */
export function CheckinForm({ existing, partnerName, onSubmitting, onSaved, onCancel }: {
  existing: CheckinRecord | null;
  partnerName: string | null;
  onSubmitting?: () => void;
  onSaved: () => void;
  onCancel?: () => void;
}) {
  const { vault } = useSession();
  const formId = useId();
  const [mood, setMood] = useState<CheckinContent['mood'] | null>(existing?.content?.mood ?? null);
  const [need, setNeed] = useState<Need>(existing?.content?.need ?? null);
  const [truths, setTruths] = useState<Truth[]>(() => initialTruths(existing));
  const [note, setNote] = useState(existing?.content?.note ?? '');
  const [visibility, setVisibility] = useState<Visibility>(existing?.visibility ?? 'private');
  const [moodError, setMoodError] = useState<string | null>(null);
  const { busy, error, run } = useAsyncAction();

  const updateTruth = (index: number, patch: Partial<Truth>) => setTruths((all) => all.map((t, i) => (i === index ? { ...t, ...patch } : t)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!mood) {
      setMoodError('Choose the word closest to how you feel. Any one is fine.');
      return;
    }
    setMoodError(null);
    onSubmitting?.();
    const content: CheckinContent = {
      mood,
      need,
      smallTruths: truths.map((t) => ({ ...t, text: t.text.trim() })).filter((t) => t.text.length > 0),
      note: note.trim(),
    };
    const result = await run(() => vault.saveCheckin({ content, visibility, existing }));
    if (result.ok) onSaved();
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{existing ? 'Edit today’s check-in' : 'A few honest words about today?'}</h2>
      <ChoiceChips
        legend="How are you feeling?"
        options={MOODS.map((m) => ({ value: m, label: MOOD_LABELS[m] }))}
        value={mood}
        onChange={(next) => {
          setMood(next);
          setMoodError(null);
        }}
        error={moodError}
      />
      <ChoiceChips
        legend="What would help today?"
        options={[
          { value: 'comfort' as const, label: NEED_LABELS.comfort },
          { value: 'space' as const, label: NEED_LABELS.space },
          { value: null, label: 'Nothing in particular' },
        ]}
        value={need}
        onChange={setNeed}
      />
      <fieldset className="fieldset">
        <legend>Small truths</legend>
        <p className="field__hint">Everyday openness, not grand confessions. Leave any of these empty.</p>
        {truths.map((truth, index) => (
          <div className="truth-row" key={index}>
            <div className="field">
              <label className="field__label" htmlFor={`${formId}-prompt-${index}`}>{`Prompt for small truth ${index + 1}`}</label>
              <select
                id={`${formId}-prompt-${index}`}
                className="field__control"
                value={truth.prompt}
                onChange={(e) => updateTruth(index, { prompt: e.target.value as Truth['prompt'] })}
              >
                {TRUTH_PROMPTS.map((p) => (
                  <option key={p} value={p}>
                    {TRUTH_PROMPT_LABELS[p]}
                  </option>
                ))}
              </select>
            </div>
            <TextArea label={TRUTH_PROMPT_LABELS[truth.prompt]} value={truth.text} maxLength={500} rows={2} onChange={(e) => updateTruth(index, { text: e.target.value })} />
            {truths.length > 1 ? (
              <Button variant="quiet" onClick={() => setTruths((all) => all.filter((_, i) => i !== index))}>
                {`Remove small truth ${index + 1}`}
              </Button>
            ) : null}
          </div>
        ))}
        {truths.length < MAX_SMALL_TRUTHS ? (
          <Button
            variant="secondary"
            onClick={() => setTruths((all) => [...all, { prompt: DEFAULT_PROMPTS[all.length] ?? 'other', text: '' }])}
          >
            Add a small truth
          </Button>
        ) : null}
      </fieldset>
      <TextArea label="A note (optional)" value={note} maxLength={2000} rows={4} onChange={(e) => setNote(e.target.value)} />
      <VisibilityChoice value={visibility} onChange={setVisibility} partnerName={partnerName} />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <div className="row">
        <Button type="submit" busy={busy}>
          Save check-in
        </Button>
        {onCancel ? (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
