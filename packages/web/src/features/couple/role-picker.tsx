import { useId } from 'react';
import type { CoupleRole } from '@mend/core';
import { ROLE_CHOICES } from './roles.ts';

export function RolePicker({ legend, value, onChange }: { legend: string; value: CoupleRole | null; onChange: (role: CoupleRole) => void }) {
  const name = useId();
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {ROLE_CHOICES.map((choice) => {
        const id = `${name}-${choice.role}`;
        return (
          <div className="choice" key={choice.role}>
            <input
              type="radio"
              id={id}
              name={name}
              value={choice.role}
              checked={value === choice.role}
              onChange={() => onChange(choice.role)}
              aria-describedby={`${id}-hint`}
            />
            <div>
              <label htmlFor={id}>{choice.label}</label>
              <span className="choice__hint" id={`${id}-hint`}>
                {choice.hint}
              </span>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
