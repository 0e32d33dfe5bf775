import { useCallback, useState } from 'react';
import { messageOf } from '../vault/vault-errors.ts';

/** Lets the browser paint "Protecting your keys…" before Argon2id keeps the main thread busy. */
function nextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}

/**
 * Runs one piece of async work for a form: tracks busy state and turns any error into the sentence to
 * show. The form's own state is untouched, so nothing the person typed is lost on an error.
 */
export function useAsyncAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: unknown }> => {
    setBusy(true);
    setError(null);
    await nextPaint();
    try {
      return { ok: true, value: await work() };
    } catch (caught) {
      setError(messageOf(caught));
      return { ok: false, error: caught };
    } finally {
      setBusy(false);
    }
  }, []);

  return { busy, error, setError, run };
}
