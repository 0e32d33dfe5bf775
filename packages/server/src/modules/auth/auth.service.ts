import type { z } from 'zod';
import { fromBase64Url, type changePasswordRequestSchema, type MeDto, type recoveryCompleteRequestSchema, type signUpRequestSchema } from '@mend/core';
import type { AppDeps } from '../../app/deps.ts';
import { burnEquivalentTime, fakeSaltFor, hashSecretKey, verifySecretKey } from './auth.crypto.ts';
import { emailTaken, invalidCredentials, invalidRecovery, recoveryCodeMismatch, userIdTaken } from './auth.errors.ts';
import { startSession } from './sessions.service.ts';
import type { User } from './users.repository.ts';
import { DEFAULT_KDF } from './auth.constants.ts';

export function toMeDto(user: User): MeDto {
  return {
    user: { id: user.id, email: user.email, displayName: user.displayName, recoveryConfirmed: user.isRecoveryConfirmed, createdAt: user.createdAt },
    keys: {
      wrappedAccountKey: user.wrappedAccountKey,
      recoveryWrappedAccountKey: user.recoveryWrappedAccountKey,
      identityPublicKey: user.identityPublicKey,
      sealedIdentitySecretKey: user.sealedIdentitySecretKey,
    },
  };
}

/** The salt and Argon2id parameters for an email; a stable fake pair when there is no such account. */
export async function getLoginSalt({ email }: { email: string }, deps: AppDeps) {
  const user = await deps.store.repos.users.findByEmail(email);
  return user ? { salt: user.salt, kdf: user.kdf } : { salt: fakeSaltFor(email, deps.serverSecret), kdf: DEFAULT_KDF };
}

export async function signUp({ input, device }: { input: z.infer<typeof signUpRequestSchema>; device: string }, deps: AppDeps) {
  const { users } = deps.store.repos;
  if (await users.findByEmail(input.email)) throw emailTaken();
  if (await users.findById(input.userId)) throw userIdTaken();
  // Slow hashes run before the transaction so they never hold the database (security-baseline CR-7).
  const [authHash, recoveryHash] = await Promise.all([hashSecretKey(fromBase64Url(input.authKey)), hashSecretKey(fromBase64Url(input.recoveryAuthKey))]);
  const now = deps.clock();
  return deps.store.transaction(async (repos) => {
    if (await repos.users.findByEmail(input.email)) throw emailTaken();
    await repos.users.insert(
      {
        id: input.userId,
        email: input.email,
        displayName: input.displayName,
        salt: input.salt,
        kdf: input.kdf,
        authHash,
        recoveryHash,
        ...input.keys,
        // The account is not usable until the person shows they kept the recovery code.
        isRecoveryConfirmed: false,
      },
      now,
    );
    const token = await startSession({ repos, userId: input.userId, device, now, config: deps.config });
    const user = await repos.users.findById(input.userId);
    return { token, me: toMeDto(user!) };
  });
}

export async function logIn({ email, authKey, device }: { email: string; authKey: string; device: string }, deps: AppDeps) {
  const user = await deps.store.repos.users.findByEmail(email);
  const key = fromBase64Url(authKey);
  if (!user) {
    await burnEquivalentTime(key);
    throw invalidCredentials();
  }
  if (!(await verifySecretKey(key, user.authHash))) throw invalidCredentials();
  const now = deps.clock();
  const token = await deps.store.transaction((repos) => startSession({ repos, userId: user.id, device, now, config: deps.config }));
  return { token, me: toMeDto(user) };
}

export async function getMe({ userId }: { userId: string }, deps: AppDeps): Promise<MeDto> {
  const user = await deps.store.repos.users.findById(userId);
  if (!user) throw invalidCredentials();
  return toMeDto(user);
}

export async function confirmRecoveryCode({ userId, recoveryAuthKey }: { userId: string; recoveryAuthKey: string }, deps: AppDeps): Promise<void> {
  const user = await deps.store.repos.users.findById(userId);
  if (!user || !(await verifySecretKey(fromBase64Url(recoveryAuthKey), user.recoveryHash))) throw recoveryCodeMismatch();
  await deps.store.repos.users.markRecoveryConfirmed(userId, deps.clock());
}

/**
 * A new password re-wraps the same account key (nothing is re-encrypted). Every other session ends
 * (ASVS 7.4.3) and the current one gets a new token.
 */
export async function changePassword(
  { userId, input, device }: { userId: string; input: z.infer<typeof changePasswordRequestSchema>; device: string },
  deps: AppDeps,
): Promise<string> {
  const user = await deps.store.repos.users.findById(userId);
  if (!user || !(await verifySecretKey(fromBase64Url(input.currentAuthKey), user.authHash))) throw invalidCredentials();
  const authHash = await hashSecretKey(fromBase64Url(input.authKey));
  const now = deps.clock();
  return deps.store.transaction(async (repos) => {
    await repos.users.replacePassword(userId, { salt: input.salt, kdf: input.kdf, authHash, wrappedAccountKey: input.wrappedAccountKey }, now);
    await repos.sessions.deleteAllForUser(userId);
    return startSession({ repos, userId, device, now, config: deps.config });
  });
}

async function findByRecovery({ email, recoveryAuthKey }: { email: string; recoveryAuthKey: string }, deps: AppDeps): Promise<User> {
  const user = await deps.store.repos.users.findByEmail(email);
  const key = fromBase64Url(recoveryAuthKey);
  if (!user) {
    await burnEquivalentTime(key);
    throw invalidRecovery();
  }
  if (!(await verifySecretKey(key, user.recoveryHash))) throw invalidRecovery();
  return user;
}

/** Step one of recovery: prove the code, receive the sealed keys to open in the browser. */
export async function startRecovery(input: { email: string; recoveryAuthKey: string }, deps: AppDeps) {
  const user = await findByRecovery(input, deps);
  return { userId: user.id, keys: toMeDto(user).keys };
}

/** Step two: prove the code again and set the new password; every old session ends. */
export async function completeRecovery({ input, device }: { input: z.infer<typeof recoveryCompleteRequestSchema>; device: string }, deps: AppDeps) {
  const user = await findByRecovery(input, deps);
  const authHash = await hashSecretKey(fromBase64Url(input.authKey));
  const now = deps.clock();
  return deps.store.transaction(async (repos) => {
    await repos.users.replacePassword(user.id, { salt: input.salt, kdf: input.kdf, authHash, wrappedAccountKey: input.wrappedAccountKey }, now);
    await repos.users.markRecoveryConfirmed(user.id, now);
    await repos.sessions.deleteAllForUser(user.id);
    const token = await startSession({ repos, userId: user.id, device, now, config: deps.config });
    return { token, me: toMeDto((await repos.users.findById(user.id))!) };
  });
}

/**
 * Deleting an account takes the person's own entries, sessions and invitations with it (foreign keys
 * cascade) and turns any active couple into a read-only archive for the partner, whose own entries stay.
 */
export async function deleteAccount({ userId, authKey }: { userId: string; authKey: string }, deps: AppDeps): Promise<void> {
  const user = await deps.store.repos.users.findById(userId);
  if (!user || !(await verifySecretKey(fromBase64Url(authKey), user.authHash))) throw invalidCredentials();
  const now = deps.clock();
  const notices = await deps.store.transaction(async (repos) => {
    const coupleIds = await repos.couples.listCoupleIdsForUser(userId);
    const found: Array<{ coupleId: string; userIds: string[] }> = [];
    for (const coupleId of coupleIds) {
      await repos.couples.archive({ coupleId, now });
      await repos.invites.revokeAllPending({ coupleId, now });
      found.push({ coupleId, userIds: (await repos.couples.listMembers(coupleId)).map((m) => m.userId).filter((id) => id !== userId) });
    }
    await repos.users.delete(userId);
    return found;
  });
  // The partner's open page re-syncs and sees the archive; no message is sent about why.
  for (const notice of notices) deps.events.notify({ ...notice, topic: 'couple' });
}
