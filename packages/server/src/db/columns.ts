import { sql, type ColumnDataType, type Expression, type CreateTableBuilder } from 'kysely';
import type { Dialect } from './database.ts';

/**
 * The few column types that differ between SQLite and PostgreSQL, so each migration is written once
 * (stack-notes.md §3). SQLite tables are STRICT so type errors surface as they would on PostgreSQL.
 */
export function columns(dialect: Dialect) {
  const isSqlite = dialect === 'sqlite';
  return {
    text: 'text' as ColumnDataType,
    integer: 'integer' as ColumnDataType,
    bigint: (isSqlite ? 'integer' : 'bigint') as ColumnDataType,
    bool: (isSqlite ? 'integer' : 'boolean') as ColumnDataType,
    timestamp: (isSqlite ? 'text' : 'timestamptz') as ColumnDataType,
    json: (isSqlite ? 'text' : 'jsonb') as ColumnDataType,
    now: (isSqlite ? sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` : sql`now()`) as Expression<unknown>,
    strict<T extends string, C extends string>(builder: CreateTableBuilder<T, C>): CreateTableBuilder<T, C> {
      return isSqlite ? builder.modifyEnd(sql`strict`) : builder;
    },
  };
}
