import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Visibility } from '@mend/core';
import type { Database, RecordsTable } from '../../db/schema.ts';
import { fromDbJson, fromDbTime, fromDbTimeOrNull, toDbJson, toDbTime, toNumber } from '../../db/codecs.ts';

export interface StoredRecord {
  id: string;
  coupleId: string;
  authorId: string;
  kind: string;
  visibility: Visibility;
  metadata: Record<string, unknown>;
  sealed: string | null;
  version: number;
  ownSeq: number;
  sharedSeq: number | null;
  uniqueKey: string | null;
  /** the record this one points at (a reaction's entry, a promise step's promise), or null */
  targetId: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

function toDomain(row: Selectable<RecordsTable>): StoredRecord {
  return {
    id: row.id,
    coupleId: row.couple_id,
    authorId: row.author_id,
    kind: row.kind,
    visibility: row.visibility as Visibility,
    metadata: fromDbJson(row.metadata) as Record<string, unknown>,
    sealed: row.sealed,
    version: row.version,
    ownSeq: toNumber(row.own_seq),
    sharedSeq: row.shared_seq === null ? null : toNumber(row.shared_seq),
    uniqueKey: row.unique_key,
    targetId: row.target_id,
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
    deletedAt: fromDbTimeOrNull(row.deleted_at),
  };
}

function toRow(record: StoredRecord): Selectable<RecordsTable> {
  return {
    id: record.id,
    couple_id: record.coupleId,
    author_id: record.authorId,
    kind: record.kind,
    visibility: record.visibility,
    metadata: toDbJson(record.metadata),
    sealed: record.sealed,
    version: record.version,
    own_seq: record.ownSeq,
    shared_seq: record.sharedSeq,
    unique_key: record.uniqueKey,
    target_id: record.targetId,
    created_at: toDbTime(new Date(record.createdAt)),
    updated_at: toDbTime(new Date(record.updatedAt)),
    deleted_at: record.deletedAt === null ? null : toDbTime(new Date(record.deletedAt)),
  };
}

/** Every query is scoped by couple: a record id from another couple simply does not exist here. */
export function createRecordsRepository({ db }: { db: Kysely<Database> | Transaction<Database> }) {
  return {
    async find({ coupleId, recordId }: { coupleId: string; recordId: string }): Promise<StoredRecord | undefined> {
      const row = await db.selectFrom('records').selectAll().where('couple_id', '=', coupleId).where('id', '=', recordId).executeTakeFirst();
      return row && toDomain(row);
    },
    /** Any couple: used only to tell "id already taken" apart from a new id, never to read content. */
    async idExists(recordId: string): Promise<boolean> {
      return (await db.selectFrom('records').select('id').where('id', '=', recordId).executeTakeFirst()) !== undefined;
    },
    async findLiveByUniqueKey({ coupleId, authorId, uniqueKey }: { coupleId: string; authorId: string; uniqueKey: string }): Promise<StoredRecord | undefined> {
      const row = await db
        .selectFrom('records')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('author_id', '=', authorId)
        .where('unique_key', '=', uniqueKey)
        .executeTakeFirst();
      return row && toDomain(row);
    },
    async insert(record: StoredRecord): Promise<void> {
      await db.insertInto('records').values(toRow(record)).execute();
    },
    /** Writes the new state only if the stored version is still the expected one (optimistic concurrency). */
    async replace(record: StoredRecord, expectedVersion: number): Promise<boolean> {
      const { id, couple_id, ...changes } = toRow(record);
      const result = await db.updateTable('records').set(changes).where('couple_id', '=', couple_id).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async listOwnSince({ coupleId, authorId, since, limit }: { coupleId: string; authorId: string; since: number; limit: number }): Promise<StoredRecord[]> {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('author_id', '=', authorId)
        .where('own_seq', '>', since)
        .orderBy('own_seq')
        .limit(limit)
        .execute();
      return rows.map(toDomain);
    },
    async listSharedSince({ coupleId, excludeAuthorId, since, limit }: { coupleId: string; excludeAuthorId: string; since: number; limit: number }): Promise<StoredRecord[]> {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('author_id', '!=', excludeAuthorId)
        .where('shared_seq', 'is not', null)
        .where('shared_seq', '>', since)
        .orderBy('shared_seq')
        .limit(limit)
        .execute();
      return rows.map(toDomain);
    },
    /** The live records of one kind that point at `targetId`, oldest first (a promise's history). */
    async listByTarget({ coupleId, targetId, kind }: { coupleId: string; targetId: string; kind: string }): Promise<StoredRecord[]> {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('couple_id', '=', coupleId)
        .where('target_id', '=', targetId)
        .where('kind', '=', kind)
        .where('deleted_at', 'is', null)
        // Every history kind is shared, so the couple's shared sequence orders it across both authors.
        .orderBy('shared_seq')
        .execute();
      return rows.map(toDomain);
    },
    /** Account deletion takes the person's own words with them. */
    async deleteAllByAuthor({ coupleId, authorId }: { coupleId: string; authorId: string }): Promise<void> {
      await db.deleteFrom('records').where('couple_id', '=', coupleId).where('author_id', '=', authorId).execute();
    },
    /** Returns false if the nonce was stored before (a replayed or swapped ciphertext). */
    async claimNonce({ coupleId, nonce }: { coupleId: string; nonce: string }): Promise<boolean> {
      const result = await db.insertInto('record_nonces').values({ nonce, couple_id: coupleId }).onConflict((oc) => oc.column('nonce').doNothing()).executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
    },
  };
}
export type RecordsRepository = ReturnType<typeof createRecordsRepository>;
