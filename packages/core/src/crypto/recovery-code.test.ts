import fc from 'fast-check';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import type { RandomBytes } from '../shared/bytes.ts';
import { DomainError } from '../shared/errors.ts';
import { RECOVERY_SECRET_BYTES, createRecoverySecret, formatRecoveryCode, parseRecoveryCode } from './recovery-code.ts';
import { range } from './crypto.test-support.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;
const secret16 = fc.uint8Array({ minLength: 16, maxLength: 16 });

/** Base32-Crockford of secret ‖ SHA-256(secret)[0], computed with Node's createHash and a hand-written encoder. */
const CODE_00_0F = '000G-40R4-0M30-E209-185G-R38E-1YZ0';
const CODE_FF = 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZXD0';

function parseOutcome(code: string): 'rejected' | Uint8Array {
  try {
    return parseRecoveryCode(code);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('auth.recovery_code_invalid');
    return 'rejected';
  }
}
function expectRejected(code: string): void {
  expect(parseOutcome(code)).toBe('rejected');
}

/** Every code that differs from `code` in exactly one character (another letter of the alphabet). */
function substitutions(code: string): Array<{ position: number; code: string }> {
  const out: Array<{ position: number; code: string }> = [];
  const chars = code.replace(/-/g, '');
  for (let position = 0; position < chars.length; position++) {
    for (const replacement of ALPHABET) {
      if (replacement === chars[position]) continue;
      out.push({ position, code: chars.slice(0, position) + replacement + chars.slice(position + 1) });
    }
  }
  return out;
}

describe('recovery code format', () => {
  it('createRecoverySecret draws 16 bytes (128 bits)', () => {
    const requested: number[] = [];
    const randomBytes: RandomBytes = (length) => {
      requested.push(length);
      return range(0, length);
    };
    expect(RECOVERY_SECRET_BYTES).toBe(16);
    expect(createRecoverySecret(randomBytes)).toHaveLength(16);
    expect(requested).toEqual([16]);
  });

  it.each([
    ['00..0f', range(0, 16), CODE_00_0F],
    ['ff..ff', new Uint8Array(16).fill(0xff), CODE_FF],
  ])('matches a known answer for %s', (_name, secret, expected) => {
    expect(formatRecoveryCode(secret)).toBe(expected);
  });

  it('is always 7 groups of 4 Crockford characters and parses back to the secret', () => {
    fc.assert(
      fc.property(secret16, (secret) => {
        const code = formatRecoveryCode(secret);
        expect(code).toMatch(FORMAT);
        expect(bytesToHex(parseRecoveryCode(code))).toBe(bytesToHex(secret));
      }),
      { seed: 1, numRuns: 300 },
    );
  });
});

describe('parseRecoveryCode: forgiving of how people type', () => {
  it.each([
    ['as printed', CODE_00_0F],
    ['lower case', CODE_00_0F.toLowerCase()],
    ['spaces instead of dashes', CODE_00_0F.replace(/-/g, ' ')],
    ['no dashes', CODE_00_0F.replace(/-/g, '')],
    ['surrounding whitespace and a newline', `  ${CODE_00_0F}\n`],
    ['letter O for zero', CODE_00_0F.replace(/0/g, 'O')],
    ['lower-case o for zero', CODE_00_0F.replace(/0/g, 'o')],
    ['letter I for one', CODE_00_0F.replace(/1/g, 'I')],
    ['letter L for one', CODE_00_0F.replace(/1/g, 'L')],
    ['lower-case l and i for one', CODE_00_0F.replace(/1/, 'l').replace(/1/, 'i')],
  ])('accepts the code %s', (_how, typed) => {
    expect(bytesToHex(parseRecoveryCode(typed))).toBe(bytesToHex(range(0, 16)));
  });
});

describe('parseRecoveryCode: rejects typos with auth.recovery_code_invalid', () => {
  it.each([
    ['empty', ''],
    ['one character short', CODE_00_0F.slice(0, -1)],
    ['one character long', `${CODE_00_0F}0`],
    ['one group short', CODE_00_0F.slice(0, -5)],
    ['one group long', `${CODE_00_0F}-0000`],
    ['a U (not in the alphabet)', `U${CODE_00_0F.slice(1)}`],
    ['punctuation', CODE_00_0F.replace('-', '.')],
    ['a non-ASCII letter', `Ø${CODE_00_0F.slice(1)}`],
  ])('%s', (_what, code) => {
    expectRejected(code);
  });

  it('rejects every single-character substitution in the last two characters (they carry only the checksum)', () => {
    const tail = substitutions(CODE_00_0F).filter(({ position }) => position >= 26);
    expect(tail).toHaveLength(2 * 31);
    for (const { code } of tail) expectRejected(code);
  });

  it('catches at least 99% of single-character substitutions, and anything it accepts is a different secret', () => {
    // 12 secrets × 28 positions × 31 replacements = 10 416 typos. A one-byte checksum misses about 1 in 256.
    let total = 0;
    let accepted = 0;
    for (let seed = 0; seed < 12; seed++) {
      const secret = range(seed * 17, 16);
      for (const { code } of substitutions(formatRecoveryCode(secret))) {
        total++;
        const outcome = parseOutcome(code);
        if (outcome !== 'rejected') {
          accepted++;
          expect(bytesToHex(outcome)).not.toBe(bytesToHex(secret));
        }
      }
    }
    expect(total).toBe(12 * 28 * 31);
    expect(accepted / total).toBeLessThanOrEqual(0.01);
  });

  it('catches at least 99% of random single-character typos and swaps of neighbours (property)', () => {
    let total = 0;
    let accepted = 0;
    fc.assert(
      fc.property(secret16, fc.nat(27), fc.nat(30), fc.boolean(), (secret, position, shift, swap) => {
        const chars = formatRecoveryCode(secret).replace(/-/g, '').split('');
        if (swap) {
          const next = (position + 1) % chars.length;
          fc.pre(chars[position] !== chars[next]);
          [chars[position], chars[next]] = [chars[next] ?? '', chars[position] ?? ''];
        } else {
          chars[position] = ALPHABET[(ALPHABET.indexOf(chars[position] ?? '0') + 1 + shift) % 32] ?? '';
        }
        total++;
        if (parseOutcome(chars.join('')) !== 'rejected') accepted++;
      }),
      { seed: 2, numRuns: 600 },
    );
    expect(total).toBeGreaterThan(500);
    expect(accepted / total).toBeLessThanOrEqual(0.01);
  });

  it('never throws anything but the recovery-code error, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (typed) => {
        const outcome = parseOutcome(typed);
        if (outcome !== 'rejected') expect(outcome).toHaveLength(16);
      }),
      { seed: 9, numRuns: 500 },
    );
  });
});
