import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { utf8Bytes } from '../shared/bytes.ts';
import { openRecordContent, sealRecordContent, type RecordContext } from './record-seal.ts';
import { counterRandom, range, expectOpenFailed } from './crypto.test-support.ts';


const KEY = range(0x20, 32);
const CONTEXT: RecordContext = { coupleId: 'couple-1', recordId: 'rec-1', kind: 'checkin', authorId: 'author-1', visibility: 'partner', version: 3, metadata: { localDay: '2026-11-26', timeZone: 'Europe/Berlin' } };
const CONTENT = { mood: 'calm', need: null, smallTruths: [], note: 'héllo ✓' };
/**
 * Pins the record layout: XChaCha20-Poly1305 of JSON.stringify(CONTENT) under "mend/record/v1\ncouple-1\nrec-1\ncheckin\nauthor-1\npartner\n3\n{\"localDay\":…,\"timeZone\":…}".
 * The ciphertext part was first computed with Node/OpenSSL; the tag was recomputed when metadata joined the
 * associated data. The primitive itself is pinned by the draft-irtf-cfrg-xchacha vector in aead.test.ts.
 */
const SEALED_HEX =
  '333435363738393a3b3c3d3e3f404142434445464748494a0e290422e96462e3e81c7e649ffedcaa204e5f97ece09eb76c5000acf4a0bd580100c21d13486e5ad6c70699e7a218ef563f7a9ae7188e93ec6a293a6fae8cb84cfdf378924290220434b279e8ffa0c0';
const seal = (context: RecordContext = CONTEXT) => sealRecordContent({ key: KEY, context, content: CONTENT, randomBytes: counterRandom(0x33) });

describe('sealRecordContent / openRecordContent', () => {
  it('matches a known answer computed with Node crypto', () => {
    expect(bytesToHex(seal())).toBe(SEALED_HEX);
  });

  it('opens back to the same content', () => {
    expect(openRecordContent({ key: KEY, context: CONTEXT, sealed: hexToBytes(SEALED_HEX) })).toEqual(CONTENT);
  });

  it('round-trips nested content with any Unicode', () => {
    const content = { a: [1, 2, { b: 'ü 😀 中文' }], c: true, d: null };
    const sealed = sealRecordContent({ key: KEY, context: CONTEXT, content, randomBytes: counterRandom(1) });
    expect(openRecordContent({ key: KEY, context: CONTEXT, sealed })).toEqual(content);
  });

  it('does not contain the content in the clear', () => {
    const sealed = sealRecordContent({ key: KEY, context: CONTEXT, content: { note: 'CANARY-1234567890' }, randomBytes: counterRandom(1) });
    expect(bytesToHex(sealed)).not.toContain(bytesToHex(utf8Bytes('CANARY')));
  });
});

describe('openRecordContent: a ciphertext moved to another context fails with crypto.open_failed', () => {
  it.each([
    ['coupleId', { coupleId: 'couple-2' }],
    ['recordId', { recordId: 'rec-2' }],
    ['kind', { kind: 'reaction' }],
    ['authorId', { authorId: 'author-2' }],
    ['visibility', { visibility: 'private' }],
    ['version replayed (older)', { version: 2 }],
    ['version replayed (newer)', { version: 4 }],
    ['the check-in day (metadata)', { metadata: { localDay: '2026-11-25', timeZone: 'Europe/Berlin' } }],
    ['the time zone (metadata)', { metadata: { localDay: '2026-11-26', timeZone: 'UTC' } }],
  ] as Array<[string, Partial<RecordContext>]>)('changing %s', (_field, change) => {
    expectOpenFailed(() => openRecordContent({ key: KEY, context: { ...CONTEXT, ...change }, sealed: hexToBytes(SEALED_HEX) }));
  });

  it('a wrong key (e.g. the account key instead of the couple key)', () => {
    expectOpenFailed(() => openRecordContent({ key: range(0x21, 32), context: CONTEXT, sealed: hexToBytes(SEALED_HEX) }));
  });

  it.each([0, 10, 39, 40, 100])('truncated to %i bytes', (length) => {
    expectOpenFailed(() => openRecordContent({ key: KEY, context: CONTEXT, sealed: hexToBytes(SEALED_HEX).slice(0, length) }));
  });

  it("another record's ciphertext swapped in", () => {
    const other = seal({ ...CONTEXT, recordId: 'rec-9' });
    expect(openRecordContent({ key: KEY, context: { ...CONTEXT, recordId: 'rec-9' }, sealed: other })).toEqual(CONTENT);
    expectOpenFailed(() => openRecordContent({ key: KEY, context: CONTEXT, sealed: other }));
  });

  it('refuses to build a context whose fields could be shifted by a newline', () => {
    expect(() => seal({ ...CONTEXT, recordId: 'rec-1\ncheckin' })).toThrow(/newline/);
  });
});
