import type { UnlockedKeys } from '@mend/core/crypto/index';
import type { Couple, KeyBundle, Me } from '../api/api-client.ts';
import type { DecryptedRecord } from './record-types.ts';
import { lockedError, noSpaceError, spaceKeyError } from './vault-errors.ts';
import { wipe } from './random.ts';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  recoveryConfirmed: boolean;
}

/**
 * starting: asking the server whether a session exists; signed-out: no session; locked: a session
 * exists but the keys are not in memory (after a reload); unlocked: keys in memory.
 */
export type VaultPhase = 'starting' | 'signed-out' | 'locked' | 'unlocked';

export interface InviteLinkView {
  id: string;
  link: string;
  expiresAt: string;
}

export interface PendingJoinView {
  inviteId: string;
  coupleId: string;
  inviterName: string;
  inviterRole: Couple['members'][number]['role'];
  expiresAt: string;
}

/** Everything the UI may read. Keys are never part of it. */
export interface VaultSnapshot {
  phase: VaultPhase;
  user: UserView | null;
  couple: Couple | null;
  /** the invite link made during this visit (the secret exists nowhere else) */
  inviteLink: InviteLinkView | null;
  pendingJoin: PendingJoinView | null;
  records: readonly DecryptedRecord[];
  recordsLoaded: boolean;
}

interface Secrets {
  keys: UnlockedKeys | null;
  /** the stored bundle, kept so a locked session can be unlocked with the password alone */
  bundle: KeyBundle | null;
  coupleKey: Uint8Array | null;
  join: { coupleKey: Uint8Array; proof: Uint8Array } | null;
}

const EMPTY: VaultSnapshot = {
  phase: 'starting',
  user: null,
  couple: null,
  inviteLink: null,
  pendingJoin: null,
  records: [],
  recordsLoaded: false,
};

export function toUserView(me: Me): UserView {
  const { id, email, displayName, recoveryConfirmed } = me.user;
  return { id, email, displayName, recoveryConfirmed };
}

/** The vault's memory: a snapshot for the UI (replaced on every change) and the keys, kept apart. */
export function createVaultState() {
  let snapshot: VaultSnapshot = EMPTY;
  const listeners = new Set<() => void>();
  const secrets: Secrets = { keys: null, bundle: null, coupleKey: null, join: null };

  function set(patch: Partial<VaultSnapshot>): void {
    snapshot = { ...snapshot, ...patch };
    for (const listener of listeners) listener();
  }

  return {
    secrets,
    set,
    getSnapshot: (): VaultSnapshot => snapshot,
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    requireKeys(): { userId: string; keys: UnlockedKeys } {
      if (!secrets.keys || !snapshot.user) throw lockedError();
      return { userId: snapshot.user.id, keys: secrets.keys };
    },
    requireCouple(): { userId: string; keys: UnlockedKeys; couple: Couple; coupleKey: Uint8Array } {
      const { userId, keys } = this.requireKeys();
      if (!snapshot.couple) throw noSpaceError();
      if (!secrets.coupleKey) throw spaceKeyError();
      return { userId, keys, couple: snapshot.couple, coupleKey: secrets.coupleKey };
    },
    setCouple(couple: Couple | null, coupleKey: Uint8Array | null): void {
      if (secrets.coupleKey && secrets.coupleKey !== coupleKey) wipe(secrets.coupleKey);
      secrets.coupleKey = coupleKey;
      set({ couple });
    },
    clearJoin(): void {
      if (secrets.join) wipe(secrets.join.proof);
      secrets.join = null;
      set({ pendingJoin: null });
    },
    /** Forgets every key (overwritten with zeros) and everything decrypted. */
    wipeAll(phase: VaultPhase): void {
      wipe(secrets.keys?.accountKey, secrets.keys?.identity.secretKey, secrets.coupleKey, secrets.join?.coupleKey, secrets.join?.proof);
      secrets.keys = null;
      secrets.bundle = null;
      secrets.coupleKey = null;
      secrets.join = null;
      snapshot = { ...EMPTY, phase };
      for (const listener of listeners) listener();
    },
  };
}

export type VaultState = ReturnType<typeof createVaultState>;
