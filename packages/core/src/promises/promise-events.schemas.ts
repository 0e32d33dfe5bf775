import { z } from 'zod';
import { idSchema, safeText } from '../shared/strings.ts';
import { TRANSITIONS } from './promise-lifecycle.ts';
import { promiseContentSchema, promiseMetadataSchema } from './promises.schemas.ts';

/** Which occurrence a transition is about: `once` for a promise without a repeat, else its local day. */
export const occurrenceKeySchema = z.union([z.literal('once'), z.iso.date()]);

/**
 * One step in a promise's history (issue 3). Every transition is its own sealed record, never edited
 * or deleted, so the ledger keeps who did what and when. The words — a note, an owned miss, a
 * renegotiation's reason and new wording — are sealed; the server sees only which step it was.
 */
export const promiseEventMetadataSchema = z
  .strictObject({
    promiseId: idSchema,
    occurrence: occurrenceKeySchema,
    transition: z.enum(TRANSITIONS),
    /** a renegotiation's new schedule (the words are in the sealed content) */
    schedule: promiseMetadataSchema.nullable(),
  })
  .refine((m) => (m.transition === 'renegotiate') === (m.schedule !== null), { message: 'a renegotiation, and only a renegotiation, carries a schedule', path: ['schedule'] });
export type PromiseEventMetadata = z.infer<typeof promiseEventMetadataSchema>;

export const promiseEventContentSchema = z.strictObject({
  /** the note, the acknowledgement of a miss, or the reason for renegotiating (may be empty) */
  message: safeText({ maxBytes: 8000 }).refine((s) => s.length <= 2000, { message: 'must be at most 2000 characters' }),
  /** a renegotiation's new wording */
  promise: promiseContentSchema.nullable(),
});
export type PromiseEventContent = z.infer<typeof promiseEventContentSchema>;
