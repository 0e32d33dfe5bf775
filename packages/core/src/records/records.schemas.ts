import { z } from 'zod';
import { base64UrlBytes, idSchema } from '../shared/strings.ts';

export const VISIBILITIES = ['private', 'partner'] as const;
export const visibilitySchema = z.enum(VISIBILITIES);
export type Visibility = z.infer<typeof visibilitySchema>;

/** nonce (24) + tag (16) + at least "{}" ; 64 KiB of sealed JSON is far more than any entry needs. */
export const MAX_SEALED_BYTES = 64 * 1024;
export const sealedPayloadSchema = base64UrlBytes({ minBytes: 42, maxBytes: MAX_SEALED_BYTES });

/** Metadata is validated by the kind's own schema on the server; here it is only bounded. */
const metadataInputSchema = z.record(z.string().max(64), z.unknown());

export const createRecordRequestSchema = z.strictObject({
  id: idSchema,
  kind: z.string().max(32),
  visibility: visibilitySchema,
  metadata: metadataInputSchema,
  sealed: sealedPayloadSchema,
});

export const updateRecordRequestSchema = z.strictObject({
  expectedVersion: z.number().int().min(1).max(1_000_000),
  visibility: visibilitySchema,
  metadata: metadataInputSchema,
  sealed: sealedPayloadSchema,
});

export const deleteRecordQuerySchema = z.strictObject({
  expectedVersion: z.string().regex(/^[1-9][0-9]{0,6}$/, { message: 'must be a positive integer' }).transform(Number),
});

/** Two cursors: the caller's own records, and the partner's shared ones (see records.rules.ts). */
export const listRecordsQuerySchema = z.strictObject({
  mine: z.string().regex(/^(0|[1-9][0-9]{0,14})$/).default('0').transform(Number),
  shared: z.string().regex(/^(0|[1-9][0-9]{0,14})$/).default('0').transform(Number),
});

export const recordDtoSchema = z.strictObject({
  id: idSchema,
  kind: z.string(),
  authorId: idSchema,
  visibility: visibilitySchema,
  metadata: z.record(z.string(), z.unknown()),
  /** null once deleted (a tombstone keeps only the id, so every device drops it) */
  sealed: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deleted: z.boolean(),
});
export type RecordDto = z.infer<typeof recordDtoSchema>;

export const listRecordsResponseSchema = z.strictObject({
  records: z.array(recordDtoSchema),
  withdrawn: z.array(idSchema),
  cursor: z.strictObject({ mine: z.number().int(), shared: z.number().int() }),
  hasMore: z.boolean(),
});
export type ListRecordsResponse = z.infer<typeof listRecordsResponseSchema>;
