import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database, UsersTable } from '../../db/schema.ts';
import type { Dialect } from '../../db/database.ts';
import { fromDbBool, fromDbJson, fromDbTime, toDbBool, toDbJson, toDbTime } from '../../db/codecs.ts';

export interface KdfParams {
  memoryKiB: number;
  iterations: number;
  parallelism: number;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
  salt: string;
  kdf: KdfParams;
  authHash: string;
  recoveryHash: string;
  wrappedAccountKey: string;
  recoveryWrappedAccountKey: string;
  identityPublicKey: string;
  sealedIdentitySecretKey: string;
  isRecoveryConfirmed: boolean;
  createdAt: string;
  updatedAt: string;
}

function toDomain(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    salt: row.salt,
    kdf: fromDbJson(row.kdf) as KdfParams,
    authHash: row.auth_hash,
    recoveryHash: row.recovery_hash,
    wrappedAccountKey: row.wrapped_account_key,
    recoveryWrappedAccountKey: row.recovery_wrapped_account_key,
    identityPublicKey: row.identity_public_key,
    sealedIdentitySecretKey: row.sealed_identity_secret_key,
    isRecoveryConfirmed: fromDbBool(row.is_recovery_confirmed),
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

/**
 * Users are not couple-scoped: an account exists before and after any couple. Every method takes the
 * user's own id or email (resolved from the session or a login), never a list.
 */
export function createUsersRepository({ db, dialect }: { db: Kysely<Database> | Transaction<Database>; dialect: Dialect }) {
  return {
    async findByEmail(email: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && toDomain(row);
    },
    async findById(id: string): Promise<User | undefined> {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDomain(row);
    },
    async insert(user: Omit<User, 'createdAt' | 'updatedAt'>, now: Date): Promise<void> {
      await db
        .insertInto('users')
        .values({
          id: user.id,
          email: user.email,
          display_name: user.displayName,
          salt: user.salt,
          kdf: toDbJson(user.kdf),
          auth_hash: user.authHash,
          recovery_hash: user.recoveryHash,
          wrapped_account_key: user.wrappedAccountKey,
          recovery_wrapped_account_key: user.recoveryWrappedAccountKey,
          identity_public_key: user.identityPublicKey,
          sealed_identity_secret_key: user.sealedIdentitySecretKey,
          is_recovery_confirmed: toDbBool(dialect, user.isRecoveryConfirmed),
          created_at: toDbTime(now),
          updated_at: toDbTime(now),
        })
        .execute();
    },
    async markRecoveryConfirmed(id: string, now: Date): Promise<void> {
      await db.updateTable('users').set({ is_recovery_confirmed: toDbBool(dialect, true), updated_at: toDbTime(now) }).where('id', '=', id).execute();
    },
    /** Password change and recovery replace only the password's wrap of the same account key. */
    async replacePassword(id: string, change: { salt: string; kdf: KdfParams; authHash: string; wrappedAccountKey: string }, now: Date): Promise<void> {
      await db
        .updateTable('users')
        .set({ salt: change.salt, kdf: toDbJson(change.kdf), auth_hash: change.authHash, wrapped_account_key: change.wrappedAccountKey, updated_at: toDbTime(now) })
        .where('id', '=', id)
        .execute();
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom('users').where('id', '=', id).execute();
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
