// Capability tokens for link pages: 256 random bits, only the SHA-256 is ever stored.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_BYTES = 32;

export function newToken(random: (n: number) => Uint8Array = randomBytes): {
  token: string;
  hash: string;
} {
  const token = Buffer.from(random(TOKEN_BYTES)).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A well-formed token is 43 base64url characters; anything else is rejected before a lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
