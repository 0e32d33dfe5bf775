import { z } from 'zod';
import { sealedToKeySchema } from '../auth/auth.schemas.ts';
import { base64UrlBytes, idSchema, key32Schema } from '../shared/strings.ts';

/** "both" is for couples where each partner broke trust in some way (mutual breaches happen). */
export const ROLES = ['rebuilding', 'hurt', 'both'] as const;
export const roleSchema = z.enum(ROLES);
export type CoupleRole = z.infer<typeof roleSchema>;

export const createCoupleRequestSchema = z.strictObject({
  coupleId: idSchema,
  role: roleSchema,
  sealedCoupleKey: sealedToKeySchema,
});

export const memberDtoSchema = z.strictObject({
  userId: idSchema,
  displayName: z.string(),
  role: roleSchema,
  identityPublicKey: key32Schema,
  joinedAt: z.string(),
  leftAt: z.string().nullable(),
});

export const coupleDtoSchema = z.strictObject({
  id: idSchema,
  status: z.enum(['active', 'archived']),
  createdAt: z.string(),
  archivedAt: z.string().nullable(),
  members: z.array(memberDtoSchema),
  /** the couple key sealed to the caller's identity key; only the caller can open it */
  mySealedCoupleKey: sealedToKeySchema,
  pendingInvite: z.strictObject({ id: idSchema, expiresAt: z.string() }).nullable(),
});
export type CoupleDto = z.infer<typeof coupleDtoSchema>;

export const couplesListResponseSchema = z.strictObject({ couples: z.array(coupleDtoSchema) });

const sealedCoupleKeyForInviteSchema = base64UrlBytes({ minBytes: 72, maxBytes: 128 });

export const createInviteRequestSchema = z.strictObject({
  inviteId: idSchema,
  /** SHA-256 of the invite proof: the server learns the proof only when the invite is used */
  proofHash: key32Schema,
  sealedCoupleKey: sealedCoupleKeyForInviteSchema,
});
export const inviteDtoSchema = z.strictObject({ id: idSchema, expiresAt: z.string() });

export const openInviteRequestSchema = z.strictObject({ proof: key32Schema });
export const openInviteResponseSchema = z.strictObject({
  inviteId: idSchema,
  coupleId: idSchema,
  inviterName: z.string(),
  inviterRole: roleSchema,
  expiresAt: z.string(),
  sealedCoupleKey: sealedCoupleKeyForInviteSchema,
});

export const acceptInviteRequestSchema = z.strictObject({
  proof: key32Schema,
  role: roleSchema,
  sealedCoupleKey: sealedToKeySchema,
});

export const INVITE_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;
