import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/errors.ts';
import { utf8Bytes, utf8Text } from '../shared/bytes.ts';
import { KEY_BYTES, NONCE_BYTES, TAG_BYTES, nonceOf, openWithKey, sealWithKey } from './aead.ts';
import { counterRandom, range, expectOpenFailed } from './crypto.test-support.ts';

/** Consecutive bytes start, start+1, … across calls: deterministic and easy to read in hex. */



function flipBit(bytes: Uint8Array, index: number, bit = 0): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ (1 << bit);
  return copy;
}

// draft-irtf-cfrg-xchacha-03, appendix A.3.1 (AEAD_XChaCha20_Poly1305 test vector).
const VECTOR = {
  key: range(0x80, 32),
  nonce: range(0x40, 24),
  aad: hexToBytes('50515253c0c1c2c3c4c5c6c7'),
  plaintext: utf8Bytes("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."),
  ciphertext:
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39' +
    'ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9' +
    '21f9664c97637da9768812f615c68b13b52e',
  tag: 'c0875924c1c7987947deafd8780acf49',
};

function sealVector(): Uint8Array {
  const requested: number[] = [];
  const sealed = sealWithKey({
    key: VECTOR.key,
    plaintext: VECTOR.plaintext,
    associatedData: VECTOR.aad,
    randomBytes: (length) => {
      requested.push(length);
      return VECTOR.nonce.slice();
    },
  });
  expect(requested).toEqual([NONCE_BYTES]);
  return sealed;
}

describe('aead: XChaCha20-Poly1305', () => {
  it('uses the sizes of XChaCha20-Poly1305', () => {
    expect({ NONCE_BYTES, TAG_BYTES, KEY_BYTES }).toEqual({ NONCE_BYTES: 24, TAG_BYTES: 16, KEY_BYTES: 32 });
  });

  it('matches the published draft-irtf-cfrg-xchacha A.3.1 vector, laid out nonce ‖ ciphertext ‖ tag', () => {
    expect(bytesToHex(sealVector())).toBe(bytesToHex(VECTOR.nonce) + VECTOR.ciphertext + VECTOR.tag);
  });

  it('opens the published vector back to the plaintext', () => {
    const sealed = hexToBytes(bytesToHex(VECTOR.nonce) + VECTOR.ciphertext + VECTOR.tag);
    const opened = openWithKey({ key: VECTOR.key, sealed, associatedData: VECTOR.aad });
    expect(utf8Text(opened)).toBe("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it.");
  });

  it('nonceOf returns the first 24 bytes of a sealed value', () => {
    expect(bytesToHex(nonceOf(sealVector()))).toBe(bytesToHex(VECTOR.nonce));
  });

  it.each([0, 1, 15, 16, 63, 64, 65, 1000])('round-trips a %i-byte plaintext and adds exactly nonce + tag', (length) => {
    const key = range(7, 32);
    const plaintext = range(200, length);
    const associatedData = utf8Bytes('ad');
    const sealed = sealWithKey({ key, plaintext, associatedData, randomBytes: counterRandom(1) });
    expect(sealed.length).toBe(NONCE_BYTES + length + TAG_BYTES);
    expect(openWithKey({ key, sealed, associatedData })).toEqual(plaintext);
  });

  it('draws a fresh nonce per message, so the same plaintext seals differently', () => {
    const randomBytes = counterRandom(0);
    const input = { key: VECTOR.key, plaintext: VECTOR.plaintext, associatedData: VECTOR.aad, randomBytes };
    const a = sealWithKey(input);
    const b = sealWithKey(input);
    expect(bytesToHex(nonceOf(a))).not.toBe(bytesToHex(nonceOf(b)));
    expect(bytesToHex(a.subarray(NONCE_BYTES))).not.toBe(bytesToHex(b.subarray(NONCE_BYTES)));
  });
});

describe('aead: tampering fails with crypto.open_failed', () => {
  const sealed = hexToBytes(bytesToHex(VECTOR.nonce) + VECTOR.ciphertext + VECTOR.tag);
  const open = (over: Partial<{ key: Uint8Array; sealed: Uint8Array; associatedData: Uint8Array }>) => () =>
    openWithKey({ key: VECTOR.key, sealed, associatedData: VECTOR.aad, ...over });
  const tagStart = sealed.length - TAG_BYTES;

  it.each([
    ['nonce, first byte', 0],
    ['nonce, last byte', NONCE_BYTES - 1],
    ['ciphertext, first byte', NONCE_BYTES],
    ['ciphertext, middle byte', NONCE_BYTES + 50],
    ['ciphertext, last byte', tagStart - 1],
    ['tag, first byte', tagStart],
    ['tag, last byte', sealed.length - 1],
  ])('a flipped bit in the %s', (_where, index) => {
    expectOpenFailed(open({ sealed: flipBit(sealed, index) }));
  });

  it('every single-bit flip anywhere in the sealed value', () => {
    let failures = 0;
    for (let index = 0; index < sealed.length; index++) {
      for (let bit = 0; bit < 8; bit++) {
        try {
          openWithKey({ key: VECTOR.key, sealed: flipBit(sealed, index, bit), associatedData: VECTOR.aad });
        } catch (error) {
          if (error instanceof DomainError && error.code === 'crypto.open_failed') failures++;
        }
      }
    }
    expect(failures).toBe(sealed.length * 8);
  });

  it('a wrong key (one bit different)', () => {
    expectOpenFailed(open({ key: flipBit(VECTOR.key, 31, 7) }));
  });

  it.each([
    ['one bit different', flipBit(VECTOR.aad, 0)],
    ['empty', new Uint8Array(0)],
    ['one byte longer', Uint8Array.of(...VECTOR.aad, 0)],
    ['one byte shorter', VECTOR.aad.subarray(1)],
  ])('different associated data: %s', (_what, associatedData) => {
    expectOpenFailed(open({ associatedData }));
  });

  it('every truncation, including ones shorter than nonce + tag', () => {
    for (let length = 0; length < sealed.length; length++) {
      expectOpenFailed(open({ sealed: sealed.slice(0, length) }));
    }
  });

  it('an appended byte', () => {
    expectOpenFailed(open({ sealed: Uint8Array.of(...sealed, 0) }));
  });

  it('every failure carries the same user message, so it does not say which check failed', () => {
    const messages = new Set([
      expectOpenFailed(open({ sealed: sealed.slice(0, 3) })).userMessage,
      expectOpenFailed(open({ key: new Uint8Array(32) })).userMessage,
      expectOpenFailed(open({ associatedData: new Uint8Array(0) })).userMessage,
    ]);
    expect(messages.size).toBe(1);
  });
});
