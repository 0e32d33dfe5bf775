import { argon2id } from 'hash-wasm';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8Bytes } from '../shared/bytes.ts';

export interface Argon2Params {
  /** memory in KiB */
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

/** OWASP's floor is m=19 MiB, t=2; DESIGN.md asks for at least 64 MiB, t=3, p=1. */
export const DEFAULT_ARGON2_PARAMS: Argon2Params = { memoryKiB: 65536, iterations: 3, parallelism: 1 };
export const MIN_ARGON2_PARAMS: Argon2Params = { memoryKiB: 65536, iterations: 3, parallelism: 1 };

/** Domain-separation labels: one per derived key, versioned so a future change cannot collide. */
export const LABELS = {
  auth: 'mend/auth/v1',
  wrap: 'mend/wrap/v1',
  recoveryAuth: 'mend/recovery-auth/v1',
  recoveryWrap: 'mend/recovery-wrap/v1',
  sealTo: 'mend/seal-to/v1',
  inviteKey: 'mend/invite/key/v1',
  inviteProof: 'mend/invite/proof/v1',
  safetyCode: 'mend/safety-code/v1',
} as const;

export function deriveSubkey(inputKey: Uint8Array, label: string, salt?: Uint8Array): Uint8Array {
  return hkdf(sha256, inputKey, salt, utf8Bytes(label), 32);
}

/** Argon2id over the password: the slow step that makes guessing a password expensive. */
export async function deriveMasterKey({
  password,
  salt,
  params,
}: {
  password: string;
  salt: Uint8Array;
  params: Argon2Params;
}): Promise<Uint8Array> {
  return argon2id({
    password: password.normalize('NFC'),
    salt,
    memorySize: params.memoryKiB,
    iterations: params.iterations,
    parallelism: params.parallelism,
    hashLength: 32,
    outputType: 'binary',
  });
}

export interface PasswordKeys {
  /** sent to the server to log in; the server keeps only a slow hash of it */
  authKey: Uint8Array;
  /** wraps the account key; never leaves the device */
  wrapKey: Uint8Array;
}

export function splitMasterKey(master: Uint8Array): PasswordKeys {
  return { authKey: deriveSubkey(master, LABELS.auth), wrapKey: deriveSubkey(master, LABELS.wrap) };
}

export async function derivePasswordKeys(input: {
  password: string;
  salt: Uint8Array;
  params: Argon2Params;
}): Promise<PasswordKeys> {
  return splitMasterKey(await deriveMasterKey(input));
}
