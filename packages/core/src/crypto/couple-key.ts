import type { RandomBytes } from '../shared/bytes.ts';
import { KEY_BYTES, openWithKey, sealWithKey } from './aead.ts';
import { AD } from './context.ts';
import { deriveSubkey, LABELS } from './kdf.ts';
import { openSealedToMe, sealToPublicKey, type IdentityKeyPair } from './seal-to.ts';

export const INVITE_SECRET_BYTES = 32;

export function createCoupleKey(randomBytes: RandomBytes): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** The couple key sealed to one member's identity public key (DESIGN.md §5.3). */
export function sealCoupleKeyForMember(input: { coupleId: string; userId: string; coupleKey: Uint8Array; memberPublicKey: Uint8Array; randomBytes: RandomBytes }): Uint8Array {
  return sealToPublicKey({
    recipientPublicKey: input.memberPublicKey,
    plaintext: input.coupleKey,
    associatedData: AD.coupleKeyForMember(input.coupleId, input.userId),
    randomBytes: input.randomBytes,
  });
}

export function openCoupleKey(input: { coupleId: string; userId: string; identity: IdentityKeyPair; sealed: Uint8Array }): Uint8Array {
  return openSealedToMe({ identity: input.identity, sealed: input.sealed, associatedData: AD.coupleKeyForMember(input.coupleId, input.userId) });
}

export interface InviteKeys {
  /** encrypts the couple key for the invitee; the server never sees it */
  inviteKey: Uint8Array;
  /** proves the caller holds the link; the server stores only its SHA-256 */
  inviteProof: Uint8Array;
}

/** The link's fragment carries the secret; both keys come from it, so the server learns neither. */
export function deriveInviteKeys(inviteSecret: Uint8Array): InviteKeys {
  return { inviteKey: deriveSubkey(inviteSecret, LABELS.inviteKey), inviteProof: deriveSubkey(inviteSecret, LABELS.inviteProof) };
}

export function sealCoupleKeyForInvite(input: { coupleId: string; inviteId: string; coupleKey: Uint8Array; inviteSecret: Uint8Array; randomBytes: RandomBytes }): Uint8Array {
  return sealWithKey({
    key: deriveInviteKeys(input.inviteSecret).inviteKey,
    plaintext: input.coupleKey,
    associatedData: AD.coupleKeyForInvite(input.coupleId, input.inviteId),
    randomBytes: input.randomBytes,
  });
}

export function openCoupleKeyFromInvite(input: { coupleId: string; inviteId: string; inviteSecret: Uint8Array; sealed: Uint8Array }): Uint8Array {
  return openWithKey({
    key: deriveInviteKeys(input.inviteSecret).inviteKey,
    sealed: input.sealed,
    associatedData: AD.coupleKeyForInvite(input.coupleId, input.inviteId),
  });
}
