import { z } from 'zod';
import { safeText, timeZoneSchema } from '../shared/strings.ts';

/**
 * Practice 5, keep all promises. The words of a promise are sealed; the server sees only what it needs
 * to remind and to enforce who may do what: the due time, the repeat rule, the reminder lead, and the
 * state of each occurrence.
 */
export const promiseContentSchema = z.strictObject({
  text: safeText({ maxBytes: 2000, minLength: 1 }).refine((s) => s.length <= 300, { message: 'must be at most 300 characters' }),
  details: safeText({ maxBytes: 8000 }).refine((s) => s.length <= 2000, { message: 'must be at most 2000 characters' }),
});
export type PromiseContent = z.infer<typeof promiseContentSchema>;

/** ISO weekday numbers: 1 = Monday … 7 = Sunday (luxon's and ISO 8601's numbering). */
export const isoWeekdaySchema = z.number().int().min(1).max(7);

export const repeatRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('daily'), until: z.iso.date().nullable() }),
  z.strictObject({ kind: z.literal('weekdays'), until: z.iso.date().nullable() }),
  z.strictObject({
    kind: z.literal('days'),
    days: z.array(isoWeekdaySchema).min(1).max(7).refine((d) => new Set(d).size === d.length, { message: 'must not repeat a day' }),
    until: z.iso.date().nullable(),
  }),
]);
export type RepeatRule = z.infer<typeof repeatRuleSchema>;

/** Local wall-clock time `HH:MM` (a repeating promise keeps its local time across daylight-saving changes). */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'must be a time HH:MM' });

export const promiseMetadataSchema = z
  .strictObject({
    /** the first (or only) due day and local time; null for a promise without a due time */
    due: z.strictObject({ localDate: z.iso.date(), localTime: localTimeSchema }).nullable(),
    timeZone: timeZoneSchema,
    repeat: repeatRuleSchema.nullable(),
    /** minutes before the due time to remind the promiser; null for no reminder before */
    reminderLeadMinutes: z.number().int().min(1).max(7 * 24 * 60).nullable(),
  })
  .refine((m) => m.repeat === null || m.due !== null, { message: 'a repeating promise needs a due time', path: ['repeat'] });
export type PromiseMetadata = z.infer<typeof promiseMetadataSchema>;
