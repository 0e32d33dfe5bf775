import { sha256 } from '@noble/hashes/sha2.js';
import { fromBase64Url, toBase64Url, type CoupleRole } from '@mend/core';
import {
  computeSafetyCode,
  createCoupleKey,
  deriveInviteKeys,
  INVITE_SECRET_BYTES,
  openCoupleKey,
  openCoupleKeyFromInvite,
  sealCoupleKeyForInvite,
  sealCoupleKeyForMember,
} from '@mend/core/crypto/index';
import type { ApiClient, Couple } from '../api/api-client.ts';
import { isApiError } from '../api/api-error.ts';
import { newId, randomBytes, wipe } from './random.ts';
import type { RecordStore } from './records-store.ts';
import type { PendingJoinView, VaultState } from './vault-state.ts';
import { inviteLinkDamaged, spaceKeyError } from './vault-errors.ts';

const b64 = toBase64Url;

function newest(couples: Couple[]): Couple | null {
  return [...couples].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null;
}

function decodeInviteSecret(text: string): Uint8Array {
  try {
    const secret = fromBase64Url(text.replace(/^#/, ''));
    if (secret.length === INVITE_SECRET_BYTES) return secret;
  } catch {
    // fall through to the friendly error
  }
  throw inviteLinkDamaged();
}

/** The shared space: its key, invitations, the safety code and leaving. */
export function createCoupleActions({ api, state, records, origin }: { api: ApiClient; state: VaultState; records: RecordStore; origin: string }) {
  function adoptCouple(couple: Couple, coupleKey: Uint8Array): void {
    const previous = state.getSnapshot().couple;
    state.setCouple(couple, coupleKey);
    if (previous?.id !== couple.id) {
      records.reset(couple.id);
      state.set({ inviteLink: null });
    }
  }

  async function revokeInvite(inviteId?: string): Promise<void> {
    const { couple } = state.requireCouple();
    const id = inviteId ?? couple.pendingInvite?.id;
    if (!id) return;
    try {
      await api.revokeInvite(couple.id, id);
    } catch (error) {
      // Already used, revoked or expired: the link no longer works, which is what was asked for.
      if (!isApiError(error) || !error.code.startsWith('invites.')) throw error;
    }
    const current = state.getSnapshot().couple;
    state.set({
      inviteLink: state.getSnapshot().inviteLink?.id === id ? null : state.getSnapshot().inviteLink,
      couple: current && current.pendingInvite?.id === id ? { ...current, pendingInvite: null } : current,
    });
  }

  async function createInvite(): Promise<string> {
    const { couple, coupleKey } = state.requireCouple();
    const inviteId = newId();
    const inviteSecret = randomBytes(INVITE_SECRET_BYTES);
    const { inviteProof, inviteKey } = deriveInviteKeys(inviteSecret);
    const sealed = sealCoupleKeyForInvite({ coupleId: couple.id, inviteId, coupleKey, inviteSecret, randomBytes });
    const invite = await api.createInvite(couple.id, { inviteId, proofHash: b64(sha256(inviteProof)), sealedCoupleKey: b64(sealed) });
    // The secret lives only in the link's fragment, which browsers never send to the server.
    const link = `${origin.replace(/\/+$/, '')}/join/${invite.id}#${b64(inviteSecret)}`;
    wipe(inviteSecret, inviteProof, inviteKey);
    const current = state.getSnapshot().couple;
    state.set({
      inviteLink: { id: invite.id, link, expiresAt: invite.expiresAt },
      couple: current ? { ...current, pendingInvite: { id: invite.id, expiresAt: invite.expiresAt } } : current,
    });
    return link;
  }

  return {
    /** Starts a space alone; the partner joins later by invitation. */
    async createCouple(role: CoupleRole): Promise<Couple> {
      const { userId, keys } = state.requireKeys();
      const coupleId = newId();
      const coupleKey = createCoupleKey(randomBytes);
      const sealed = sealCoupleKeyForMember({ coupleId, userId, coupleKey, memberPublicKey: keys.identity.publicKey, randomBytes });
      const couple = await api.createCouple({ coupleId, role, sealedCoupleKey: b64(sealed) });
      adoptCouple(couple, coupleKey);
      return couple;
    },

    /** Loads the newest space (active or archived) and opens its key with this person's identity key. */
    async loadCouple(): Promise<Couple | null> {
      const { userId, keys } = state.requireKeys();
      const couple = newest((await api.listCouples()).couples);
      if (!couple) {
        state.setCouple(null, null);
        records.reset(null);
        return null;
      }
      let coupleKey: Uint8Array;
      try {
        coupleKey = openCoupleKey({ coupleId: couple.id, userId, identity: keys.identity, sealed: fromBase64Url(couple.mySealedCoupleKey) });
      } catch {
        throw spaceKeyError();
      }
      adoptCouple(couple, coupleKey);
      return couple;
    },

    createInvite,
    revokeInvite,

    /** "Make a new link": the old link stops working, a new one is made. */
    async remakeInvite(): Promise<string> {
      await revokeInvite();
      return createInvite();
    },

    /** Opens an invitation from its link. Works before logging in; keeps the couple key until accepted. */
    async openInvite(inviteId: string, secretFromFragment: string): Promise<PendingJoinView> {
      const inviteSecret = decodeInviteSecret(secretFromFragment);
      const { inviteProof, inviteKey } = deriveInviteKeys(inviteSecret);
      wipe(inviteKey);
      const opened = await api.openInvite(inviteId, { proof: b64(inviteProof) });
      let coupleKey: Uint8Array;
      try {
        coupleKey = openCoupleKeyFromInvite({ coupleId: opened.coupleId, inviteId, inviteSecret, sealed: fromBase64Url(opened.sealedCoupleKey) });
      } catch {
        throw inviteLinkDamaged();
      } finally {
        wipe(inviteSecret);
      }
      const view: PendingJoinView = {
        inviteId,
        coupleId: opened.coupleId,
        inviterName: opened.inviterName,
        inviterRole: opened.inviterRole,
        expiresAt: opened.expiresAt,
      };
      state.clearJoin();
      state.secrets.join = { coupleKey, proof: inviteProof };
      state.set({ pendingJoin: view });
      return view;
    },

    /** Joins the opened invitation: the couple key is sealed to this person's own identity key. */
    async acceptInvite(role: CoupleRole): Promise<Couple> {
      const { userId, keys } = state.requireKeys();
      const pending = state.getSnapshot().pendingJoin;
      const join = state.secrets.join;
      if (!pending || !join) throw inviteLinkDamaged();
      const sealed = sealCoupleKeyForMember({
        coupleId: pending.coupleId,
        userId,
        coupleKey: join.coupleKey,
        memberPublicKey: keys.identity.publicKey,
        randomBytes,
      });
      const couple = await api.acceptInvite(pending.inviteId, { proof: b64(join.proof), role, sealedCoupleKey: b64(sealed) });
      const coupleKey = join.coupleKey;
      wipe(join.proof);
      state.secrets.join = null;
      state.set({ pendingJoin: null });
      adoptCouple(couple, coupleKey);
      await records.sync();
      return couple;
    },

    /**
     * The code both partners compare in person. Derived from the couple key and both identity public
     * keys, so a server that swapped a key would make the two codes differ. Null until two members.
     */
    safetyCode(): string | null {
      const { couple, coupleKey } = state.requireCouple();
      const members = couple.members.filter((m) => m.leftAt === null);
      const [a, b] = members;
      if (members.length !== 2 || !a || !b) return null;
      return computeSafetyCode({ coupleKey, publicKeys: [fromBase64Url(a.identityPublicKey), fromBase64Url(b.identityPublicKey)] });
    },

    /** Leaving archives the space for both: it stays readable, nothing new can be written. */
    async leaveCouple(): Promise<Couple> {
      const { couple, coupleKey } = state.requireCouple();
      const archived = await api.leaveCouple(couple.id);
      state.setCouple(archived, coupleKey);
      state.set({ inviteLink: null });
      return archived;
    },
  };
}
