import { x25519 } from '@noble/curves/ed25519.js';
import { concatBytes, type RandomBytes } from '../shared/bytes.ts';
import { openWithKey, sealWithKey } from './aead.ts';
import { cryptoFailure } from './crypto.errors.ts';
import { deriveSubkey, LABELS } from './kdf.ts';

export interface IdentityKeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

export function createIdentityKeyPair(randomBytes: RandomBytes): IdentityKeyPair {
  const secretKey = randomBytes(32);
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

/**
 * Seals a value so only the holder of `recipientPublicKey`'s secret can open it: ephemeral-static
 * X25519, HKDF-SHA256 over the shared secret (salted with both public keys, so the key is bound to this
 * pair), then XChaCha20-Poly1305. Layout: ephemeral public key (32) ‖ nonce ‖ ciphertext ‖ tag.
 */
export function sealToPublicKey({
  recipientPublicKey,
  plaintext,
  associatedData,
  randomBytes,
}: {
  recipientPublicKey: Uint8Array;
  plaintext: Uint8Array;
  associatedData: Uint8Array;
  randomBytes: RandomBytes;
}): Uint8Array {
  const ephemeral = createIdentityKeyPair(randomBytes);
  const key = boxKey(x25519.getSharedSecret(ephemeral.secretKey, recipientPublicKey), ephemeral.publicKey, recipientPublicKey);
  return concatBytes(ephemeral.publicKey, sealWithKey({ key, plaintext, associatedData, randomBytes }));
}

export function openSealedToMe({
  identity,
  sealed,
  associatedData,
}: {
  identity: IdentityKeyPair;
  sealed: Uint8Array;
  associatedData: Uint8Array;
}): Uint8Array {
  if (sealed.length < 32) throw cryptoFailure();
  const ephemeralPublicKey = sealed.subarray(0, 32);
  let shared: Uint8Array;
  try {
    shared = x25519.getSharedSecret(identity.secretKey, ephemeralPublicKey);
  } catch {
    throw cryptoFailure();
  }
  const key = boxKey(shared, ephemeralPublicKey, identity.publicKey);
  return openWithKey({ key, sealed: sealed.subarray(32), associatedData });
}

function boxKey(shared: Uint8Array, ephemeralPublicKey: Uint8Array, recipientPublicKey: Uint8Array): Uint8Array {
  return deriveSubkey(shared, LABELS.sealTo, concatBytes(ephemeralPublicKey, recipientPublicKey));
}
