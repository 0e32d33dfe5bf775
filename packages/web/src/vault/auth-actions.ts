import { fromBase64Url, toBase64Url } from '@mend/core';
import {
  createAccountKeys,
  createRecoverySecret,
  DEFAULT_ARGON2_PARAMS,
  deriveMasterKey,
  formatRecoveryCode,
  parseRecoveryCode,
  rewrapAccountKey,
  splitMasterKey,
  splitRecoverySecret,
  unlockWithPassword,
  unlockWithRecoverySecret,
  type Argon2Params,
} from '@mend/core/crypto/index';
import type { ApiClient, Me } from '../api/api-client.ts';
import { decodeKeyBundle, encodeKeyBundle } from './key-bundle.ts';
import { newId, randomBytes, wipe } from './random.ts';
import { toUserView, type VaultState } from './vault-state.ts';
import { wrongPassword } from './vault-errors.ts';

const SALT_BYTES = 16;
const b64 = toBase64Url;

/** Argon2id over a password; the browser runs it in a worker so the page stays responsive. */
export type DeriveMasterKey = typeof deriveMasterKey;

function createPasswordKeys(deriveMaster: DeriveMasterKey) {
  /** Argon2id over the password, then the two subkeys. */
  async function passwordKeys(password: string, salt: Uint8Array, params: Argon2Params) {
    const master = await deriveMaster({ password, salt, params });
    const keys = splitMasterKey(master);
    return { ...keys, master };
  }

  async function freshPasswordKeys(password: string) {
    const salt = randomBytes(SALT_BYTES);
    const { authKey, wrapKey, master } = await passwordKeys(password, salt, DEFAULT_ARGON2_PARAMS);
    wipe(master);
    return { salt, authKey, wrapKey, kdf: DEFAULT_ARGON2_PARAMS };
  }
  return { passwordKeys, freshPasswordKeys };
}

/**
 * Sign-up, log-in, recovery, password change and account deletion. The password never leaves this
 * device: only `authKey` (an HKDF output of the Argon2id master key) is sent.
 */
export function createAuthActions({
  api,
  state,
  onUnlocked,
  deriveMaster = deriveMasterKey,
}: {
  api: ApiClient;
  state: VaultState;
  onUnlocked: () => Promise<void>;
  deriveMaster?: DeriveMasterKey;
}) {
  const { passwordKeys, freshPasswordKeys } = createPasswordKeys(deriveMaster);
  function unlocked(me: Me, keys: NonNullable<typeof state.secrets.keys>): void {
    state.secrets.keys = keys;
    state.secrets.bundle = me.keys;
    state.set({ phase: 'unlocked', user: toUserView(me) });
  }

  async function currentAuthKey(email: string, password: string): Promise<{ authKey: Uint8Array; master: Uint8Array }> {
    const { salt, kdf } = await api.salt({ email });
    const { authKey, wrapKey, master } = await passwordKeys(password, fromBase64Url(salt), kdf);
    wipe(wrapKey);
    return { authKey, master };
  }

  return {
    /** Creates the account and returns the recovery code, to be shown exactly once. */
    async signUp({ email, displayName, password }: { email: string; displayName: string; password: string }): Promise<string> {
      const { salt, authKey, wrapKey, kdf } = await freshPasswordKeys(password);
      const recoverySecret = createRecoverySecret(randomBytes);
      const { recoveryAuthKey } = splitRecoverySecret(recoverySecret);
      const userId = newId();
      const { unlocked: keys, stored } = createAccountKeys({ userId, wrapKey, recoverySecret, randomBytes });
      const me = await api.signUp({
        userId,
        email,
        displayName,
        salt: b64(salt),
        kdf,
        authKey: b64(authKey),
        recoveryAuthKey: b64(recoveryAuthKey),
        keys: encodeKeyBundle(stored),
      });
      const code = formatRecoveryCode(recoverySecret);
      wipe(wrapKey, recoverySecret);
      unlocked(me, keys);
      return code;
    },

    /** Proves the person saved the recovery code. A typo is caught locally by the code's checksum. */
    async confirmRecoveryCode(code: string): Promise<void> {
      const secret = parseRecoveryCode(code);
      const { recoveryAuthKey, recoveryWrapKey } = splitRecoverySecret(secret);
      await api.confirmRecovery({ recoveryAuthKey: b64(recoveryAuthKey) });
      wipe(secret, recoveryWrapKey);
      const user = state.getSnapshot().user;
      if (user) state.set({ user: { ...user, recoveryConfirmed: true } });
      await onUnlocked();
    },

    async logIn({ email, password }: { email: string; password: string }): Promise<void> {
      const { authKey, master } = await currentAuthKey(email, password);
      try {
        const me = await api.logIn({ email, authKey: b64(authKey) });
        unlocked(me, unlockWithPassword({ userId: me.user.id, master, bundle: decodeKeyBundle(me.keys) }));
      } finally {
        wipe(master);
      }
      await onUnlocked();
    },

    /** After a reload the session cookie survives but the keys do not: unlock them with the password. */
    async unlock(password: string): Promise<void> {
      const me = await api.me();
      const { authKey, master } = await currentAuthKey(me.user.email, password);
      wipe(authKey);
      try {
        unlocked(me, unlockWithPassword({ userId: me.user.id, master, bundle: decodeKeyBundle(me.keys) }));
      } catch {
        throw wrongPassword();
      } finally {
        wipe(master);
      }
      await onUnlocked();
    },

    /** Forgotten password: the recovery code opens the account key, which is re-wrapped for a new password. */
    async recover({ email, recoveryCode, newPassword }: { email: string; recoveryCode: string; newPassword: string }): Promise<void> {
      const recoverySecret = parseRecoveryCode(recoveryCode);
      const { recoveryAuthKey } = splitRecoverySecret(recoverySecret);
      const start = await api.recoverStart({ email, recoveryAuthKey: b64(recoveryAuthKey) });
      const keys = unlockWithRecoverySecret({ userId: start.userId, recoverySecret, bundle: decodeKeyBundle(start.keys) });
      wipe(recoverySecret);
      const fresh = await freshPasswordKeys(newPassword);
      const wrappedAccountKey = rewrapAccountKey({ userId: start.userId, accountKey: keys.accountKey, wrapKey: fresh.wrapKey, randomBytes });
      wipe(fresh.wrapKey);
      const me = await api.recoverComplete({
        email,
        recoveryAuthKey: b64(recoveryAuthKey),
        salt: b64(fresh.salt),
        kdf: fresh.kdf,
        authKey: b64(fresh.authKey),
        wrappedAccountKey: b64(wrappedAccountKey),
      });
      unlocked(me, keys);
      await onUnlocked();
    },

    /** Re-wraps the same account key: nothing already written is re-encrypted. Other sessions end. */
    async changePassword({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }): Promise<void> {
      const { userId, keys } = state.requireKeys();
      const email = state.getSnapshot().user?.email ?? '';
      const current = await currentAuthKey(email, currentPassword);
      wipe(current.master);
      const fresh = await freshPasswordKeys(newPassword);
      const wrappedAccountKey = rewrapAccountKey({ userId, accountKey: keys.accountKey, wrapKey: fresh.wrapKey, randomBytes });
      wipe(fresh.wrapKey);
      await api.changePassword({
        currentAuthKey: b64(current.authKey),
        salt: b64(fresh.salt),
        kdf: fresh.kdf,
        authKey: b64(fresh.authKey),
        wrappedAccountKey: b64(wrappedAccountKey),
      });
    },

    async deleteAccount(password: string): Promise<void> {
      const email = state.getSnapshot().user?.email ?? '';
      const { authKey, master } = await currentAuthKey(email, password);
      wipe(master);
      await api.deleteAccount({ authKey: b64(authKey) });
      state.wipeAll('signed-out');
    },
  };
}
