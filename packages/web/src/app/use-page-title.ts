import { useEffect } from 'react';

/** Each page names itself in the tab title, so screen-reader users hear where they landed. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Mend`;
  }, [title]);
}
