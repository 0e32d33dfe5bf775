import fc from 'fast-check';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { utf8Text } from '../shared/bytes.ts';
import { AD, associatedData } from './context.ts';

const text = (bytes: Uint8Array) => utf8Text(bytes);

describe('associatedData', () => {
  it('joins the label and the parts with newlines, numbers in decimal', () => {
    expect(bytesToHex(associatedData('l', 'a', 12))).toBe('6c0a610a3132');
  });

  it.each([
    ['the label', () => associatedData('a\nb')],
    ['a part', () => associatedData('label', 'ok', 'x\ny')],
    ['a record id', () => AD.record({ coupleId: 'c', recordId: 'r\n', kind: 'k', authorId: 'a', visibility: 'v', version: 1, metadata: {} })],
  ])('refuses a newline in %s (it would make two contexts collide)', (_where, build) => {
    expect(build).toThrow(/newline/);
  });

  it.each([
    ['accountKeyByPassword', AD.accountKeyByPassword('u'), 'mend/account-key/password/v1\nu'],
    ['accountKeyByRecovery', AD.accountKeyByRecovery('u'), 'mend/account-key/recovery/v1\nu'],
    ['identitySecret', AD.identitySecret('u'), 'mend/identity-secret/v1\nu'],
    ['coupleKeyForMember', AD.coupleKeyForMember('c', 'u'), 'mend/couple-key/member/v1\nc\nu'],
    ['coupleKeyForInvite', AD.coupleKeyForInvite('c', 'i'), 'mend/couple-key/invite/v1\nc\ni'],
    [
      'record',
      AD.record({ coupleId: 'c', recordId: 'r', kind: 'checkin', authorId: 'a', visibility: 'partner', version: 7, metadata: { timeZone: 'UTC', localDay: '2026-11-26' } }),
      'mend/record/v1\nc\nr\ncheckin\na\npartner\n7\n{"localDay":"2026-11-26","timeZone":"UTC"}',
    ],
  ])('%s has a fixed, versioned layout', (_name, bytes, expected) => {
    expect(text(bytes)).toBe(expected);
  });

  it('gives every kind of sealed value its own context for the same ids', () => {
    const all = [
      AD.accountKeyByPassword('x'),
      AD.accountKeyByRecovery('x'),
      AD.identitySecret('x'),
      AD.coupleKeyForMember('x', 'x'),
      AD.coupleKeyForInvite('x', 'x'),
      AD.record({ coupleId: 'x', recordId: 'x', kind: 'x', authorId: 'x', visibility: 'x', version: 1, metadata: {} }),
    ].map(bytesToHex);
    expect(new Set(all).size).toBe(all.length);
  });

  it('is injective: different field lists (without newlines) never give the same bytes', () => {
    const field = fc.string({ maxLength: 6 }).filter((s) => !s.includes('\n'));
    fc.assert(
      fc.property(fc.array(field, { maxLength: 4 }), fc.array(field, { maxLength: 4 }), (a, b) => {
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        expect(bytesToHex(associatedData('l', ...a))).not.toBe(bytesToHex(associatedData('l', ...b)));
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});
