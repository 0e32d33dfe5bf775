import { utf8Bytes } from '../shared/bytes.ts';

/**
 * Associated data for every sealed value. Each context names what the ciphertext is and whose it is;
 * the parts are joined with a newline after checking none contains one, so two different contexts can
 * never produce the same bytes.
 */
export function associatedData(label: string, ...parts: Array<string | number>): Uint8Array {
  const fields = [label, ...parts.map(String)];
  for (const field of fields) {
    if (field.includes('\n')) throw new Error('associated data fields must not contain newlines');
  }
  return utf8Bytes(fields.join('\n'));
}

/** JSON with object keys sorted at every level, so both sides build the same bytes from the same metadata. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export const AD = {
  accountKeyByPassword: (userId: string) => associatedData('mend/account-key/password/v1', userId),
  accountKeyByRecovery: (userId: string) => associatedData('mend/account-key/recovery/v1', userId),
  identitySecret: (userId: string) => associatedData('mend/identity-secret/v1', userId),
  coupleKeyForMember: (coupleId: string, userId: string) => associatedData('mend/couple-key/member/v1', coupleId, userId),
  coupleKeyForInvite: (coupleId: string, inviteId: string) => associatedData('mend/couple-key/invite/v1', coupleId, inviteId),
  record: (r: { coupleId: string; recordId: string; kind: string; authorId: string; visibility: string; version: number; metadata: Record<string, unknown> }) =>
    associatedData('mend/record/v1', r.coupleId, r.recordId, r.kind, r.authorId, r.visibility, r.version, canonicalJson(r.metadata)),
} as const;
