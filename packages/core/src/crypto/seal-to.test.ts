import fc from 'fast-check';
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { utf8Bytes, utf8Text, type RandomBytes } from '../shared/bytes.ts';
import { NONCE_BYTES, TAG_BYTES } from './aead.ts';
import { createIdentityKeyPair, openSealedToMe, sealToPublicKey, type IdentityKeyPair } from './seal-to.ts';
import { counterRandom, range, expectOpenFailed } from './crypto.test-support.ts';

const fixed = (bytes: Uint8Array): RandomBytes => () => bytes.slice();
function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const copy = bytes.slice();
  copy[index] = (copy[index] ?? 0) ^ 1;
  return copy;
}

const recipient: IdentityKeyPair = createIdentityKeyPair(fixed(range(0xa0, 32)));
const AD_BYTES = utf8Bytes('test/seal-to');
const PLAINTEXT = 'a secret for the recipient only';

/*
 * Expected values from Node's crypto (X25519 via JWK KeyObjects + diffieHellman, hkdfSync, and
 * XChaCha20-Poly1305 built from OpenSSL's chacha20 / chacha20-poly1305), not from @noble.
 */
const SEALED_HEX =
  '8f40c5adb68f25624ae5b214ea767a6ec94d829d3d7b5e1ad1ba6f3e2138285f' + // ephemeral public key of secret 00..1f
  '202122232425262728292a2b2c2d2e2f3031323334353637' + // nonce
  '9b9d9f4e8b6231277eeea8b9a945392a939f53ad1323813b91ba41b2920843d6ea44121ba959e5d80b22595722c84f';

describe('createIdentityKeyPair (X25519)', () => {
  it.each([
    // RFC 7748 §6.1
    ['Alice', '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a', '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a'],
    ['Bob', '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb', 'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'],
  ])('derives the RFC 7748 public key for %s', (_who, secret, publicKey) => {
    const pair = createIdentityKeyPair(fixed(hexToBytes(secret)));
    expect(bytesToHex(pair.secretKey)).toBe(secret);
    expect(bytesToHex(pair.publicKey)).toBe(publicKey);
  });

  it('draws exactly 32 random bytes for the secret', () => {
    const requested: number[] = [];
    createIdentityKeyPair((length) => {
      requested.push(length);
      return new Uint8Array(length).fill(9);
    });
    expect(requested).toEqual([32]);
  });

  it('has the public key Node computes for the test recipient', () => {
    expect(bytesToHex(recipient.publicKey)).toBe('605a725d2a4adfeeb1a29e17edd621c1b7593ee8cdbc44ac6c4ab6e2f805d23c');
  });
});

describe('sealToPublicKey / openSealedToMe', () => {
  const seal = (randomBytes: RandomBytes = counterRandom(0)) =>
    sealToPublicKey({ recipientPublicKey: recipient.publicKey, plaintext: utf8Bytes(PLAINTEXT), associatedData: AD_BYTES, randomBytes });

  it('matches a known answer computed with Node crypto (ephemeral key ‖ nonce ‖ ciphertext ‖ tag)', () => {
    const sealed = seal();
    expect(bytesToHex(sealed)).toBe(SEALED_HEX);
    expect(sealed.length).toBe(32 + NONCE_BYTES + PLAINTEXT.length + TAG_BYTES);
  });

  it('opens the known answer for the recipient', () => {
    expect(utf8Text(openSealedToMe({ identity: recipient, sealed: hexToBytes(SEALED_HEX), associatedData: AD_BYTES }))).toBe(PLAINTEXT);
  });

  it('uses a fresh ephemeral key each time', () => {
    const randomBytes = counterRandom(0);
    const a = seal(randomBytes);
    const b = seal(randomBytes);
    expect(bytesToHex(a.subarray(0, 32))).not.toBe(bytesToHex(b.subarray(0, 32)));
    expect(utf8Text(openSealedToMe({ identity: recipient, sealed: b, associatedData: AD_BYTES }))).toBe(PLAINTEXT);
  });

  it('round-trips for any recipient, plaintext and randomness', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 56, maxLength: 56 }),
        fc.uint8Array({ maxLength: 100 }),
        fc.uint8Array({ maxLength: 20 }),
        (secret, randomness, plaintext, associatedData) => {
          const identity = createIdentityKeyPair(fixed(secret));
          let offset = 0;
          const randomBytes: RandomBytes = (length) => randomness.slice(offset, (offset += length));
          const sealed = sealToPublicKey({ recipientPublicKey: identity.publicKey, plaintext, associatedData, randomBytes });
          expect(openSealedToMe({ identity, sealed, associatedData })).toEqual(plaintext);
        },
      ),
      { seed: 11, numRuns: 100 },
    );
  });
});

describe('openSealedToMe: tampering fails with crypto.open_failed', () => {
  const sealed = hexToBytes(SEALED_HEX);
  const open = (over: Partial<{ identity: IdentityKeyPair; sealed: Uint8Array; associatedData: Uint8Array }>) => () =>
    openSealedToMe({ identity: recipient, sealed, associatedData: AD_BYTES, ...over });

  it.each([
    ['ephemeral public key', 0],
    ['ephemeral public key, last byte', 30],
    ['nonce', 32],
    ['ciphertext', 32 + NONCE_BYTES + 3],
    ['tag', sealed.length - 1],
  ])('a flipped bit in the %s', (_where, index) => {
    expectOpenFailed(open({ sealed: flipBit(sealed, index) }));
  });

  it('another identity', () => {
    expectOpenFailed(open({ identity: createIdentityKeyPair(fixed(range(0xb0, 32))) }));
  });

  it('the right secret key with a public key that is not its own (the key is bound to the recipient public key)', () => {
    const other = createIdentityKeyPair(fixed(range(0xb0, 32)));
    expectOpenFailed(open({ identity: { secretKey: recipient.secretKey, publicKey: other.publicKey } }));
  });

  it('different associated data', () => {
    expectOpenFailed(open({ associatedData: utf8Bytes('test/seal-to2') }));
  });

  it.each([0, 1, 31, 32, 33, 32 + NONCE_BYTES + TAG_BYTES - 1, sealed.length - 1])('truncated to %i bytes', (length) => {
    expectOpenFailed(open({ sealed: sealed.slice(0, length) }));
  });

  it('a low-order ephemeral key (all zeros) is a DomainError, not a library exception', () => {
    const forged = sealed.slice();
    forged.fill(0, 0, 32);
    expectOpenFailed(open({ sealed: forged }));
  });
});
