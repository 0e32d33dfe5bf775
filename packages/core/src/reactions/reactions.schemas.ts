import { z } from 'zod';
import { idSchema, safeText } from '../shared/strings.ts';

/** Short, warm acknowledgements. There is no "seen" marker: a reaction is given, never extracted. */
export const REACTIONS = ['thank_you', 'heart', 'hug', 'i_hear_you'] as const;

export const reactionContentSchema = z.strictObject({
  reaction: z.enum(REACTIONS),
  note: safeText({ maxBytes: 800 }).refine((s) => s.length <= 200, { message: 'must be at most 200 characters' }),
});
export type ReactionContent = z.infer<typeof reactionContentSchema>;

export const reactionMetadataSchema = z.strictObject({ targetId: idSchema });
export type ReactionMetadata = z.infer<typeof reactionMetadataSchema>;
