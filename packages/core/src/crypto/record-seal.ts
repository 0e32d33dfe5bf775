import { utf8Bytes, utf8Text, type RandomBytes } from '../shared/bytes.ts';
import { openWithKey, sealWithKey } from './aead.ts';
import { AD } from './context.ts';

export interface RecordContext {
  coupleId: string;
  recordId: string;
  kind: string;
  authorId: string;
  visibility: string;
  version: number;
  /** the plaintext metadata the server sees (a check-in's day, a reaction's target): bound, so it cannot be changed */
  metadata: Record<string, unknown>;
}

/**
 * A record's content as JSON sealed under the couple key (shared) or the author's account key
 * (private), bound by associated data to the record's id, kind, author, visibility, version and metadata: a
 * ciphertext swapped between records, replayed at an older version, or relabelled fails to open.
 */
export function sealRecordContent({ key, context, content, randomBytes }: { key: Uint8Array; context: RecordContext; content: unknown; randomBytes: RandomBytes }): Uint8Array {
  return sealWithKey({ key, plaintext: utf8Bytes(JSON.stringify(content)), associatedData: AD.record(context), randomBytes });
}

export function openRecordContent({ key, context, sealed }: { key: Uint8Array; context: RecordContext; sealed: Uint8Array }): unknown {
  return JSON.parse(utf8Text(openWithKey({ key, sealed, associatedData: AD.record(context) })));
}
