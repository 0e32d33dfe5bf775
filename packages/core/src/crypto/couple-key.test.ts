import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { createCoupleRequestSchema, createInviteRequestSchema } from '../couples/couples.schemas.ts';
import { toBase64Url } from '../shared/bytes.ts';
import {
  INVITE_SECRET_BYTES,
  createCoupleKey,
  deriveInviteKeys,
  openCoupleKey,
  openCoupleKeyFromInvite,
  sealCoupleKeyForInvite,
  sealCoupleKeyForMember,
} from './couple-key.ts';
import { createIdentityKeyPair } from './seal-to.ts';
import { counterRandom, range, expectOpenFailed } from './crypto.test-support.ts';


const COUPLE = 'couple-1';
const COUPLE_KEY = range(0x10, 32);
const alice = createIdentityKeyPair(() => range(0xa0, 32));
const bob = createIdentityKeyPair(() => range(0xb0, 32));
const INVITE_SECRET = range(0xe0, 32);

/* Expected values from Node crypto (X25519 KeyObjects, hkdfSync, OpenSSL chacha20-poly1305 + HChaCha20). */
const SEALED_FOR_ALICE =
  '392d174a38b3b1beafaf1fe824870841c5fa531bc6eafdb6402c124664488c1c707172737475767778797a7b7c7d7e7f80818283848586871a6edb5d77db59e78ab915abdda99e6c0abf8dab12a78ba78271c0bafa74d13e731b1797833d2e29366f6670f3b48a45';
const SEALED_FOR_INVITE =
  '909192939495969798999a9b9c9d9e9fa0a1a2a3a4a5a6a73d0cd13be821131b520c0dbbf9f0cee174ff501f0bbe927512646553c2bd54497bdc9f390a2f1012f8dcb8fae9ed8a4c';

describe('createCoupleKey', () => {
  it('is 32 bytes drawn from the injected randomness', () => {
    const requested: number[] = [];
    const key = createCoupleKey((length) => {
      requested.push(length);
      return range(5, length);
    });
    expect(requested).toEqual([32]);
    expect(bytesToHex(key)).toBe(bytesToHex(range(5, 32)));
  });
});

describe('couple key sealed to a member', () => {
  const sealForAlice = () =>
    sealCoupleKeyForMember({ coupleId: COUPLE, userId: 'user-a', coupleKey: COUPLE_KEY, memberPublicKey: alice.publicKey, randomBytes: counterRandom(0x50) });

  it('matches a known answer computed with Node crypto', () => {
    expect(bytesToHex(sealForAlice())).toBe(SEALED_FOR_ALICE);
  });

  it('opens for that member in that couple', () => {
    expect(bytesToHex(openCoupleKey({ coupleId: COUPLE, userId: 'user-a', identity: alice, sealed: hexToBytes(SEALED_FOR_ALICE) }))).toBe(bytesToHex(COUPLE_KEY));
  });

  it('is the size the server accepts when a couple is created', () => {
    const body = { coupleId: '0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b', role: 'hurt', sealedCoupleKey: toBase64Url(sealForAlice()) };
    expect(createCoupleRequestSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['by the other partner', () => openCoupleKey({ coupleId: COUPLE, userId: 'user-b', identity: bob, sealed: sealForAlice() })],
    ["by the other partner claiming to be A", () => openCoupleKey({ coupleId: COUPLE, userId: 'user-a', identity: bob, sealed: sealForAlice() })],
    ["with A's identity but for another couple", () => openCoupleKey({ coupleId: 'couple-2', userId: 'user-a', identity: alice, sealed: sealForAlice() })],
    ["with A's identity but another user id", () => openCoupleKey({ coupleId: COUPLE, userId: 'user-b', identity: alice, sealed: sealForAlice() })],
    ['as if it were an invite', () => openCoupleKeyFromInvite({ coupleId: COUPLE, inviteId: 'user-a', inviteSecret: INVITE_SECRET, sealed: sealForAlice() })],
  ])('cannot be opened %s', (_how, open) => {
    expectOpenFailed(open);
  });
});

describe('couple key sealed to an invite', () => {
  it('derives the invite key and proof from the secret with separate HKDF labels (Node hkdfSync values)', () => {
    const { inviteKey, inviteProof } = deriveInviteKeys(INVITE_SECRET);
    expect(INVITE_SECRET_BYTES).toBe(32);
    expect(bytesToHex(inviteKey)).toBe('1a19594727ced57e3db744cc0b417742be0017fdaaf3972165dee4200cbd1461');
    expect(bytesToHex(inviteProof)).toBe('933913e7f1c86edddba91a0d65dd507b654316bdb4d165648cf64c38b29daf5c');
  });

  const seal = () => sealCoupleKeyForInvite({ coupleId: COUPLE, inviteId: 'invite-1', coupleKey: COUPLE_KEY, inviteSecret: INVITE_SECRET, randomBytes: counterRandom(0x90) });

  it('matches a known answer computed with Node crypto', () => {
    expect(bytesToHex(seal())).toBe(SEALED_FOR_INVITE);
  });

  it('opens with the secret from the link', () => {
    expect(bytesToHex(openCoupleKeyFromInvite({ coupleId: COUPLE, inviteId: 'invite-1', inviteSecret: INVITE_SECRET, sealed: seal() }))).toBe(bytesToHex(COUPLE_KEY));
  });

  it('does not contain the invite proof the server will see, nor the couple key', () => {
    const hex = bytesToHex(seal());
    expect(hex).not.toContain(bytesToHex(deriveInviteKeys(INVITE_SECRET).inviteProof));
    expect(hex).not.toContain(bytesToHex(COUPLE_KEY));
  });

  it('is the size the server accepts when an invite is created', () => {
    const body = {
      inviteId: '0190a4b2-7c3d-7e5f-8a9b-0c1d2e3f4a5b',
      proofHash: toBase64Url(range(0, 32)),
      sealedCoupleKey: toBase64Url(seal()),
    };
    expect(createInviteRequestSchema.safeParse(body).success).toBe(true);
  });

  it.each([
    ['a different secret', { inviteSecret: range(0xe1, 32) }],
    ['the invite proof used as the secret', { inviteSecret: deriveInviteKeys(INVITE_SECRET).inviteProof }],
    ['another invite id', { inviteId: 'invite-2' }],
    ['another couple', { coupleId: 'couple-2' }],
  ])('cannot be opened with %s', (_what, over) => {
    expectOpenFailed(() => openCoupleKeyFromInvite({ coupleId: COUPLE, inviteId: 'invite-1', inviteSecret: INVITE_SECRET, sealed: seal(), ...over }));
  });
});
