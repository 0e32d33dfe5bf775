import { base32crockford } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, equalBytes, type RandomBytes } from '../shared/bytes.ts';
import { createErrorFactory } from '../shared/errors.ts';

/** 128 random bits: far beyond guessing, short enough to copy by hand. */
export const RECOVERY_SECRET_BYTES = 16;

export const invalidRecoveryCode = createErrorFactory({
  code: 'auth.recovery_code_invalid',
  userMessage: 'That recovery code has a typo. Check each group of four characters and try again.',
});

export function createRecoverySecret(randomBytes: RandomBytes): Uint8Array {
  return randomBytes(RECOVERY_SECRET_BYTES);
}

/**
 * The secret plus one checksum byte, in Crockford base32 (no I, L, O, U; case-insensitive) grouped by
 * four: 28 characters in 7 groups. The checksum lets the app catch a typo before trying the code.
 */
export function formatRecoveryCode(secret: Uint8Array): string {
  const text = base32crockford.encode(concatBytes(secret, sha256(secret).subarray(0, 1)));
  return (text.match(/.{1,4}/g) ?? []).join('-');
}

export function parseRecoveryCode(code: string): Uint8Array {
  const compact = code.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  let bytes: Uint8Array;
  try {
    bytes = base32crockford.decode(compact);
  } catch {
    throw invalidRecoveryCode();
  }
  if (bytes.length !== RECOVERY_SECRET_BYTES + 1) throw invalidRecoveryCode();
  const secret = bytes.subarray(0, RECOVERY_SECRET_BYTES);
  if (!equalBytes(sha256(secret).subarray(0, 1), bytes.subarray(RECOVERY_SECRET_BYTES))) throw invalidRecoveryCode();
  return secret;
}
