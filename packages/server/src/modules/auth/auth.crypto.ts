import { createHash, createHmac, randomBytes, scrypt, timingSafeEqual, type BinaryLike, type ScryptOptions } from 'node:crypto';

const scryptAsync = (password: BinaryLike, salt: BinaryLike, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));

/**
 * The browser already ran Argon2id (64 MiB, t=3) and sends a 256-bit HKDF output, so the server's hash
 * is a second wall, not the main one: scrypt from Node's own crypto (it runs on libuv's thread pool
 * and never blocks the event loop), N=2^15, r=8 (32 MiB), so a stolen table still costs an attacker.
 */
const SCRYPT = { N: 32768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;

export async function hashSecretKey(key: Uint8Array): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(key, salt, 32, SCRYPT);
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifySecretKey(key: Uint8Array, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(key, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: SCRYPT.maxmem });
  return timingSafeEqual(actual, expected);
}

/** A hash computed for unknown emails so a failed login takes as long as a real one. */
let decoyHash: Promise<string> | undefined;
export async function burnEquivalentTime(key: Uint8Array): Promise<void> {
  decoyHash ??= hashSecretKey(randomBytes(32));
  await verifySecretKey(key, await decoyHash);
}

/**
 * For an email with no account the salt endpoint answers with HMAC(server secret, email): stable for
 * that email and indistinguishable from a real random salt, so the API does not reveal who has an account.
 */
export function fakeSaltFor(email: string, serverSecret: Uint8Array): string {
  return createHmac('sha256', serverSecret).update(`mend/fake-salt/v1\n${email}`).digest().subarray(0, 16).toString('base64url');
}

/** Session tokens are `<id>.<secret>`: 32 random bytes of secret, and only SHA-256(secret) is stored. */
export function createSessionToken(): { id: string; secret: string; token: string } {
  const id = crypto.randomUUID();
  const secret = randomBytes(32).toString('base64url');
  return { id, secret, token: `${id}.${secret}` };
}

export function hashSessionSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function sha256Base64Url(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('base64url');
}
