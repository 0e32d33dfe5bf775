import { useId } from 'react';
import type { Visibility } from '@mend/core';

/** A radio group drawn as chips: real radios, so arrow keys and screen readers work as expected. */
export function ChoiceChips<T extends string | null>({ legend, options, value, onChange, error }: {
  legend: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T | null;
  onChange: (value: T) => void;
  error?: string | null;
}) {
  const name = useId();
  return (
    <fieldset className="fieldset" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="chips">
        {options.map((option) => (
          <label className="chip" key={option.value ?? 'none'}>
            <input type="radio" name={name} checked={value === option.value} onChange={() => onChange(option.value)} />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${name}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

/** Private by default; sharing is an explicit choice that can be changed later. */
export function VisibilityChoice({ value, onChange, partnerName }: { value: Visibility; onChange: (v: Visibility) => void; partnerName: string | null }) {
  const name = useId();
  const options: Array<{ value: Visibility; label: string; hint: string }> = [
    { value: 'private', label: 'Private', hint: 'Only you can read it. It is encrypted with a key only you hold.' },
    {
      value: 'partner',
      label: partnerName ? `Share with ${partnerName}` : 'Share with my partner',
      hint: partnerName
        ? `${partnerName} can read it and respond. You can make it private again later.`
        : 'Your partner will be able to read it once they join.',
    },
  ];
  return (
    <fieldset className="fieldset">
      <legend>Who can read this?</legend>
      {options.map((option) => (
        <div className="choice" key={option.value}>
          <input
            type="radio"
            id={`${name}-${option.value}`}
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-describedby={`${name}-${option.value}-hint`}
          />
          <div>
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
            <span className="choice__hint" id={`${name}-${option.value}-hint`}>
              {option.hint}
            </span>
          </div>
        </div>
      ))}
    </fieldset>
  );
}
