import { expect } from 'vitest';
import type { RandomBytes } from '../shared/bytes.ts';
import { DomainError } from '../shared/errors.ts';

/** Deterministic "randomness" for known-answer tests: bytes start, start+1, … (mod 256), across calls. */
export function counterRandom(start = 0): RandomBytes {
  let next = start;
  return (length) => Uint8Array.from({ length }, () => next++ & 0xff);
}

/** `length` bytes counting up from `start` (mod 256): readable fixed keys and nonces. */
export const range = (start: number, length: number): Uint8Array => Uint8Array.from({ length }, (_, i) => (start + i) & 0xff);

/** Runs `open` and checks it failed the one way every failure to open must: crypto.open_failed. */
export function expectOpenFailed(open: () => unknown): DomainError {
  let caught: unknown;
  try {
    open();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  expect((caught as DomainError).code).toBe('crypto.open_failed');
  return caught as DomainError;
}
