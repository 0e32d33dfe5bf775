import type { ReactNode } from 'react';

type Tone = 'info' | 'success' | 'error';

/** Errors are announced at once (role="alert"); everything else politely (role="status"). */
export function Notice({ tone = 'info', children, className }: { tone?: Tone; children: ReactNode; className?: string }) {
  return (
    <div className={['notice', `notice--${tone}`, className].filter(Boolean).join(' ')} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** Shows while Argon2id runs (about a second): the form is marked busy and the wait is explained. */
export function Progress({ active, children = 'Protecting your keys…' }: { active: boolean; children?: ReactNode }) {
  return (
    <p className={active ? 'progress' : 'visually-hidden'} role="status" aria-live="polite">
      {active ? (
        <>
          <span className="progress__dot" aria-hidden="true" />
          {children}
        </>
      ) : null}
    </p>
  );
}
