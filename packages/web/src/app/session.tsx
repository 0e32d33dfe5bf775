import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createApiClient, type ApiClient } from '../api/api-client.ts';
import { isApiError } from '../api/api-error.ts';
import { startLiveSync } from '../vault/live.ts';
import { createWorkerKdf } from '../vault/kdf-in-worker.ts';
import { createVault, type Vault } from '../vault/vault.ts';
import type { VaultSnapshot } from '../vault/vault-state.ts';

interface Session {
  api: ApiClient;
  vault: Vault;
  snapshot: VaultSnapshot;
  /** Goes up whenever a reminder arrives over the live stream, so reminder lists refresh. */
  notificationsTick: number;
  /** Asks every reminder list on the page to load again (after one is marked read). */
  refreshNotifications: () => void;
  /** The recovery code from sign-up, held in memory only until it is confirmed. */
  recoveryCode: string | null;
  setRecoveryCode: (code: string | null) => void;
}

const SessionContext = createContext<Session | null>(null);

function createBrowserVault() {
  const api = createApiClient({ baseUrl: '', fetch: (input, init) => window.fetch(input, init) });
  return { api, vault: createVault({ api, origin: window.location.origin, deriveMasterKey: createWorkerKdf() }) };
}

/** Holds the vault for the app and keeps the shared space live while unlocked. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [{ api, vault }] = useState(createBrowserVault);
  const [recoveryCode, setRecoveryCode] = useState<string | null>(null);
  const [notificationsTick, setNotificationsTick] = useState(0);
  const refreshNotifications = useCallback(() => setNotificationsTick((tick) => tick + 1), []);
  const snapshot = useSyncExternalStore(vault.subscribe, vault.getSnapshot);
  const coupleId = snapshot.couple?.id ?? null;
  const ready = snapshot.phase === 'unlocked' && snapshot.user?.recoveryConfirmed === true;

  useEffect(() => {
    void vault.resume();
  }, [vault]);

  useEffect(() => {
    if (!ready || !coupleId) return;
    const forgetIfSessionEnded = (error: unknown) => {
      if (isApiError(error) && error.status === 401) vault.forget();
    };
    return startLiveSync({
      url: api.eventsUrl(coupleId),
      onSync: () => {
        vault.sync().catch(forgetIfSessionEnded);
      },
      onNotifications: () => setNotificationsTick((tick) => tick + 1),
      onCoupleChanged: () => {
        vault.loadCouple().then(() => vault.sync()).catch(forgetIfSessionEnded);
      },
    });
  }, [api, vault, ready, coupleId]);

  return (
    <SessionContext.Provider value={{ api, vault, snapshot, recoveryCode, setRecoveryCode, notificationsTick, refreshNotifications }}>
      {children}
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside SessionProvider');
  return session;
}
