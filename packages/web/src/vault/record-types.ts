import type { CheckinContent, CheckinMetadata, PromiseContent, PromiseEventContent, PromiseEventMetadata, PromiseMetadata, ReactionContent, ReactionMetadata, Visibility } from '@mend/core';

/**
 * A record as the browser knows it. `verified` is false when the content could not be decrypted or did
 * not match its kind's schema: the UI says so instead of silently dropping it.
 */
export interface DecryptedRecord<C = unknown, M = Record<string, unknown>> {
  id: string;
  kind: string;
  authorId: string;
  visibility: Visibility;
  metadata: M;
  version: number;
  createdAt: string;
  updatedAt: string;
  verified: boolean;
  content: C | null;
}

export type CheckinRecord = DecryptedRecord<CheckinContent, CheckinMetadata>;
export type ReactionRecord = DecryptedRecord<ReactionContent, ReactionMetadata>;

export type PromiseRecord = DecryptedRecord<PromiseContent, PromiseMetadata>;
export type PromiseEventRecord = DecryptedRecord<PromiseEventContent, PromiseEventMetadata>;

export function isPromise(record: DecryptedRecord): record is PromiseRecord {
  return record.kind === 'promise';
}

export function isPromiseEvent(record: DecryptedRecord): record is PromiseEventRecord {
  return record.kind === 'promise_event';
}

export function isCheckin(record: DecryptedRecord): record is CheckinRecord {
  return record.kind === 'checkin';
}

export function isReaction(record: DecryptedRecord): record is ReactionRecord {
  return record.kind === 'reaction';
}
