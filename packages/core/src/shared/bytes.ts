import { base64urlnopad, utf8 } from '@scure/base';

/** Injected randomness: core never reaches for a global random source (see CONVENTIONS.md, Boundaries). */
export type RandomBytes = (length: number) => Uint8Array;

export const toBase64Url = (bytes: Uint8Array): string => base64urlnopad.encode(bytes);
export const fromBase64Url = (text: string): Uint8Array => base64urlnopad.decode(text);
export const utf8Bytes = (text: string): Uint8Array => utf8.decode(text);
export const utf8Text = (bytes: Uint8Array): string => utf8.encode(bytes);

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Constant-time comparison for secrets of equal public length. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
