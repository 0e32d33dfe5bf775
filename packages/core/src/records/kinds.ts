import type { z } from 'zod';
import type { Visibility } from './records.schemas.ts';
import { checkinKind } from '../checkins/checkins.kind.ts';
import { reactionKind } from '../reactions/reactions.kind.ts';
import { promiseKind } from '../promises/promises.kind.ts';
import { promiseEventKind } from '../promises/promise-events.kind.ts';

/** What the server knows when it checks a write: metadata only, never content. */
export interface WriteContext<M> {
  actorId: string;
  metadata: M;
  visibility: Visibility;
  now: Date;
}

export interface ExistingRecord<M> {
  authorId: string;
  metadata: M;
  visibility: Visibility;
}

/**
 * One entry in the registry of record kinds: what the sealed content looks like (checked in the
 * browser, the only place it can be read), what metadata the server may see and validate, and the
 * rules the server enforces on that metadata. Adding a practice means adding one of these.
 */
export interface RecordKindDefinition<C = unknown, M = unknown> {
  kind: string;
  contentSchema: z.ZodType<C>;
  metadataSchema: z.ZodType<M>;
  visibilities: readonly Visibility[];
  /** a per-author key that must be unique among live records (one check-in a day), or null */
  uniqueKey(metadata: M): string | null;
  /** throws a DomainError if the actor may not create this record now */
  assertCanCreate(context: WriteContext<M>): void;
  /** throws a DomainError if the actor may not change the record now */
  assertCanUpdate(context: WriteContext<M> & { existing: ExistingRecord<M> }): void;
  /** throws a DomainError if the actor may not delete the record now */
  assertCanDelete(context: { actorId: string; now: Date; existing: ExistingRecord<M> }): void;
  /** the id of another record this one points at, which must be visible to the actor */
  targetId?(metadata: M): string;
  /**
   * Who may point at what: `partners_shared` (default) — only the other partner's shared entry (a
   * reaction); `shared` — any shared entry of the couple, of kind `targetKind` (a promise's history).
   */
  targetRule?: { scope: 'partners_shared' | 'shared'; targetKind?: string };
  /**
   * For kinds that are a step in another record's history: checks the new step against the target and
   * the earlier steps (their metadata, oldest first). Throws a DomainError when the step is not allowed.
   */
  assertWithHistory?(input: { actorId: string; metadata: M; now: Date; target: ExistingRecord<unknown>; history: M[] }): void;
}

export const RECORD_KINDS = {
  checkin: checkinKind,
  reaction: reactionKind,
  promise: promiseKind,
  promise_event: promiseEventKind,
} as const;

export type RecordKind = keyof typeof RECORD_KINDS;

export function findKind(kind: string): RecordKindDefinition | undefined {
  return Object.hasOwn(RECORD_KINDS, kind) ? (RECORD_KINDS[kind as RecordKind] as unknown as RecordKindDefinition) : undefined;
}
