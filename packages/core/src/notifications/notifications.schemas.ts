import { z } from 'zod';
import { idSchema } from '../shared/strings.ts';

/**
 * In-app notifications carry a kind and the record they are about, never anyone's words; the page
 * writes the gentle sentence itself. The partner is never notified about the other's missed promise.
 */
export const NOTIFICATION_KINDS = ['promise_due_soon', 'promise_check_in'] as const;

export const notificationDtoSchema = z.strictObject({
  id: idSchema,
  coupleId: idSchema,
  kind: z.enum(NOTIFICATION_KINDS),
  subjectId: idSchema,
  occurrence: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type NotificationDto = z.infer<typeof notificationDtoSchema>;

export const notificationListResponseSchema = z.strictObject({ notifications: z.array(notificationDtoSchema) });
