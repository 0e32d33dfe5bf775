/**
 * Property tests against independent implementations: Node's crypto (OpenSSL) for HKDF, SHA-256, X25519
 * and ChaCha20-Poly1305, and @noble/hashes' Argon2id against hash-wasm. Random inputs catch what a
 * handful of fixed vectors can miss (a length off by one, a salt dropped, a key half swapped).
 */
import fc from 'fast-check';
import { argon2id as nobleArgon2id } from '@noble/hashes/argon2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { concatBytes, fromBase64Url, toBase64Url, utf8Bytes, type RandomBytes } from '../shared/bytes.ts';
import { sealWithKey } from './aead.ts';
import { deriveMasterKey, deriveSubkey, LABELS } from './kdf.ts';
import { formatRecoveryCode } from './recovery-code.ts';
import { createIdentityKeyPair, sealToPublicKey } from './seal-to.ts';

/** The few Node crypto calls used here; core's tsconfig has no Node types (core also runs in browsers). */
interface NodeCipher {
  update(data: Uint8Array): Uint8Array;
  final(): Uint8Array;
  setAAD(data: Uint8Array, options: { plaintextLength: number }): void;
  getAuthTag(): Uint8Array;
}
interface NodeCrypto {
  hkdfSync(digest: 'sha256', ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): ArrayBuffer;
  createHash(algorithm: 'sha256'): { update(data: Uint8Array): { digest(): Uint8Array } };
  createCipheriv(algorithm: string, key: Uint8Array, iv: Uint8Array, options?: { authTagLength: number }): NodeCipher;
  createPrivateKey(input: { key: Record<string, string>; format: 'jwk' }): unknown;
  createPublicKey(input: unknown): { export(options: { format: 'jwk' }): { x?: string } };
  diffieHellman(input: { privateKey: unknown; publicKey: unknown }): Uint8Array;
}
const nodeCrypto = (await import('node:crypto' as string)) as NodeCrypto;

const nodeHkdf = (ikm: Uint8Array, salt: Uint8Array, label: string) => new Uint8Array(nodeCrypto.hkdfSync('sha256', ikm, salt, utf8Bytes(label), 32));

function nodeX25519Public(secret: Uint8Array): Uint8Array {
  const privateKey = nodeCrypto.createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: toBase64Url(secret), x: toBase64Url(new Uint8Array(32)) }, format: 'jwk' });
  return fromBase64Url(nodeCrypto.createPublicKey(privateKey).export({ format: 'jwk' }).x ?? '');
}
function nodeX25519Shared(secret: Uint8Array, publicKey: Uint8Array): Uint8Array {
  const jwk = { kty: 'OKP', crv: 'X25519', d: toBase64Url(secret), x: toBase64Url(nodeX25519Public(secret)) };
  return nodeCrypto.diffieHellman({
    privateKey: nodeCrypto.createPrivateKey({ key: jwk, format: 'jwk' }),
    publicKey: nodeCrypto.createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: toBase64Url(publicKey) }, format: 'jwk' }),
  });
}

/** HChaCha20 from OpenSSL's ChaCha20: block 0 with the 16-byte nonce as words 12–15, minus the input state. */
function nodeHChaCha20(key: Uint8Array, nonce16: Uint8Array): Uint8Array {
  const block = nodeCrypto.createCipheriv('chacha20', key, nonce16).update(new Uint8Array(64));
  const state = concatBytes(utf8Bytes('expand 32-byte k'), key, nonce16);
  const word = (bytes: Uint8Array, i: number) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(i * 4, true);
  const out = new Uint8Array(32);
  const view = new DataView(out.buffer);
  [0, 1, 2, 3, 12, 13, 14, 15].forEach((w, i) => view.setUint32(i * 4, (word(block, w) - word(state, w)) >>> 0, true));
  return out;
}
function nodeXChaChaSeal(key: Uint8Array, nonce: Uint8Array, aad: Uint8Array, plaintext: Uint8Array): Uint8Array {
  const cipher = nodeCrypto.createCipheriv('chacha20-poly1305', nodeHChaCha20(key, nonce.subarray(0, 16)), concatBytes(new Uint8Array(4), nonce.subarray(16)), {
    authTagLength: 16,
  });
  cipher.setAAD(aad, { plaintextLength: plaintext.length });
  return concatBytes(nonce, cipher.update(plaintext), cipher.final(), cipher.getAuthTag());
}

const bytes = (length: number) => fc.uint8Array({ minLength: length, maxLength: length });
const replay = (randomness: Uint8Array): RandomBytes => {
  let offset = 0;
  return (length) => randomness.slice(offset, (offset += length));
};

describe('core crypto agrees with independent implementations', () => {
  it('the Node reference reproduces the HChaCha20 vector of draft-irtf-cfrg-xchacha §2.2.1 (so it can be trusted below)', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i);
    const nonce = Uint8Array.from([0, 0, 0, 9, 0, 0, 0, 0x4a, 0, 0, 0, 0, 0x31, 0x41, 0x59, 0x27]);
    expect(bytesToHex(nodeHChaCha20(key, nonce))).toBe('82413b4227b27bfed30e42508a877d73a0f9e4d58a74a853c12ec41326d3ecdc');
  });

  it('deriveSubkey = Node hkdfSync for any key, salt and label', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.uint8Array({ maxLength: 64 }), fc.constantFrom(...Object.values(LABELS)), (ikm, salt, label) => {
        expect(bytesToHex(deriveSubkey(ikm, label, salt))).toBe(bytesToHex(nodeHkdf(ikm, salt, label)));
      }),
      { seed: 21, numRuns: 200 },
    );
  });

  it('sealWithKey = XChaCha20-Poly1305 built from OpenSSL for any key, nonce, AD and plaintext', () => {
    fc.assert(
      fc.property(bytes(32), bytes(24), fc.uint8Array({ maxLength: 40 }), fc.uint8Array({ maxLength: 300 }), (key, nonce, aad, plaintext) => {
        const sealed = sealWithKey({ key, plaintext, associatedData: aad, randomBytes: () => nonce.slice() });
        expect(bytesToHex(sealed)).toBe(bytesToHex(nodeXChaChaSeal(key, nonce, aad, plaintext)));
      }),
      { seed: 22, numRuns: 200 },
    );
  });

  it('X25519 public keys match Node for any secret', () => {
    fc.assert(
      fc.property(bytes(32), (secret) => {
        expect(bytesToHex(createIdentityKeyPair(() => secret.slice()).publicKey)).toBe(bytesToHex(nodeX25519Public(secret)));
      }),
      { seed: 23, numRuns: 100 },
    );
  });

  it('sealToPublicKey = ephemeral X25519 (Node) → HKDF(salt = ephemeral ‖ recipient) → XChaCha20-Poly1305', () => {
    fc.assert(
      fc.property(bytes(32), bytes(56), fc.uint8Array({ maxLength: 64 }), fc.uint8Array({ maxLength: 16 }), (recipientSecret, randomness, plaintext, aad) => {
        const recipientPublic = nodeX25519Public(recipientSecret);
        const sealed = sealToPublicKey({ recipientPublicKey: recipientPublic, plaintext, associatedData: aad, randomBytes: replay(randomness) });
        const ephemeralSecret = randomness.subarray(0, 32);
        const ephemeralPublic = nodeX25519Public(ephemeralSecret);
        const key = nodeHkdf(nodeX25519Shared(ephemeralSecret, recipientPublic), concatBytes(ephemeralPublic, recipientPublic), 'mend/seal-to/v1');
        const expected = concatBytes(ephemeralPublic, nodeXChaChaSeal(key, randomness.subarray(32, 56), aad, plaintext));
        expect(bytesToHex(sealed)).toBe(bytesToHex(expected));
      }),
      { seed: 24, numRuns: 60 },
    );
  });

  it('the recovery code ends in the first byte of Node SHA-256 of the secret', () => {
    // 17 bytes = 136 bits in 28 characters (140 bits): character 26 holds checksum bits 1–5 counted from the
    // most significant (value (c >> 1) & 31), character 27 holds its lowest bit followed by 4 zero bits.
    const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    fc.assert(
      fc.property(bytes(16), (secret) => {
        const checksum = nodeCrypto.createHash('sha256').update(secret).digest()[0] ?? -1;
        const tail = formatRecoveryCode(secret).slice(-2);
        expect(tail).toBe(`${crockford[(checksum >> 1) & 31]}${crockford[(checksum & 1) << 4]}`);
      }),
      { seed: 25, numRuns: 200 },
    );
  });

  it('Argon2id from hash-wasm = Argon2id from @noble/hashes for random passwords and salts (small parameters)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 20 }), bytes(16), fc.constantFrom(1, 2), async (password, salt, parallelism) => {
        const params = { memoryKiB: 256, iterations: 1, parallelism };
        const ours = await deriveMasterKey({ password, salt, params });
        const theirs = nobleArgon2id(utf8Bytes(password.normalize('NFC')), salt, { t: 1, m: 256, p: parallelism, dkLen: 32 });
        expect(bytesToHex(ours)).toBe(bytesToHex(theirs));
      }),
      { seed: 26, numRuns: 8 },
    );
  });
});
