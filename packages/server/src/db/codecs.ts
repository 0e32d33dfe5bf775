import type { Dialect } from './database.ts';

/**
 * Conversions every repository codec shares. Instants are always written as ISO-8601 UTC with
 * milliseconds (PostgreSQL casts the text to timestamptz; on SQLite the uniform format keeps text
 * comparison correct) and read back as ISO strings whatever the driver returns.
 */
export const toDbTime = (date: Date): string => date.toISOString();

export function fromDbTime(value: string | Date): string {
  if (value instanceof Date) return value.toISOString();
  // SQLite gives back the text toDbTime wrote; re-parsing every timestamp of every row is wasted work.
  return ISO_UTC_MS.test(value) ? value : new Date(value).toISOString();
}
const ISO_UTC_MS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function fromDbTimeOrNull(value: string | Date | null): string | null {
  return value === null ? null : fromDbTime(value);
}

/** better-sqlite3 refuses JS booleans: 0/1 there, real booleans on PostgreSQL. */
export const toDbBool = (dialect: Dialect, value: boolean): number | boolean => (dialect === 'sqlite' ? (value ? 1 : 0) : value);
export const fromDbBool = (value: number | boolean): boolean => Boolean(value);

export const toDbJson = (value: unknown): string => JSON.stringify(value);
export const fromDbJson = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

export const toNumber = (value: number | string | null): number => Number(value ?? 0);
