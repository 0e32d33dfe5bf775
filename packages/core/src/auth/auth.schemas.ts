import { z } from 'zod';
import { base64UrlBytes, displayNameSchema, emailSchema, idSchema, key32Schema } from '../shared/strings.ts';

/** Argon2id parameters the browser used; the server refuses anything below the floor. */
export const kdfParamsSchema = z.strictObject({
  memoryKiB: z.number().int().min(65536).max(1048576),
  iterations: z.number().int().min(3).max(20),
  parallelism: z.number().int().min(1).max(4),
});

export const saltSchema = base64UrlBytes({ minBytes: 16, maxBytes: 32 });

/** Sealed values are nonce (24) + tag (16) + a 32-byte key: 72 bytes; allow a little room. */
const sealedKeySchema = base64UrlBytes({ minBytes: 72, maxBytes: 128 });
/** Sealed to a public key: ephemeral key (32) + the above. */
export const sealedToKeySchema = base64UrlBytes({ minBytes: 104, maxBytes: 160 });

export const keyBundleSchema = z.strictObject({
  wrappedAccountKey: sealedKeySchema,
  recoveryWrappedAccountKey: sealedKeySchema,
  identityPublicKey: key32Schema,
  sealedIdentitySecretKey: sealedKeySchema,
});
export type KeyBundleDto = z.infer<typeof keyBundleSchema>;

export const saltRequestSchema = z.strictObject({ email: emailSchema });
export const saltResponseSchema = z.strictObject({ salt: saltSchema, kdf: kdfParamsSchema });

export const signUpRequestSchema = z.strictObject({
  userId: idSchema,
  email: emailSchema,
  displayName: displayNameSchema,
  salt: saltSchema,
  kdf: kdfParamsSchema,
  authKey: key32Schema,
  recoveryAuthKey: key32Schema,
  keys: keyBundleSchema,
});

export const loginRequestSchema = z.strictObject({ email: emailSchema, authKey: key32Schema });

export const confirmRecoveryRequestSchema = z.strictObject({ recoveryAuthKey: key32Schema });

export const changePasswordRequestSchema = z.strictObject({
  currentAuthKey: key32Schema,
  salt: saltSchema,
  kdf: kdfParamsSchema,
  authKey: key32Schema,
  wrappedAccountKey: sealedKeySchema,
});

export const recoveryStartRequestSchema = z.strictObject({ email: emailSchema, recoveryAuthKey: key32Schema });
export const recoveryStartResponseSchema = z.strictObject({ userId: idSchema, keys: keyBundleSchema });
export const recoveryCompleteRequestSchema = z.strictObject({
  email: emailSchema,
  recoveryAuthKey: key32Schema,
  salt: saltSchema,
  kdf: kdfParamsSchema,
  authKey: key32Schema,
  wrappedAccountKey: sealedKeySchema,
});

export const deleteAccountRequestSchema = z.strictObject({ authKey: key32Schema });

export const meResponseSchema = z.strictObject({
  user: z.strictObject({
    id: idSchema,
    email: z.string(),
    displayName: z.string(),
    recoveryConfirmed: z.boolean(),
    createdAt: z.string(),
  }),
  keys: keyBundleSchema,
});
export type MeDto = z.infer<typeof meResponseSchema>;

export const sessionDtoSchema = z.strictObject({
  id: idSchema,
  createdAt: z.string(),
  lastSeenAt: z.string(),
  device: z.string(),
  current: z.boolean(),
});
export const sessionListResponseSchema = z.strictObject({ sessions: z.array(sessionDtoSchema) });
