import { x25519 } from '@noble/curves/ed25519.js';
import { equalBytes, type RandomBytes } from '../shared/bytes.ts';
import { openWithKey, sealWithKey, KEY_BYTES } from './aead.ts';
import { AD } from './context.ts';
import { cryptoFailure } from './crypto.errors.ts';
import { deriveSubkey, LABELS, splitMasterKey } from './kdf.ts';
import { createIdentityKeyPair, type IdentityKeyPair } from './seal-to.ts';

/** What the server stores for an account's keys: all of it sealed or public. */
export interface StoredKeyBundle {
  wrappedAccountKey: Uint8Array;
  recoveryWrappedAccountKey: Uint8Array;
  identityPublicKey: Uint8Array;
  sealedIdentitySecretKey: Uint8Array;
}

/** What the browser holds in memory while unlocked. */
export interface UnlockedKeys {
  accountKey: Uint8Array;
  identity: IdentityKeyPair;
}

export interface RecoveryKeys {
  /** sent to the server to prove possession of the recovery code; stored only as a slow hash */
  recoveryAuthKey: Uint8Array;
  recoveryWrapKey: Uint8Array;
}

export function splitRecoverySecret(secret: Uint8Array): RecoveryKeys {
  return {
    recoveryAuthKey: deriveSubkey(secret, LABELS.recoveryAuth),
    recoveryWrapKey: deriveSubkey(secret, LABELS.recoveryWrap),
  };
}

/**
 * A new account's keys (DESIGN.md §5.2): a random account key, wrapped twice — by the password's wrap
 * key and by the recovery code's — and an X25519 identity whose secret half is sealed by the account key.
 */
export function createAccountKeys({
  userId,
  wrapKey,
  recoverySecret,
  randomBytes,
}: {
  userId: string;
  wrapKey: Uint8Array;
  recoverySecret: Uint8Array;
  randomBytes: RandomBytes;
}): { unlocked: UnlockedKeys; stored: StoredKeyBundle } {
  const accountKey = randomBytes(KEY_BYTES);
  const identity = createIdentityKeyPair(randomBytes);
  const { recoveryWrapKey } = splitRecoverySecret(recoverySecret);
  return {
    unlocked: { accountKey, identity },
    stored: {
      wrappedAccountKey: sealWithKey({ key: wrapKey, plaintext: accountKey, associatedData: AD.accountKeyByPassword(userId), randomBytes }),
      recoveryWrappedAccountKey: sealWithKey({ key: recoveryWrapKey, plaintext: accountKey, associatedData: AD.accountKeyByRecovery(userId), randomBytes }),
      identityPublicKey: identity.publicKey,
      sealedIdentitySecretKey: sealWithKey({ key: accountKey, plaintext: identity.secretKey, associatedData: AD.identitySecret(userId), randomBytes }),
    },
  };
}

function unlockWithAccountKey(userId: string, accountKey: Uint8Array, bundle: Pick<StoredKeyBundle, 'identityPublicKey' | 'sealedIdentitySecretKey'>): UnlockedKeys {
  const secretKey = openWithKey({ key: accountKey, sealed: bundle.sealedIdentitySecretKey, associatedData: AD.identitySecret(userId) });
  // The public key comes from the server: check it belongs to the secret we just opened.
  if (!equalBytes(x25519.getPublicKey(secretKey), bundle.identityPublicKey)) throw cryptoFailure();
  return { accountKey, identity: { secretKey, publicKey: bundle.identityPublicKey } };
}

export function unlockWithPassword({ userId, master, bundle }: { userId: string; master: Uint8Array; bundle: StoredKeyBundle }): UnlockedKeys {
  const { wrapKey } = splitMasterKey(master);
  const accountKey = openWithKey({ key: wrapKey, sealed: bundle.wrappedAccountKey, associatedData: AD.accountKeyByPassword(userId) });
  return unlockWithAccountKey(userId, accountKey, bundle);
}

export function unlockWithRecoverySecret({ userId, recoverySecret, bundle }: { userId: string; recoverySecret: Uint8Array; bundle: StoredKeyBundle }): UnlockedKeys {
  const { recoveryWrapKey } = splitRecoverySecret(recoverySecret);
  const accountKey = openWithKey({ key: recoveryWrapKey, sealed: bundle.recoveryWrappedAccountKey, associatedData: AD.accountKeyByRecovery(userId) });
  return unlockWithAccountKey(userId, accountKey, bundle);
}

/** Password change and recovery re-wrap the same account key: nothing already written is re-encrypted. */
export function rewrapAccountKey({ userId, accountKey, wrapKey, randomBytes }: { userId: string; accountKey: Uint8Array; wrapKey: Uint8Array; randomBytes: RandomBytes }): Uint8Array {
  return sealWithKey({ key: wrapKey, plaintext: accountKey, associatedData: AD.accountKeyByPassword(userId), randomBytes });
}
