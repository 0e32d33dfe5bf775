/** The only randomness the vault uses: the platform CSPRNG (present in browsers and Node 20). */
export function randomBytes(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

/** Overwrites key material in place so it does not linger in memory after use. */
export function wipe(...keys: Array<Uint8Array | null | undefined>): void {
  for (const key of keys) key?.fill(0);
}
