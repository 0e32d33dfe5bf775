import type { z } from 'zod';
import {
  ciphertextReplayed,
  duplicateEntry,
  findKind,
  fromBase64Url,
  invalidMetadata,
  notAuthor,
  recordIdTaken,
  recordNotFound,
  toBase64Url,
  unknownKind,
  versionConflict,
  visibilityNotAllowed,
  type createRecordRequestSchema,
  type ListRecordsResponse,
  type RecordDto,
  type RecordKindDefinition,
  type updateRecordRequestSchema,
  type Visibility,
} from '@mend/core';
import { nonceOf } from '@mend/core/crypto/aead';
import type { AppDeps } from '../../app/deps.ts';
import type { Repositories } from '../../db/repositories.ts';
import { assertMember, loadCoupleForWriting, type CoupleAccess } from '../couples/couple-access.ts';
import type { StoredRecord } from './records.repository.ts';

const PAGE_SIZE = 200;

/** Follow-up work after a committed write (reminders); it can fail without undoing the write. */
async function afterWrite(record: StoredRecord, now: Date, deps: AppDeps): Promise<void> {
  try {
    await deps.onRecordWritten?.(record, now);
  } catch (error) {
    // Only the kind and an error class: never the record's content or metadata.
    process.stderr.write(`${JSON.stringify({ level: 50, msg: 'after-write hook failed', kind: record.kind, error: error instanceof Error ? error.name : 'unknown' })}\n`);
  }
}

export function toRecordDto(record: StoredRecord): RecordDto {
  return {
    id: record.id,
    kind: record.kind,
    authorId: record.authorId,
    visibility: record.visibility,
    metadata: record.metadata,
    sealed: record.sealed,
    version: record.version,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    deleted: record.deletedAt !== null,
  };
}

const isVisibleTo = (record: StoredRecord, userId: string) => record.authorId === userId || (record.visibility === 'partner' && record.deletedAt === null);

/** Metadata the kind's schema accepts, and a visibility the kind allows; content is not the server's to check. */
function parseWrite(kind: RecordKindDefinition, input: { metadata: unknown; visibility: Visibility }): unknown {
  const parsed = kind.metadataSchema.safeParse(input.metadata);
  if (!parsed.success) throw invalidMetadata();
  if (!kind.visibilities.includes(input.visibility)) throw visibilityNotAllowed();
  return parsed.data;
}

/**
 * A record pointing at another must point at a live, shared record of the couple: the partner's for a
 * reaction, or one of the kind's target kind (a promise, for a step in its history); a step is then
 * checked against the target and the steps before it.
 */
async function assertTargetAllowed(
  repos: Repositories,
  kind: RecordKindDefinition,
  metadata: unknown,
  { coupleId, actorId, now }: { coupleId: string; actorId: string; now: Date },
): Promise<string | null> {
  const targetId = kind.targetId?.(metadata);
  if (targetId === undefined) return null;
  const rule = kind.targetRule ?? { scope: 'partners_shared' };
  const target = await repos.records.find({ coupleId, recordId: targetId });
  if (!target || target.visibility !== 'partner' || target.deletedAt !== null) throw recordNotFound();
  if (rule.scope === 'partners_shared' && target.authorId === actorId) throw recordNotFound();
  if (rule.targetKind && target.kind !== rule.targetKind) throw recordNotFound();
  if (kind.assertWithHistory) {
    const history = (await repos.records.listByTarget({ coupleId, targetId, kind: kind.kind })).map((r) => kind.metadataSchema.parse(r.metadata));
    kind.assertWithHistory({ actorId, metadata, now, target: { authorId: target.authorId, metadata: target.metadata, visibility: target.visibility }, history });
  }
  return targetId;
}

/** Each sealed payload is stored once: a replayed or swapped ciphertext is refused by its nonce. */
async function claimNonce(repos: Repositories, coupleId: string, sealed: string): Promise<void> {
  if (!(await repos.records.claimNonce({ coupleId, nonce: toBase64Url(nonceOf(fromBase64Url(sealed))) }))) throw ciphertextReplayed();
}

/**
 * Sequence numbers for sync: every change takes a new number in its author's own stream, and also in
 * the couple's shared stream when the record is or was visible to the partner. Private changes never
 * touch the shared stream, so the partner's cursor reveals nothing about them.
 */
async function nextSeqs(repos: Repositories, access: CoupleAccess, { sharedNow, sharedBefore }: { sharedNow: boolean; sharedBefore: boolean }) {
  const ownSeq = await repos.couples.nextOwnSeq({ coupleId: access.couple.id, userId: access.me.userId });
  const sharedSeq = sharedNow || sharedBefore ? await repos.couples.nextSharedSeq(access.couple.id) : null;
  return { ownSeq, sharedSeq };
}

function audience(access: CoupleAccess, { sharedNow, sharedBefore }: { sharedNow: boolean; sharedBefore: boolean }): string[] {
  return [access.me.userId, ...(sharedNow || sharedBefore ? access.partners.map((p) => p.userId) : [])];
}

export async function createRecord({ actorId, coupleId, input }: { actorId: string; coupleId: string; input: z.infer<typeof createRecordRequestSchema> }, deps: AppDeps): Promise<RecordDto> {
  const kind = findKind(input.kind);
  if (!kind) throw unknownKind();
  const metadata = parseWrite(kind, input);
  const now = deps.clock();
  kind.assertCanCreate({ actorId, metadata, visibility: input.visibility, now });
  const uniqueKey = kind.uniqueKey(metadata);
  const { record, notify } = await deps.store.transaction(async (repos) => {
    const access = await loadCoupleForWriting(repos, { coupleId, userId: actorId });
    const targetId = await assertTargetAllowed(repos, kind, metadata, { coupleId, actorId, now });
    if (await repos.records.idExists(input.id)) throw recordIdTaken();
    if (uniqueKey && (await repos.records.findLiveByUniqueKey({ coupleId, authorId: actorId, uniqueKey }))) throw duplicateEntry();
    await claimNonce(repos, coupleId, input.sealed);
    const flags = { sharedNow: input.visibility === 'partner', sharedBefore: false };
    const record: StoredRecord = {
      id: input.id,
      coupleId,
      authorId: actorId,
      kind: kind.kind,
      visibility: input.visibility,
      metadata: metadata as Record<string, unknown>,
      sealed: input.sealed,
      version: 1,
      ...(await nextSeqs(repos, access, flags)),
      uniqueKey,
      targetId,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      deletedAt: null,
    };
    await repos.records.insert(record);
    return { record, notify: audience(access, flags) };
  });
  deps.events.notify({ coupleId, userIds: notify });
  await afterWrite(record, now, deps);
  return toRecordDto(record);
}

/** Loads a record the actor wrote; someone else's record they can see is 403, anything else 404. */
async function loadOwnRecord(repos: Repositories, { coupleId, recordId, actorId }: { coupleId: string; recordId: string; actorId: string }) {
  const existing = await repos.records.find({ coupleId, recordId });
  if (!existing || existing.deletedAt !== null || !isVisibleTo(existing, actorId)) throw recordNotFound();
  if (existing.authorId !== actorId) throw notAuthor();
  const kind = findKind(existing.kind);
  if (!kind) throw unknownKind();
  return { existing, kind };
}

export async function updateRecord(
  { actorId, coupleId, recordId, input }: { actorId: string; coupleId: string; recordId: string; input: z.infer<typeof updateRecordRequestSchema> },
  deps: AppDeps,
): Promise<RecordDto> {
  const now = deps.clock();
  const { record, notify } = await deps.store.transaction(async (repos) => {
    const access = await loadCoupleForWriting(repos, { coupleId, userId: actorId });
    const { existing, kind } = await loadOwnRecord(repos, { coupleId, recordId, actorId });
    const metadata = parseWrite(kind, input);
    kind.assertCanUpdate({ actorId, metadata, visibility: input.visibility, now, existing: { authorId: existing.authorId, metadata: existing.metadata, visibility: existing.visibility } });
    if (existing.version !== input.expectedVersion) throw versionConflict();
    await assertTargetAllowed(repos, kind, metadata, { coupleId, actorId, now });
    const uniqueKey = kind.uniqueKey(metadata);
    if (uniqueKey && uniqueKey !== existing.uniqueKey && (await repos.records.findLiveByUniqueKey({ coupleId, authorId: actorId, uniqueKey }))) throw duplicateEntry();
    await claimNonce(repos, coupleId, input.sealed);
    const flags = { sharedNow: input.visibility === 'partner', sharedBefore: existing.visibility === 'partner' };
    const record: StoredRecord = {
      ...existing,
      visibility: input.visibility,
      metadata: metadata as Record<string, unknown>,
      sealed: input.sealed,
      version: existing.version + 1,
      ...(await nextSeqs(repos, access, flags)),
      uniqueKey,
      updatedAt: now.toISOString(),
    };
    if (!(await repos.records.replace(record, input.expectedVersion))) throw versionConflict();
    return { record, notify: audience(access, flags) };
  });
  deps.events.notify({ coupleId, userIds: notify });
  await afterWrite(record, now, deps);
  return toRecordDto(record);
}

/** Deleting keeps only a tombstone (id, kind, author, times) so every device forgets the entry. */
export async function deleteRecord(
  { actorId, coupleId, recordId, expectedVersion }: { actorId: string; coupleId: string; recordId: string; expectedVersion: number },
  deps: AppDeps,
): Promise<RecordDto> {
  const now = deps.clock();
  const { record, notify } = await deps.store.transaction(async (repos) => {
    const access = await loadCoupleForWriting(repos, { coupleId, userId: actorId });
    const { existing, kind } = await loadOwnRecord(repos, { coupleId, recordId, actorId });
    kind.assertCanDelete({ actorId, now, existing: { authorId: existing.authorId, metadata: existing.metadata, visibility: existing.visibility } });
    if (existing.version !== expectedVersion) throw versionConflict();
    const flags = { sharedNow: false, sharedBefore: existing.visibility === 'partner' };
    const record: StoredRecord = {
      ...existing,
      metadata: {},
      sealed: null,
      version: existing.version + 1,
      ...(await nextSeqs(repos, access, flags)),
      uniqueKey: null,
      updatedAt: now.toISOString(),
      deletedAt: now.toISOString(),
    };
    if (!(await repos.records.replace(record, expectedVersion))) throw versionConflict();
    return { record, notify: audience(access, flags) };
  });
  deps.events.notify({ coupleId, userIds: notify });
  await afterWrite(record, now, deps);
  return toRecordDto(record);
}

export async function listRecords({ actorId, coupleId, mine, shared }: { actorId: string; coupleId: string; mine: number; shared: number }, deps: AppDeps): Promise<ListRecordsResponse> {
  const { repos } = deps.store;
  await assertMember(repos, { coupleId, userId: actorId });
  const own = await repos.records.listOwnSince({ coupleId, authorId: actorId, since: mine, limit: PAGE_SIZE });
  const partners = await repos.records.listSharedSince({ coupleId, excludeAuthorId: actorId, since: shared, limit: PAGE_SIZE });
  return {
    records: [...own, ...partners.filter((r) => r.visibility === 'partner')].map(toRecordDto),
    // A partner's entry that is no longer shared: only its id, so the partner's device forgets it.
    withdrawn: partners.filter((r) => r.visibility !== 'partner').map((r) => r.id),
    cursor: { mine: own.at(-1)?.ownSeq ?? mine, shared: partners.at(-1)?.sharedSeq ?? shared },
    hasMore: own.length === PAGE_SIZE || partners.length === PAGE_SIZE,
  };
}
