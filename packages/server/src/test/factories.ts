import { randomBytes, createHash } from 'node:crypto';
import { toBase64Url, type CheckinContent, type CoupleRole, type Visibility } from '@mend/core';
import {
  createAccountKeys,
  createCoupleKey,
  createRecoverySecret,
  deriveInviteKeys,
  openCoupleKey,
  openCoupleKeyFromInvite,
  sealCoupleKeyForInvite,
  sealCoupleKeyForMember,
  sealRecordContent,
  splitRecoverySecret,
  type UnlockedKeys,
} from '@mend/core/crypto/index';
import { localDayOf } from '@mend/core';
import type { FastifyInstance } from 'fastify';
import { TestClient } from './build-test-app.ts';

export const rand = (n: number) => new Uint8Array(randomBytes(n));

/**
 * A sign-up body with well-formed random key material (the server checks shapes only), for tests that
 * send raw sign-ups. `overrides` replace top-level fields, to make one field bad at a time.
 */
export function signUpBody({ name = 'Robin', ...overrides }: { name?: string } & Record<string, unknown> = {}) {
  const userId = crypto.randomUUID();
  return {
    userId,
    email: `${name.toLowerCase()}-${userId.slice(0, 8)}@example.test`,
    displayName: name,
    salt: toBase64Url(rand(16)),
    kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 },
    authKey: toBase64Url(rand(32)),
    recoveryAuthKey: toBase64Url(rand(32)),
    keys: { wrappedAccountKey: toBase64Url(rand(72)), recoveryWrappedAccountKey: toBase64Url(rand(72)), identityPublicKey: toBase64Url(rand(32)), sealedIdentitySecretKey: toBase64Url(rand(72)) },
    ...overrides,
  };
}

export interface TestUser {
  client: TestClient;
  id: string;
  email: string;
  displayName: string;
  authKey: string;
  recoverySecret: Uint8Array;
  keys: UnlockedKeys;
}

/**
 * Signs a person up through the real API with real key material. The password's Argon2id step is
 * skipped (the server never sees a password, only a 32-byte auth key), which keeps tests fast.
 */
export async function signUpUser(app: FastifyInstance, { name = 'Alex', confirm = true }: { name?: string; confirm?: boolean } = {}): Promise<TestUser> {
  const client = new TestClient(app);
  const id = crypto.randomUUID();
  const email = `${name.toLowerCase()}-${id.slice(0, 8)}@example.test`;
  const authKey = rand(32);
  const wrapKey = rand(32);
  const recoverySecret = createRecoverySecret(rand);
  const { unlocked, stored } = createAccountKeys({ userId: id, wrapKey, recoverySecret, randomBytes: rand });
  const response = await client.post('/api/v1/auth/signup', {
    userId: id,
    email,
    displayName: name,
    salt: toBase64Url(rand(16)),
    kdf: { memoryKiB: 65536, iterations: 3, parallelism: 1 },
    authKey: toBase64Url(authKey),
    recoveryAuthKey: toBase64Url(splitRecoverySecret(recoverySecret).recoveryAuthKey),
    keys: {
      wrappedAccountKey: toBase64Url(stored.wrappedAccountKey),
      recoveryWrappedAccountKey: toBase64Url(stored.recoveryWrappedAccountKey),
      identityPublicKey: toBase64Url(stored.identityPublicKey),
      sealedIdentitySecretKey: toBase64Url(stored.sealedIdentitySecretKey),
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  if (confirm) {
    const confirmed = await client.post('/api/v1/auth/recovery/confirm', { recoveryAuthKey: toBase64Url(splitRecoverySecret(recoverySecret).recoveryAuthKey) });
    if (confirmed.statusCode !== 204) throw new Error(`confirm failed: ${confirmed.statusCode} ${confirmed.body}`);
  }
  return { client, id, email, displayName: name, authKey: toBase64Url(authKey), recoverySecret, keys: unlocked };
}

export interface TestCouple {
  coupleId: string;
  coupleKey: Uint8Array;
  a: TestUser;
  b: TestUser;
}

export async function startCouple(user: TestUser, role: CoupleRole = 'rebuilding'): Promise<{ coupleId: string; coupleKey: Uint8Array }> {
  const coupleId = crypto.randomUUID();
  const coupleKey = createCoupleKey(rand);
  const sealed = sealCoupleKeyForMember({ coupleId, userId: user.id, coupleKey, memberPublicKey: user.keys.identity.publicKey, randomBytes: rand });
  const response = await user.client.post('/api/v1/couples', { coupleId, role, sealedCoupleKey: toBase64Url(sealed) });
  if (response.statusCode !== 201) throw new Error(`create couple failed: ${response.statusCode} ${response.body}`);
  return { coupleId, coupleKey };
}

export async function createInvite(user: TestUser, { coupleId, coupleKey }: { coupleId: string; coupleKey: Uint8Array }) {
  const inviteId = crypto.randomUUID();
  const secret = rand(32);
  const { inviteProof } = deriveInviteKeys(secret);
  const response = await user.client.post(`/api/v1/couples/${coupleId}/invites`, {
    inviteId,
    proofHash: createHash('sha256').update(inviteProof).digest('base64url'),
    sealedCoupleKey: toBase64Url(sealCoupleKeyForInvite({ coupleId, inviteId, coupleKey, inviteSecret: secret, randomBytes: rand })),
  });
  return { response, inviteId, secret, proof: toBase64Url(inviteProof) };
}

export async function acceptInvite(user: TestUser, { inviteId, secret, proof }: { inviteId: string; secret: Uint8Array; proof: string }, role: CoupleRole = 'hurt') {
  const opened = await user.client.post(`/api/v1/invites/${inviteId}/open`, { proof });
  if (opened.statusCode !== 200) return opened;
  const { coupleId, sealedCoupleKey } = opened.json() as { coupleId: string; sealedCoupleKey: string };
  const coupleKey = openCoupleKeyFromInvite({ coupleId, inviteId, inviteSecret: secret, sealed: Buffer.from(sealedCoupleKey, 'base64url') });
  const sealed = sealCoupleKeyForMember({ coupleId, userId: user.id, coupleKey, memberPublicKey: user.keys.identity.publicKey, randomBytes: rand });
  return user.client.post(`/api/v1/invites/${inviteId}/accept`, { proof, role, sealedCoupleKey: toBase64Url(sealed) });
}

/** Two people in one couple, linked through the real invitation flow. */
export async function seedCouple(app: FastifyInstance, names: [string, string] = ['Alex', 'Sam']): Promise<TestCouple> {
  const a = await signUpUser(app, { name: names[0] });
  const b = await signUpUser(app, { name: names[1] });
  const { coupleId, coupleKey } = await startCouple(a);
  const invite = await createInvite(a, { coupleId, coupleKey });
  if (invite.response.statusCode !== 201) throw new Error(`invite failed: ${invite.response.body}`);
  const accepted = await acceptInvite(b, invite);
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  const couples = (await b.client.get('/api/v1/couples')).json() as { couples: Array<{ mySealedCoupleKey: string }> };
  const bKey = openCoupleKey({ coupleId, userId: b.id, identity: b.keys.identity, sealed: Buffer.from(couples.couples[0]!.mySealedCoupleKey, 'base64url') });
  if (Buffer.compare(Buffer.from(bKey), Buffer.from(coupleKey)) !== 0) throw new Error('partners hold different couple keys');
  return { coupleId, coupleKey, a, b };
}

export function checkinContent(note: string, overrides: Partial<CheckinContent> = {}): CheckinContent {
  return { mood: 'hopeful', need: null, smallTruths: [], note, ...overrides };
}

/** A create-record body sealed exactly as the browser seals it. */
export function sealedRecordBody({
  couple,
  author,
  kind = 'checkin',
  visibility,
  content,
  metadata,
  id = crypto.randomUUID(),
  version = 1,
  now = new Date('2026-11-26T12:00:00.000Z'),
}: {
  couple: { coupleId: string; coupleKey: Uint8Array };
  author: TestUser;
  kind?: string;
  visibility: Visibility;
  content: unknown;
  metadata?: Record<string, unknown>;
  id?: string;
  version?: number;
  now?: Date;
}) {
  const key = visibility === 'partner' ? couple.coupleKey : author.keys.accountKey;
  const meta = metadata ?? { localDay: localDayOf(now, 'UTC'), timeZone: 'UTC' };
  const sealed = sealRecordContent({ key, context: { coupleId: couple.coupleId, recordId: id, kind, authorId: author.id, visibility, version, metadata: meta }, content, randomBytes: rand });
  return { id, kind, visibility, metadata: meta, sealed: toBase64Url(sealed) };
}
