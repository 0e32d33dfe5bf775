import type { ApiClient } from '../api/api-client.ts';
import { createAuthActions, type DeriveMasterKey } from './auth-actions.ts';
import { createCoupleActions } from './couple-actions.ts';
import { createRecordStore } from './records-store.ts';
import { createVaultState, toUserView } from './vault-state.ts';

export interface VaultOptions {
  api: ApiClient;
  /** Used to build invitation links, e.g. window.location.origin or http://localhost:3000. */
  origin: string;
  now?: () => Date;
  /** Argon2id; defaults to running on this thread (Node, tests). The browser passes a worker. */
  deriveMasterKey?: DeriveMasterKey;
}

/**
 * Every key of the signed-in person, in memory only: never in localStorage, sessionStorage or
 * IndexedDB, never logged. Logging out overwrites them with zeros. Usable from Node (no DOM APIs).
 */
export function createVault({ api, origin, now, deriveMasterKey }: VaultOptions) {
  const state = createVaultState();
  const records = createRecordStore({ api, state, ...(now ? { now } : {}) });
  const couple = createCoupleActions({ api, state, records, origin });

  /** Once keys are unlocked and the recovery code is confirmed, load the space and its entries. */
  async function onUnlocked(): Promise<void> {
    if (!state.getSnapshot().user?.recoveryConfirmed) return;
    const loaded = await couple.loadCouple();
    if (loaded) await records.sync();
  }

  const auth = createAuthActions({ api, state, onUnlocked, ...(deriveMasterKey ? { deriveMaster: deriveMasterKey } : {}) });

  return {
    getSnapshot: state.getSnapshot,
    subscribe: state.subscribe,
    ...auth,
    ...couple,
    records,
    async deleteAccount(password: string): Promise<void> {
      await auth.deleteAccount(password);
      records.reset(null);
      state.wipeAll('signed-out');
    },
    sync: records.sync,
    saveCheckin: records.saveCheckin,
    react: records.react,

    /** On start-up: is there a session? Its keys are not in memory, so it starts locked. */
    async resume(): Promise<void> {
      try {
        const me = await api.me();
        if (state.getSnapshot().phase !== 'starting') return; // the person already logged in meanwhile
        state.secrets.bundle = me.keys;
        state.set({ phase: 'locked', user: toUserView(me) });
      } catch {
        if (state.getSnapshot().phase === 'starting') state.set({ phase: 'signed-out' });
      }
    },

    /** Ends the session on the server (best effort) and wipes every key and decrypted entry here. */
    async logOut(): Promise<void> {
      try {
        await api.logOut();
      } catch {
        // The keys are wiped below either way; an unreachable server cannot keep them alive here.
      }
      records.reset(null);
      state.wipeAll('signed-out');
    },

    /** Forgets keys without telling the server, e.g. when the server says the session has ended. */
    forget(): void {
      records.reset(null);
      state.wipeAll('signed-out');
    },
  };
}

export type Vault = ReturnType<typeof createVault>;
