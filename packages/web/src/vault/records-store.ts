import {
  findRecordSchemas,
  fromBase64Url,
  localDayOf,
  toBase64Url,
  type CheckinContent,
  type PromiseContent,
  type PromiseEventContent,
  type PromiseEventMetadata,
  type PromiseMetadata,
  type ReactionContent,
  type Transition,
  type Visibility,
} from '@mend/core';
import { openRecordContent, sealRecordContent, type RecordContext } from '@mend/core/crypto/index';
import type { ApiClient, RecordDto } from '../api/api-client.ts';
import { ApiError, isApiError } from '../api/api-error.ts';
import { isReaction, type CheckinRecord, type DecryptedRecord, type PromiseRecord } from './record-types.ts';
import { newId, randomBytes } from './random.ts';
import type { VaultState } from './vault-state.ts';
import { invalidContent } from './vault-errors.ts';

interface KeyContext {
  coupleId: string;
  userId: string;
  coupleKey: Uint8Array;
  accountKey: Uint8Array;
}

const CONFLICT_CODES = new Set(['records.version_conflict', 'records.duplicate']);
const CONFLICT_MESSAGE =
  'This entry was changed on another device. Mend has loaded the latest version and kept what you typed here — look it over, then save again.';

/** Shared entries use the couple key; private ones the author's own account key. */
function keyFor(visibility: Visibility, authorId: string, ctx: KeyContext): Uint8Array | null {
  if (visibility === 'partner') return ctx.coupleKey;
  return authorId === ctx.userId ? ctx.accountKey : null;
}

function contextOf(dto: Pick<RecordDto, 'id' | 'kind' | 'authorId' | 'visibility' | 'version' | 'metadata'>, coupleId: string): RecordContext {
  return { coupleId, recordId: dto.id, kind: dto.kind, authorId: dto.authorId, visibility: dto.visibility, version: dto.version, metadata: dto.metadata };
}

/**
 * Opens one record. Anything that fails to decrypt or does not match its kind's schema is kept and
 * marked unverified, so a tampered or damaged entry is shown as such, never silently dropped.
 */
export function decryptRecord(dto: RecordDto, ctx: KeyContext): DecryptedRecord {
  const base = {
    id: dto.id,
    kind: dto.kind,
    authorId: dto.authorId,
    visibility: dto.visibility,
    metadata: dto.metadata,
    version: dto.version,
    createdAt: dto.createdAt,
    updatedAt: dto.updatedAt,
  };
  const kind = findRecordSchemas(dto.kind);
  const key = keyFor(dto.visibility, dto.authorId, ctx);
  if (!kind || !key || dto.sealed === null) return { ...base, verified: false, content: null };
  try {
    const json = openRecordContent({ key, context: contextOf(dto, ctx.coupleId), sealed: fromBase64Url(dto.sealed) });
    const content = kind.contentSchema.safeParse(json);
    const metadata = kind.metadataSchema.safeParse(dto.metadata);
    if (!content.success || !metadata.success) return { ...base, verified: false, content: null };
    return { ...base, metadata: metadata.data as Record<string, unknown>, verified: true, content: content.data };
  } catch {
    return { ...base, verified: false, content: null };
  }
}

/** Decrypted records of the current space, in memory only, kept current by incremental sync. */
export function createRecordStore({ api, state, now = () => new Date() }: { api: ApiClient; state: VaultState; now?: () => Date }) {
  const records = new Map<string, DecryptedRecord>();
  let cursor = { mine: 0, shared: 0 };
  let coupleIdOfStore: string | null = null;
  let generation = 0;
  let running: Promise<void> | null = null;
  let again = false;

  function keyContext(): KeyContext {
    const { userId, keys, couple, coupleKey } = state.requireCouple();
    if (coupleIdOfStore !== couple.id) reset(couple.id);
    return { coupleId: couple.id, userId, coupleKey, accountKey: keys.accountKey };
  }

  function publish(): void {
    state.set({ records: [...records.values()], recordsLoaded: true });
  }

  function reset(coupleId: string | null = null): void {
    records.clear();
    cursor = { mine: 0, shared: 0 };
    coupleIdOfStore = coupleId;
    generation += 1;
    state.set({ records: [], recordsLoaded: false });
  }

  async function pullAll(): Promise<void> {
    const ctx = keyContext();
    const myGeneration = generation;
    for (;;) {
      const page = await api.listRecords(ctx.coupleId, cursor);
      if (myGeneration !== generation) return; // logged out or switched space meanwhile
      for (const dto of page.records) {
        if (dto.deleted) records.delete(dto.id);
        else records.set(dto.id, decryptRecord(dto, ctx));
      }
      for (const id of page.withdrawn) records.delete(id);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    publish();
  }

  /** Pulls every change since the last sync. Calls made while one runs are folded into one more pass. */
  function sync(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          await pullAll();
        } while (again);
      } finally {
        running = null;
      }
    })();
    return running;
  }

  async function writeRecord<C>(input: {
    kind: string;
    content: C;
    visibility: Visibility;
    metadata: Record<string, unknown>;
    existing?: { id: string; version: number } | undefined;
  }): Promise<DecryptedRecord> {
    const ctx = keyContext();
    const kind = findRecordSchemas(input.kind);
    if (!kind) throw new Error(`unknown kind ${input.kind}`);
    const parsed = kind.contentSchema.safeParse(input.content);
    if (!parsed.success) throw invalidContent();
    const content = parsed.data;
    const id = input.existing?.id ?? newId();
    const version = input.existing ? input.existing.version + 1 : 1;
    const key = keyFor(input.visibility, ctx.userId, ctx);
    if (!key) throw new Error('no key for this visibility');
    const context = contextOf({ id, kind: input.kind, authorId: ctx.userId, visibility: input.visibility, version, metadata: input.metadata }, ctx.coupleId);
    const sealed = toBase64Url(sealRecordContent({ key, context, content, randomBytes }));
    try {
      const dto = input.existing
        ? await api.updateRecord(ctx.coupleId, id, { expectedVersion: input.existing.version, visibility: input.visibility, metadata: input.metadata, sealed })
        : await api.createRecord(ctx.coupleId, { id, kind: input.kind, visibility: input.visibility, metadata: input.metadata, sealed });
      const saved = decryptRecord(dto, ctx);
      records.set(saved.id, saved);
      publish();
      sync().catch(() => undefined);
      return saved;
    } catch (error) {
      if (isApiError(error) && CONFLICT_CODES.has(error.code)) {
        await sync().catch(() => undefined);
        throw new ApiError({ status: error.status, code: error.code, message: CONFLICT_MESSAGE });
      }
      throw error;
    }
  }

  return {
    sync,
    reset,
    list: (): DecryptedRecord[] => [...records.values()],

    /**
     * Today's check-in. A new one is bound to today's calendar day in the writer's time zone; an edit
     * keeps the day it was written on (the server refuses moving a check-in to another day).
     */
    saveCheckin({ content, visibility, existing }: { content: CheckinContent; visibility: Visibility; existing?: CheckinRecord | null }) {
      const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const metadata = existing ? { localDay: existing.metadata.localDay, timeZone: existing.metadata.timeZone } : { localDay: localDayOf(now(), timeZone), timeZone };
      return writeRecord({ kind: 'checkin', content, visibility, metadata, existing: existing ?? undefined }) as Promise<CheckinRecord>;
    },

    /** A new promise (shared unless kept as a private draft), or an edit of a private draft. */
    savePromise({ content, metadata, visibility, existing }: { content: PromiseContent; metadata: PromiseMetadata; visibility: Visibility; existing?: PromiseRecord | null }) {
      return writeRecord({ kind: 'promise', content, visibility, metadata, existing: existing ?? undefined }) as Promise<PromiseRecord>;
    },

    /** One step in a promise's history: always shared, never edited (the server checks who may take it). */
    addPromiseStep(input: { promiseId: string; occurrence: string; transition: Transition; message: string; schedule?: PromiseMetadata | null; promise?: PromiseContent | null }) {
      const metadata: PromiseEventMetadata = { promiseId: input.promiseId, occurrence: input.occurrence, transition: input.transition, schedule: input.schedule ?? null };
      const content: PromiseEventContent = { message: input.message, promise: input.promise ?? null };
      return writeRecord({ kind: 'promise_event', content, visibility: 'partner', metadata });
    },

    /** One reaction per entry per person: reacting again changes the earlier one. */
    react({ targetId, reaction, note = '' }: { targetId: string; reaction: ReactionContent['reaction']; note?: string }) {
      const { userId } = state.requireKeys();
      const existing = [...records.values()].find((r) => isReaction(r) && r.authorId === userId && r.metadata.targetId === targetId);
      const content: ReactionContent = { reaction, note };
      return writeRecord({ kind: 'reaction', content, visibility: 'partner', metadata: { targetId }, existing });
    },
  };
}

export type RecordStore = ReturnType<typeof createRecordStore>;
