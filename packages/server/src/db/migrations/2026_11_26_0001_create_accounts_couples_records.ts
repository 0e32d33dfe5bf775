import { sql, type Kysely } from 'kysely';
import { columns } from '../columns.ts';
import type { Dialect } from '../database.ts';

/** Accounts, sessions, couples, invitations and the generic sealed record store (issue 2). */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const c = columns(dialect);

  await c
    .strict(
      db.schema
        .createTable('users')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('email', c.text, (col) => col.notNull().unique())
        .addColumn('display_name', c.text, (col) => col.notNull())
        .addColumn('salt', c.text, (col) => col.notNull())
        .addColumn('kdf', c.json, (col) => col.notNull())
        .addColumn('auth_hash', c.text, (col) => col.notNull())
        .addColumn('recovery_hash', c.text, (col) => col.notNull())
        .addColumn('wrapped_account_key', c.text, (col) => col.notNull())
        .addColumn('recovery_wrapped_account_key', c.text, (col) => col.notNull())
        .addColumn('identity_public_key', c.text, (col) => col.notNull())
        .addColumn('sealed_identity_secret_key', c.text, (col) => col.notNull())
        .addColumn('is_recovery_confirmed', c.bool, (col) => col.notNull())
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('updated_at', c.timestamp, (col) => col.notNull()),
    )
    .execute();

  await c
    .strict(
      db.schema
        .createTable('sessions')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('user_id', c.text, (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('secret_hash', c.text, (col) => col.notNull())
        .addColumn('device', c.text, (col) => col.notNull())
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('last_seen_at', c.timestamp, (col) => col.notNull())
        .addColumn('expires_at', c.timestamp, (col) => col.notNull()),
    )
    .execute();
  await db.schema.createIndex('sessions_user_id_idx').on('sessions').column('user_id').execute();

  await c
    .strict(
      db.schema
        .createTable('couples')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('status', c.text, (col) => col.notNull().check(sqlIn(['active', 'archived'], 'status')))
        .addColumn('next_shared_seq', c.bigint, (col) => col.notNull())
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('archived_at', c.timestamp),
    )
    .execute();

  await c
    .strict(
      db.schema
        .createTable('couple_members')
        .addColumn('couple_id', c.text, (col) => col.notNull().references('couples.id').onDelete('cascade'))
        .addColumn('user_id', c.text, (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', c.text, (col) => col.notNull().check(sqlIn(['rebuilding', 'hurt', 'both'], 'role')))
        .addColumn('sealed_couple_key', c.text, (col) => col.notNull())
        .addColumn('next_own_seq', c.bigint, (col) => col.notNull())
        .addColumn('joined_at', c.timestamp, (col) => col.notNull())
        .addColumn('left_at', c.timestamp)
        .addPrimaryKeyConstraint('couple_members_pk', ['couple_id', 'user_id']),
    )
    .execute();
  await db.schema.createIndex('couple_members_user_id_idx').on('couple_members').column('user_id').execute();

  await c
    .strict(
      db.schema
        .createTable('invites')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('couple_id', c.text, (col) => col.notNull().references('couples.id').onDelete('cascade'))
        .addColumn('inviter_id', c.text, (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('proof_hash', c.text, (col) => col.notNull())
        .addColumn('sealed_couple_key', c.text, (col) => col.notNull())
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('expires_at', c.timestamp, (col) => col.notNull())
        .addColumn('used_at', c.timestamp)
        .addColumn('used_by', c.text, (col) => col.references('users.id').onDelete('set null'))
        .addColumn('revoked_at', c.timestamp),
    )
    .execute();
  await db.schema.createIndex('invites_couple_id_idx').on('invites').column('couple_id').execute();

  await c
    .strict(
      db.schema
        .createTable('records')
        .addColumn('id', c.text, (col) => col.primaryKey())
        .addColumn('couple_id', c.text, (col) => col.notNull().references('couples.id').onDelete('cascade'))
        .addColumn('author_id', c.text, (col) => col.notNull().references('users.id').onDelete('cascade'))
        .addColumn('kind', c.text, (col) => col.notNull())
        .addColumn('visibility', c.text, (col) => col.notNull().check(sqlIn(['private', 'partner'], 'visibility')))
        .addColumn('metadata', c.json, (col) => col.notNull())
        .addColumn('sealed', c.text)
        .addColumn('version', c.integer, (col) => col.notNull())
        .addColumn('own_seq', c.bigint, (col) => col.notNull())
        .addColumn('shared_seq', c.bigint)
        .addColumn('unique_key', c.text)
        .addColumn('created_at', c.timestamp, (col) => col.notNull())
        .addColumn('updated_at', c.timestamp, (col) => col.notNull())
        .addColumn('deleted_at', c.timestamp),
    )
    .execute();
  await db.schema.createIndex('records_own_seq_idx').on('records').columns(['couple_id', 'author_id', 'own_seq']).execute();
  await db.schema.createIndex('records_shared_seq_idx').on('records').columns(['couple_id', 'shared_seq']).execute();
  await db.schema.createIndex('records_unique_key_idx').on('records').columns(['couple_id', 'author_id', 'unique_key']).unique().execute();

  // Every nonce ever stored: a ciphertext can be stored once, so it cannot be replayed into another record.
  await c
    .strict(
      db.schema
        .createTable('record_nonces')
        .addColumn('nonce', c.text, (col) => col.primaryKey())
        .addColumn('couple_id', c.text, (col) => col.notNull().references('couples.id').onDelete('cascade')),
    )
    .execute();
  await db.schema.createIndex('record_nonces_couple_id_idx').on('record_nonces').column('couple_id').execute();
}

function sqlIn(values: string[], column: string) {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
