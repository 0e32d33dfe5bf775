import fc from 'fast-check';
import { hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { computeSafetyCode } from './safety-code.ts';
import { range } from './crypto.test-support.ts';

const COUPLE_KEY = range(0x10, 32);
// X25519 public keys of secrets 01..20 and 02..21 (from Node crypto).
const PK_A = hexToBytes('07a37cbc142093c8b755dc1b10e86cb426374ad16aa853ed0bdfc0b2b86d1c7c');
const PK_B = hexToBytes('ab9f2628c325c141e9fb2430f106850f62930bc3f0b12df39a9b84a49c7c1d12');
const FORMAT = /^\d{4} \d{4} \d{4} \d{4} \d{4}$/;
const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

function flipBit(bytes: Uint8Array, index: number, bit = 0): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ (1 << bit);
  return copy;
}

describe('computeSafetyCode', () => {
  it('matches a known answer: HKDF(coupleKey, salt = sorted public keys, "mend/safety-code/v1"), 3 bytes mod 10⁴ per group', () => {
    // Computed with Node: hkdfSync('sha256', coupleKey, pkA ‖ pkB, label, 32), readUIntBE(3i, 3) % 10000.
    expect(computeSafetyCode({ coupleKey: COUPLE_KEY, publicKeys: [PK_A, PK_B] })).toBe('6484 7280 4330 7179 9834');
  });

  it('is the same for both partners whichever order they list the keys in', () => {
    expect(computeSafetyCode({ coupleKey: COUPLE_KEY, publicKeys: [PK_B, PK_A] })).toBe('6484 7280 4330 7179 9834');
    fc.assert(
      fc.property(key32, key32, key32, (coupleKey, a, b) => {
        expect(computeSafetyCode({ coupleKey, publicKeys: [a, b] })).toBe(computeSafetyCode({ coupleKey, publicKeys: [b, a] }));
      }),
      { seed: 3, numRuns: 200 },
    );
  });

  it('is always 5 groups of 4 digits', () => {
    fc.assert(
      fc.property(key32, key32, key32, (coupleKey, a, b) => {
        expect(computeSafetyCode({ coupleKey, publicKeys: [a, b] })).toMatch(FORMAT);
      }),
      { seed: 4, numRuns: 200 },
    );
  });

  it.each([
    ['the couple key differs by one bit', { coupleKey: flipBit(COUPLE_KEY, 0), publicKeys: [PK_A, PK_B] as [Uint8Array, Uint8Array] }],
    ['the couple key differs in its last byte', { coupleKey: flipBit(COUPLE_KEY, 31, 7), publicKeys: [PK_A, PK_B] as [Uint8Array, Uint8Array] }],
    ["A's public key differs", { coupleKey: COUPLE_KEY, publicKeys: [flipBit(PK_A, 5), PK_B] as [Uint8Array, Uint8Array] }],
    ["B's public key differs", { coupleKey: COUPLE_KEY, publicKeys: [PK_A, flipBit(PK_B, 31)] as [Uint8Array, Uint8Array] }],
    ["B's key was replaced by a copy of A's", { coupleKey: COUPLE_KEY, publicKeys: [PK_A, PK_A] as [Uint8Array, Uint8Array] }],
  ])('differs when %s', (_what, input) => {
    expect(computeSafetyCode(input)).not.toBe('6484 7280 4330 7179 9834');
  });

  it('differs when any single bit of the couple key or of either public key changes', () => {
    fc.assert(
      fc.property(key32, key32, key32, fc.integer({ min: 0, max: 3 * 256 - 1 }), (coupleKey, a, b, bitIndex) => {
        const before = computeSafetyCode({ coupleKey, publicKeys: [a, b] });
        const which = Math.floor(bitIndex / 256);
        const byte = Math.floor((bitIndex % 256) / 8);
        const bit = bitIndex % 8;
        const after =
          which === 0
            ? computeSafetyCode({ coupleKey: flipBit(coupleKey, byte, bit), publicKeys: [a, b] })
            : which === 1
              ? computeSafetyCode({ coupleKey, publicKeys: [flipBit(a, byte, bit), b] })
              : computeSafetyCode({ coupleKey, publicKeys: [a, flipBit(b, byte, bit)] });
        expect(after).not.toBe(before);
      }),
      { seed: 6, numRuns: 300 },
    );
  });
});
