import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { keyBundleSchema } from '../auth/auth.schemas.ts';
import { toBase64Url } from '../shared/bytes.ts';
import { deriveMasterKey, splitMasterKey } from './kdf.ts';
import { createAccountKeys, rewrapAccountKey, splitRecoverySecret, unlockWithPassword, unlockWithRecoverySecret, type StoredKeyBundle } from './keys.ts';
import { createIdentityKeyPair } from './seal-to.ts';
import { counterRandom, range, expectOpenFailed } from './crypto.test-support.ts';

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let start = 0; start + needle.length <= haystack.length; start++) {
    for (let i = 0; i < needle.length; i++) if (haystack[start + i] !== needle[i]) continue outer;
    return true;
  }
  return false;
}

const USER = 'user-1';
/** Argon2id('correct horse battery staple', 00..0f, m=1024, t=1, p=1): see kdf.test.ts. */
const MASTER = hexToBytes('f0d1525842159cef972608e2f8bc1cb2c8230f81eea76f124789f6beb42403b2');
const RECOVERY_SECRET = range(0xc0, 16);

function createFixed() {
  return createAccountKeys({ userId: USER, wrapKey: splitMasterKey(MASTER).wrapKey, recoverySecret: RECOVERY_SECRET, randomBytes: counterRandom(0) });
}

/* Expected values from Node crypto (hkdfSync, X25519 KeyObjects, OpenSSL chacha20-poly1305 + HChaCha20). */
describe('createAccountKeys: known answer', () => {
  it('splits the recovery secret with HKDF labels mend/recovery-auth/v1 and mend/recovery-wrap/v1', () => {
    const { recoveryAuthKey, recoveryWrapKey } = splitRecoverySecret(RECOVERY_SECRET);
    expect(bytesToHex(recoveryAuthKey)).toBe('e2c0829327e9b969dad0ecad1a11c7765e3b83048d4b722dddb4a6d890c4783d');
    expect(bytesToHex(recoveryWrapKey)).toBe('2f523cdb60c7f7b291cd2f44cd11b86df6baa51c037c4dadc404e0b5125a69de');
  });

  it('draws the account key, then the identity secret, then one nonce per sealed value', () => {
    const { unlocked, stored } = createFixed();
    expect(bytesToHex(unlocked.accountKey)).toBe(bytesToHex(range(0x00, 32)));
    expect(bytesToHex(unlocked.identity.secretKey)).toBe(bytesToHex(range(0x20, 32)));
    expect(bytesToHex(stored.identityPublicKey)).toBe('358072d6365880d1aeea329adf9121383851ed21a28e3b75e965d0d2cd166254');
    expect(bytesToHex(unlocked.identity.publicKey)).toBe(bytesToHex(stored.identityPublicKey));
    expect(bytesToHex(stored.wrappedAccountKey)).toBe(
      '404142434445464748494a4b4c4d4e4f5051525354555657eb7420e394887fc79e93d89547309fea9b3b8f8d0f4dbc55c3a97de7cfa566b16b72ccba95a0fc8092356602fe2bfd94',
    );
    expect(bytesToHex(stored.recoveryWrappedAccountKey)).toBe(
      '58595a5b5c5d5e5f606162636465666768696a6b6c6d6e6f913aecd209aaa8f27975db083113e5b456ca6a29f9983b864dc6549ff3a06afd4bdbb857d1296c8882a594be3448bb86',
    );
    expect(bytesToHex(stored.sealedIdentitySecretKey)).toBe(
      '707172737475767778797a7b7c7d7e7f80818283848586873eab71c8c043c457858a8618b01d7c8c946cf836a65d40ad112d349eaf3482b9830036e2badaaba48023ccc5e5fe2814',
    );
  });

  it('stores nothing secret in the clear: neither the account key, the identity secret, the wrap key nor the recovery secret', () => {
    const { unlocked, stored } = createFixed();
    const secrets = [unlocked.accountKey, unlocked.identity.secretKey, splitMasterKey(MASTER).wrapKey, RECOVERY_SECRET, MASTER];
    expect(contains(Uint8Array.of(7, ...unlocked.accountKey, 7), unlocked.accountKey)).toBe(true); // the check can see a leak
    for (const field of Object.values(stored)) {
      for (const secret of secrets) expect(contains(field, secret)).toBe(false);
    }
  });

  it('fits the sizes the server accepts for a key bundle', () => {
    const { stored } = createFixed();
    const dto = Object.fromEntries(Object.entries(stored).map(([name, bytes]) => [name, toBase64Url(bytes)]));
    expect(keyBundleSchema.safeParse(dto).success).toBe(true);
  });
});

describe('unlocking', () => {
  it('by password and by recovery secret gives the same account key and identity as creation', () => {
    const { unlocked, stored } = createFixed();
    for (const opened of [
      unlockWithPassword({ userId: USER, master: MASTER, bundle: stored }),
      unlockWithRecoverySecret({ userId: USER, recoverySecret: RECOVERY_SECRET, bundle: stored }),
    ]) {
      expect(bytesToHex(opened.accountKey)).toBe(bytesToHex(unlocked.accountKey));
      expect(bytesToHex(opened.identity.secretKey)).toBe(bytesToHex(unlocked.identity.secretKey));
      expect(bytesToHex(opened.identity.publicKey)).toBe(bytesToHex(unlocked.identity.publicKey));
    }
  });

  it('works end to end from the password through Argon2id (small parameters)', async () => {
    const params = { memoryKiB: 1024, iterations: 1, parallelism: 1 };
    const salt = range(0x33, 16);
    const atSignUp = await deriveMasterKey({ password: 'hunter2 hunter2', salt, params });
    const { unlocked, stored } = createAccountKeys({ userId: USER, wrapKey: splitMasterKey(atSignUp).wrapKey, recoverySecret: RECOVERY_SECRET, randomBytes: counterRandom(9) });
    const atLogin = await deriveMasterKey({ password: 'hunter2 hunter2', salt, params });
    expect(bytesToHex(unlockWithPassword({ userId: USER, master: atLogin, bundle: stored }).accountKey)).toBe(bytesToHex(unlocked.accountKey));
    const typo = await deriveMasterKey({ password: 'hunter2 hunter3', salt, params });
    expectOpenFailed(() => unlockWithPassword({ userId: USER, master: typo, bundle: stored }));
  });

  describe('fails with crypto.open_failed', () => {
    const { stored } = createFixed();
    const otherIdentity = createIdentityKeyPair(() => range(0x99, 32));
    const cases: Array<[string, () => unknown]> = [
      ['wrong password', () => unlockWithPassword({ userId: USER, master: range(1, 32), bundle: stored })],
      ['wrong recovery secret', () => unlockWithRecoverySecret({ userId: USER, recoverySecret: range(0xc1, 16), bundle: stored })],
      ['password path with another user id', () => unlockWithPassword({ userId: 'user-2', master: MASTER, bundle: stored })],
      ['recovery path with another user id', () => unlockWithRecoverySecret({ userId: 'user-2', recoverySecret: RECOVERY_SECRET, bundle: stored })],
      [
        'the two wrapped account keys swapped',
        () =>
          unlockWithPassword({
            userId: USER,
            master: MASTER,
            bundle: { ...stored, wrappedAccountKey: stored.recoveryWrappedAccountKey, recoveryWrappedAccountKey: stored.wrappedAccountKey },
          }),
      ],
      [
        'an identity public key the server swapped for another (password path)',
        () => unlockWithPassword({ userId: USER, master: MASTER, bundle: { ...stored, identityPublicKey: otherIdentity.publicKey } }),
      ],
      [
        'an identity public key the server swapped for another (recovery path)',
        () => unlockWithRecoverySecret({ userId: USER, recoverySecret: RECOVERY_SECRET, bundle: { ...stored, identityPublicKey: otherIdentity.publicKey } }),
      ],
      [
        'a tampered sealed identity secret',
        () => unlockWithPassword({ userId: USER, master: MASTER, bundle: { ...stored, sealedIdentitySecretKey: stored.sealedIdentitySecretKey.map((b, i) => (i === 30 ? b ^ 1 : b)) } }),
      ],
      [
        'a truncated wrapped account key',
        () => unlockWithPassword({ userId: USER, master: MASTER, bundle: { ...stored, wrappedAccountKey: stored.wrappedAccountKey.slice(0, 50) } }),
      ],
    ];
    it.each(cases)('%s', (_name, unlock) => {
      expectOpenFailed(unlock);
    });

    it("another user's sealed identity secret, even under the same account key", () => {
      // Same randomness, so the same account key and identity; only the user id in the context differs.
      const other = createAccountKeys({ userId: 'user-2', wrapKey: splitMasterKey(MASTER).wrapKey, recoverySecret: RECOVERY_SECRET, randomBytes: counterRandom(0) });
      const mixed: StoredKeyBundle = { ...stored, sealedIdentitySecretKey: other.stored.sealedIdentitySecretKey };
      expectOpenFailed(() => unlockWithPassword({ userId: USER, master: MASTER, bundle: mixed }));
    });
  });
});

describe('rewrapAccountKey (password change)', () => {
  const { unlocked, stored } = createFixed();
  const newMaster = range(0x77, 32);
  const rewrapped = rewrapAccountKey({ userId: USER, accountKey: unlocked.accountKey, wrapKey: splitMasterKey(newMaster).wrapKey, randomBytes: counterRandom(0xa0) });
  const bundle: StoredKeyBundle = { ...stored, wrappedAccountKey: rewrapped };

  it('unlocks with the new password to the same account key and identity', () => {
    const opened = unlockWithPassword({ userId: USER, master: newMaster, bundle });
    expect(bytesToHex(opened.accountKey)).toBe(bytesToHex(unlocked.accountKey));
    expect(bytesToHex(opened.identity.secretKey)).toBe(bytesToHex(unlocked.identity.secretKey));
  });

  it('no longer unlocks with the old password', () => {
    expectOpenFailed(() => unlockWithPassword({ userId: USER, master: MASTER, bundle }));
  });

  it('leaves the recovery path working', () => {
    expect(bytesToHex(unlockWithRecoverySecret({ userId: USER, recoverySecret: RECOVERY_SECRET, bundle }).accountKey)).toBe(bytesToHex(unlocked.accountKey));
  });

  it('uses a fresh nonce and the password context (not the recovery one)', () => {
    expect(bytesToHex(rewrapped.subarray(0, 24))).toBe(bytesToHex(range(0xa0, 24)));
    expectOpenFailed(() => unlockWithRecoverySecret({ userId: USER, recoverySecret: RECOVERY_SECRET, bundle: { ...stored, recoveryWrappedAccountKey: rewrapped } }));
  });
});
