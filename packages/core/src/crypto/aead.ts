import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { concatBytes, type RandomBytes } from '../shared/bytes.ts';
import { cryptoFailure } from './crypto.errors.ts';

export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/**
 * XChaCha20-Poly1305 with a random 192-bit nonce (safe to draw at random for any number of messages).
 * Output layout: nonce ‖ ciphertext ‖ tag. The associated data is authenticated, not stored: the reader
 * must rebuild it from what they expect the ciphertext to be (record id, kind, author…), so a
 * ciphertext moved to another context fails to open.
 */
export function sealWithKey({
  key,
  plaintext,
  associatedData,
  randomBytes,
}: {
  key: Uint8Array;
  plaintext: Uint8Array;
  associatedData: Uint8Array;
  randomBytes: RandomBytes;
}): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  return concatBytes(nonce, xchacha20poly1305(key, nonce, associatedData).encrypt(plaintext));
}

export function openWithKey({
  key,
  sealed,
  associatedData,
}: {
  key: Uint8Array;
  sealed: Uint8Array;
  associatedData: Uint8Array;
}): Uint8Array {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) throw cryptoFailure();
  try {
    return xchacha20poly1305(key, sealed.subarray(0, NONCE_BYTES), associatedData).decrypt(
      sealed.subarray(NONCE_BYTES),
    );
  } catch {
    throw cryptoFailure();
  }
}

/** The nonce of a sealed value: the server uses it to refuse a ciphertext it has already stored. */
export function nonceOf(sealed: Uint8Array): Uint8Array {
  return sealed.subarray(0, NONCE_BYTES);
}
