import type { RecordKindDefinition } from '../records/kinds.ts';
import { notAuthor } from '../records/records.errors.ts';
import { daysThatCountAsToday } from '../time/local-day.ts';
import { checkinDayChanged, checkinNotToday } from './checkins.errors.ts';
import { checkinContentSchema, checkinMetadataSchema, type CheckinContent, type CheckinMetadata } from './checkins.schemas.ts';

function assertIsToday(metadata: CheckinMetadata, now: Date): void {
  if (!daysThatCountAsToday(now, metadata.timeZone).has(metadata.localDay)) throw checkinNotToday();
}

/**
 * Practice 1, the daily honesty check-in. One per person per day; written and edited only on its own
 * day (an honest record of that day, not something to rewrite later); private or shared by choice.
 */
export const checkinKind: RecordKindDefinition<CheckinContent, CheckinMetadata> = {
  kind: 'checkin',
  contentSchema: checkinContentSchema,
  metadataSchema: checkinMetadataSchema,
  visibilities: ['private', 'partner'],
  uniqueKey: (metadata) => `checkin:${metadata.localDay}`,
  assertCanCreate: ({ metadata, now }) => assertIsToday(metadata, now),
  assertCanUpdate: ({ actorId, metadata, now, existing }) => {
    if (existing.authorId !== actorId) throw notAuthor();
    // Day and time zone both stay: changing the zone would stretch "today" for later edits.
    if (existing.metadata.localDay !== metadata.localDay || existing.metadata.timeZone !== metadata.timeZone) throw checkinDayChanged();
    assertIsToday(existing.metadata, now);
  },
  assertCanDelete: ({ actorId, existing }) => {
    if (existing.authorId !== actorId) throw notAuthor();
  },
};
