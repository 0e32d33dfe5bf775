import type { z } from 'zod';
import { checkinContentSchema, checkinMetadataSchema } from '../checkins/checkins.schemas.ts';
import { promiseContentSchema, promiseMetadataSchema } from '../promises/promises.schemas.ts';
import { promiseEventContentSchema, promiseEventMetadataSchema } from '../promises/promise-events.schemas.ts';
import { reactionContentSchema, reactionMetadataSchema } from '../reactions/reactions.schemas.ts';

export interface RecordSchemas {
  contentSchema: z.ZodType;
  metadataSchema: z.ZodType;
}

/**
 * What each kind of record looks like, without the server's rules: all the browser needs to read and
 * write entries. Kept apart from kinds.ts so the rules' dependencies (dates, for promises) stay out of
 * the app's first download.
 */
export const RECORD_SCHEMAS: Record<string, RecordSchemas> = {
  checkin: { contentSchema: checkinContentSchema, metadataSchema: checkinMetadataSchema },
  reaction: { contentSchema: reactionContentSchema, metadataSchema: reactionMetadataSchema },
  promise: { contentSchema: promiseContentSchema, metadataSchema: promiseMetadataSchema },
  promise_event: { contentSchema: promiseEventContentSchema, metadataSchema: promiseEventMetadataSchema },
};

export function findRecordSchemas(kind: string): RecordSchemas | undefined {
  return Object.hasOwn(RECORD_SCHEMAS, kind) ? RECORD_SCHEMAS[kind] : undefined;
}
