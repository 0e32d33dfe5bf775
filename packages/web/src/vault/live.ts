/**
 * Live updates from the partner: the server sends `event: sync` (no content) whenever entries the
 * caller may see changed, and we pull the changes; `event: couple` when someone joined or left, and we
 * reload the space. EventSource reconnects by itself after a dropped
 * connection; if it gives up (an HTTP error), we try again with a growing delay. Browser-only.
 */
export function startLiveSync({ url, onSync, onCoupleChanged, onNotifications }: { url: string; onSync: () => void; onCoupleChanged: () => void; onNotifications: () => void }): () => void {
  let source: EventSource | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let delayMs = 2000;
  let closed = false;

  function open(): void {
    if (closed) return;
    source = new EventSource(url, { withCredentials: false });
    source.addEventListener('sync', () => {
      delayMs = 2000;
      onSync();
    });
    source.addEventListener('notifications', () => {
      delayMs = 2000;
      onNotifications();
    });
    source.addEventListener('couple', () => {
      delayMs = 2000;
      onCoupleChanged();
    });
    source.addEventListener('open', () => {
      delayMs = 2000;
      onCoupleChanged(); // catch up on anything missed while disconnected (the space, then its entries)
    });
    source.addEventListener('error', () => {
      if (source?.readyState !== EventSource.CLOSED || closed) return;
      retryTimer = setTimeout(open, delayMs);
      delayMs = Math.min(delayMs * 2, 60_000);
    });
  }

  open();
  return () => {
    closed = true;
    if (retryTimer) clearTimeout(retryTimer);
    source?.close();
    source = null;
  };
}
