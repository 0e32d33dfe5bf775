import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { kdfParamsSchema } from '../auth/auth.schemas.ts';
import { DEFAULT_ARGON2_PARAMS, LABELS, MIN_ARGON2_PARAMS, deriveMasterKey, derivePasswordKeys, deriveSubkey, splitMasterKey } from './kdf.ts';
import { range } from './crypto.test-support.ts';

const SMALL = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
const SALT = range(0, 16);
const PASSWORD = 'correct horse battery staple';

/*
 * Expected values below were computed with independent implementations, not with this module:
 * HKDF with Node's `crypto.hkdfSync('sha256', ikm, salt, label, 32)`, Argon2id with `@noble/hashes/argon2`
 * (`argon2id(password, salt, { t, m, p, dkLen: 32 })`), whereas kdf.ts uses @noble/hashes HKDF and hash-wasm.
 */
describe('deriveSubkey (HKDF-SHA256)', () => {
  const ikm = range(0, 32);

  it.each([
    ['auth', 'mend/auth/v1', 'ca62d1f8b0f6c2b2d28779ab507961236f8ccc986ff817db98e6eb04792ed064'],
    ['wrap', 'mend/wrap/v1', 'e03fe9830fe63ee6f7663dfaedc8613103bb205baf583be80ac6a3e99ad45e9c'],
    ['recoveryAuth', 'mend/recovery-auth/v1', '4fab447b6d087c66493abeb82e00c98f5371f2d60359f1e6a5362a088efe2cf9'],
    ['recoveryWrap', 'mend/recovery-wrap/v1', '4559987f6df04f546053d357654eed85406c7448740f85c5b37f27a2f7ae7e07'],
    ['sealTo', 'mend/seal-to/v1', 'aa51a350e31b81d9c40ed7432277751e4b0e08fb13d575cc58f9c7e8d910367c'],
    ['inviteKey', 'mend/invite/key/v1', '77e4e182dc0b2e2a0e113f64200ef5f225a4c73ac443c30063ecfa03f8ce215d'],
    ['inviteProof', 'mend/invite/proof/v1', '427fc584755164b474ad820a6b9767a4514c20bfc07764c5ccd5cbb2f3bd8795'],
    ['safetyCode', 'mend/safety-code/v1', '1bb1fb745068a8793933661a805f45b49e56ea2a467d046368de314615a81774'],
  ] as const)('label %s is %s and derives the Node hkdfSync value', (name, label, expected) => {
    expect(LABELS[name]).toBe(label);
    expect(bytesToHex(deriveSubkey(ikm, LABELS[name]))).toBe(expected);
  });

  it('has one distinct label per derived key', () => {
    const labels = Object.values(LABELS);
    expect(new Set(labels).size).toBe(labels.length);
    for (const label of labels) expect(label).toMatch(/^mend\/[a-z/-]+\/v\d+$/);
  });

  it('uses the salt when one is given', () => {
    expect(bytesToHex(deriveSubkey(ikm, LABELS.auth, range(0xf0, 16)))).toBe('1871bd465671f073b6193c93bf50c5c876302e5ee7b9c8a699e5df33c1c5c749');
  });
});

describe('deriveMasterKey (Argon2id via hash-wasm)', () => {
  it('matches an independent Argon2id implementation (m=1024 KiB, t=1, p=1)', async () => {
    const master = await deriveMasterKey({ password: PASSWORD, salt: SALT, params: SMALL });
    expect(bytesToHex(master)).toBe('f0d1525842159cef972608e2f8bc1cb2c8230f81eea76f124789f6beb42403b2');
  });

  it('passes iterations and parallelism through (m=1024 KiB, t=2, p=2)', async () => {
    const master = await deriveMasterKey({ password: PASSWORD, salt: SALT, params: { memoryKiB: 1024, iterations: 2, parallelism: 2 } });
    expect(bytesToHex(master)).toBe('8a771af79764de58b1a47299b9e39f04473da40db38fbf891e88c55cb6100805');
  });

  it('normalises the password to NFC, so é typed either way unlocks the same account', async () => {
    const composed = await deriveMasterKey({ password: 'caf\u00e9', salt: SALT, params: SMALL });
    const decomposed = await deriveMasterKey({ password: 'cafe\u0301', salt: SALT, params: SMALL });
    expect(bytesToHex(composed)).toBe('58e248960485477c5f0b456196a3838559a0ed0a4e379dc09c60d86a36a99839');
    expect(bytesToHex(decomposed)).toBe(bytesToHex(composed));
  });

  it('depends on the salt and on the password', async () => {
    const base = bytesToHex(await deriveMasterKey({ password: PASSWORD, salt: SALT, params: SMALL }));
    const otherSalt = bytesToHex(await deriveMasterKey({ password: PASSWORD, salt: range(1, 16), params: SMALL }));
    const otherPassword = bytesToHex(await deriveMasterKey({ password: `${PASSWORD}!`, salt: SALT, params: SMALL }));
    expect(new Set([base, otherSalt, otherPassword]).size).toBe(3);
  });

  it('defaults to at least the parameters DESIGN.md §5.1 asks for (m ≥ 64 MiB, t ≥ 3, p = 1)', () => {
    for (const params of [DEFAULT_ARGON2_PARAMS, MIN_ARGON2_PARAMS]) {
      expect(params.memoryKiB).toBeGreaterThanOrEqual(65536);
      expect(params.iterations).toBeGreaterThanOrEqual(3);
      expect(params.parallelism).toBe(1);
    }
    expect(DEFAULT_ARGON2_PARAMS.memoryKiB).toBeGreaterThanOrEqual(MIN_ARGON2_PARAMS.memoryKiB);
    expect(DEFAULT_ARGON2_PARAMS.iterations).toBeGreaterThanOrEqual(MIN_ARGON2_PARAMS.iterations);
    // The server refuses parameters below its floor; the defaults must pass it.
    expect(kdfParamsSchema.safeParse(DEFAULT_ARGON2_PARAMS).success).toBe(true);
    expect(kdfParamsSchema.safeParse(SMALL).success).toBe(false);
  });
});

describe('splitMasterKey / derivePasswordKeys', () => {
  const master = hexToBytes('f0d1525842159cef972608e2f8bc1cb2c8230f81eea76f124789f6beb42403b2');

  it('derives authKey and wrapKey with HKDF labels mend/auth/v1 and mend/wrap/v1 (Node hkdfSync values)', () => {
    const { authKey, wrapKey } = splitMasterKey(master);
    expect(bytesToHex(authKey)).toBe('d41d3237ee98ab938e732018b0ea74466204703b09ec36953879bb7d260f57b4');
    expect(bytesToHex(wrapKey)).toBe('788afc30aa4604528126ff872102d8159f35e03aedd39830f1d9e6c9fbc531a3');
  });

  it('never sends the wrap key: the auth key differs from it and from the master', () => {
    const { authKey, wrapKey } = splitMasterKey(master);
    expect(new Set([bytesToHex(authKey), bytesToHex(wrapKey), bytesToHex(master)]).size).toBe(3);
  });

  it('derivePasswordKeys = splitMasterKey(Argon2id(password, salt))', async () => {
    const keys = await derivePasswordKeys({ password: PASSWORD, salt: SALT, params: SMALL });
    expect(bytesToHex(keys.authKey)).toBe('d41d3237ee98ab938e732018b0ea74466204703b09ec36953879bb7d260f57b4');
    expect(bytesToHex(keys.wrapKey)).toBe('788afc30aa4604528126ff872102d8159f35e03aedd39830f1d9e6c9fbc531a3');
  });
});
