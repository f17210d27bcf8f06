import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * R-IG-1: client ids and secrets. A secret is 32 random bytes (256 bits), so a fast hash is enough to keep a
 * stolen table useless (slow hashes protect guessable passwords; nobody guesses 256 random bits).
 */
export function newClientId(): string {
  return `int_${randomBytes(12).toString('hex')}`;
}

export function newClientSecret(): string {
  return `iss_${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented secret with the stored hash. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const presented = Buffer.from(hashSecret(secret), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}
