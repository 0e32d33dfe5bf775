import { z } from 'zod';
import { fromBase64Url, utf8Bytes } from './bytes.ts';

export const utf8Length = (text: string): number => utf8Bytes(text).length;

/** Embeddings, overrides and isolates, plus the invisible direction marks (LRM, RLM, ALM). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;

/**
 * A string safe to store in both SQLite and PostgreSQL: no NUL (PostgreSQL rejects it), no lone
 * surrogates (SQLite silently corrupts them), and limited by UTF-8 bytes as well as characters
 * (an emoji is one character but four bytes).
 */
export function safeText({ maxBytes, minLength = 0 }: { maxBytes: number; minLength?: number }) {
  return z
    .string()
    .min(minLength)
    .refine((s) => !s.includes('\u0000'), { message: 'must not contain NUL characters' })
    .refine((s) => s.isWellFormed(), { message: 'must be well-formed Unicode' })
    // A lone surrogate cannot be UTF-8 encoded; the check above already reports it.
    .refine((s) => !s.isWellFormed() || utf8Length(s) <= maxBytes, { message: `must be at most ${maxBytes} bytes` });
}

/** A name people see: trimmed, NFC, no bidi controls (they can disguise what a name says). */
export const displayNameSchema = safeText({ maxBytes: 200, minLength: 1 })
  .transform((s) => s.normalize('NFC').trim())
  // Counted in code points, so an emoji is one character, not two.
  .refine((s) => [...s].length >= 1 && [...s].length <= 60, { message: 'must be 1 to 60 characters' })
  .refine((s) => !BIDI_CONTROLS.test(s), { message: 'must not contain direction control characters' });

/** Emails are identifiers: NFC, trimmed, compared in lower case. */
export const emailSchema = safeText({ maxBytes: 254, minLength: 3 })
  .transform((s) => s.normalize('NFC').trim().toLowerCase())
  .pipe(z.email({ message: 'must be an email address' }));

export const idSchema = z.uuid({ message: 'must be a UUID' });

/** Unpadded base64url with bounds on the decoded length, so a truncated key or ciphertext is a 400. */
export function base64UrlBytes({ minBytes, maxBytes }: { minBytes: number; maxBytes: number }) {
  return z
    .string()
    .max(Math.ceil((maxBytes * 4) / 3) + 4)
    .regex(/^[A-Za-z0-9_-]*$/, { message: 'must be base64url without padding' })
    .refine(
      (s) => {
        try {
          const length = fromBase64Url(s).length;
          return length >= minBytes && length <= maxBytes;
        } catch {
          return false;
        }
      },
      { message: `must decode to ${minBytes}–${maxBytes} bytes` },
    );
}

/** A key of exactly 32 bytes, base64url. */
export const key32Schema = base64UrlBytes({ minBytes: 32, maxBytes: 32 });

/** An IANA time zone the runtime knows (Intl throws RangeError for anything else). */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(
    (tz) => {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    },
    { message: 'must be an IANA time zone such as Europe/Berlin' },
  );

/** A calendar day `YYYY-MM-DD` that exists. */
export const localDaySchema = z.iso.date({ message: 'must be a calendar day YYYY-MM-DD' });
