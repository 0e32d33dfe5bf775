import { useEffect, useState } from 'react';
import type { SessionInfo } from '../../api/api-client.ts';
import { useSession } from '../../app/session.tsx';
import { Button } from '../../ui/button.tsx';
import { formatDateTime } from '../../ui/format.ts';
import { Notice } from '../../ui/notice.tsx';
import { useAsyncAction } from '../../ui/use-async-action.ts';
import { messageOf } from '../../vault/vault-errors.ts';

/** Where this account is logged in, with a way to end any other session. */
export function SessionsSection() {
  const { api } = useSession();
  const [sessions, setSessions] = useState<SessionInfo[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [reloads, setReloads] = useState(0);
  const { busy, error: actionError, run } = useAsyncAction();
  const error = actionError ?? loadError;
  const load = () => setReloads((n) => n + 1);

  useEffect(() => {
    let current = true;
    api.listSessions().then(
      (result) => {
        if (current) {
          setSessions(result.sessions);
          setLoadError(null);
        }
      },
      (caught: unknown) => {
        if (current) setLoadError(messageOf(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [api, reloads]);

  const others = sessions?.filter((s) => !s.current) ?? [];

  return (
    <section className="card" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you’re logged in</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {sessions === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <ul className="list-plain" aria-label="Sessions">
          {sessions.map((session) => (
            <li key={session.id} className="row">
              <span id={`session-${session.id}`}>
                <strong>{session.device || 'Unknown device'}</strong>
                {session.current ? <span className="badge"> This device</span> : null}
                <br />
                <span className="muted">
                  Started {formatDateTime(session.createdAt)} · last active {formatDateTime(session.lastSeenAt)}
                </span>
              </span>
              {session.current ? null : (
                <Button
                  variant="quiet"
                  busy={busy}
                  aria-describedby={`session-${session.id}`}
                  onClick={async () => {
                    const result = await run(() => api.endSession(session.id));
                    if (result.ok) load();
                  }}
                >
                  End this session
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {others.length > 0 ? (
        <Button
          variant="secondary"
          busy={busy}
          onClick={async () => {
            const result = await run(() => api.endOtherSessions());
            if (result.ok) load();
          }}
        >
          Log out everywhere else
        </Button>
      ) : null}
    </section>
  );
}
