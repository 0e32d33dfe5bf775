import { useEffect } from 'react';

/** A neutral page to land on. The point is to leave fast, not to go anywhere in particular. */
const NEUTRAL_PAGE = 'https://www.bbc.com/weather';
const SHIFT_PRESSES = 3;
const WINDOW_MS = 1500;

export function quickExit(): void {
  // replace(): the back button does not return to Mend.
  window.location.replace(NEUTRAL_PAGE);
}

/** Quick exit: a button in the top corner, or Shift pressed three times in a row. */
export function QuickExitButton() {
  useEffect(() => {
    let presses: number[] = [];
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Shift' || event.repeat) {
        if (event.key !== 'Shift') presses = [];
        return;
      }
      const now = Date.now();
      presses = [...presses.filter((t) => now - t < WINDOW_MS), now];
      if (presses.length >= SHIFT_PRESSES) quickExit();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <button type="button" className="button button--quiet quick-exit" onClick={quickExit} aria-describedby="quick-exit-hint">
      Quick exit
      <span id="quick-exit-hint" className="visually-hidden">
        Leaves Mend at once. You can also press Shift three times.
      </span>
    </button>
  );
}
