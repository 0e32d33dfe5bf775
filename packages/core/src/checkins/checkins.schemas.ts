import { z } from 'zod';
import { localDaySchema, safeText, timeZoneSchema } from '../shared/strings.ts';

/** A small fixed set: naming a mood is the point, not measuring it. */
export const MOODS = ['calm', 'hopeful', 'grateful', 'tired', 'anxious', 'sad', 'hurt', 'angry', 'numb'] as const;
/** What the writer would like from their partner today (practice 1: "I'd like comfort / some space"). */
export const NEEDS = ['comfort', 'space'] as const;
/** Prompts for the "small truths" of practice 1; `other` is a free line. */
export const TRUTH_PROMPTS = ['late_because', 'mood_about', 'on_my_mind', 'proud_of', 'other'] as const;
export const MAX_SMALL_TRUTHS = 3;

export const smallTruthSchema = z.strictObject({
  prompt: z.enum(TRUTH_PROMPTS),
  text: safeText({ maxBytes: 2000, minLength: 1 }).refine((s) => s.length <= 500, { message: 'must be at most 500 characters' }),
});

/** Sealed content of a check-in: everything here is encrypted in the browser. */
export const checkinContentSchema = z.strictObject({
  mood: z.enum(MOODS),
  need: z.enum(NEEDS).nullable(),
  smallTruths: z.array(smallTruthSchema).max(MAX_SMALL_TRUTHS),
  note: safeText({ maxBytes: 8000 }).refine((s) => s.length <= 2000, { message: 'must be at most 2000 characters' }),
});
export type CheckinContent = z.infer<typeof checkinContentSchema>;

/** What the server sees: which day the check-in is for, in the writer's time zone. */
export const checkinMetadataSchema = z.strictObject({ localDay: localDaySchema, timeZone: timeZoneSchema });
export type CheckinMetadata = z.infer<typeof checkinMetadataSchema>;
