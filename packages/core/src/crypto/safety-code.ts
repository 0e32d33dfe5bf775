import { concatBytes } from '../shared/bytes.ts';
import { deriveSubkey, LABELS } from './kdf.ts';

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/**
 * A short code both partners compare in person (DESIGN.md §5.4). It is derived from the couple key and
 * both identity public keys (sorted, so each side computes the same code): if the server had handed
 * either partner a different key, the codes would differ. 20 digits in 5 groups of 4.
 */
export function computeSafetyCode({ coupleKey, publicKeys }: { coupleKey: Uint8Array; publicKeys: [Uint8Array, Uint8Array] }): string {
  const sorted = [...publicKeys].sort(compareBytes);
  const digest = deriveSubkey(coupleKey, LABELS.safetyCode, concatBytes(...sorted));
  const groups: string[] = [];
  for (let i = 0; i < 5; i++) {
    const value = (((digest[i * 3] ?? 0) << 16) | ((digest[i * 3 + 1] ?? 0) << 8) | (digest[i * 3 + 2] ?? 0)) % 10000;
    groups.push(value.toString().padStart(4, '0'));
  }
  return groups.join(' ');
}
