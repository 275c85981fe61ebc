import { createHash, randomBytes } from 'node:crypto';

/** API keys start with this, so one lookup knows which table to read. Session tokens never do. */
export const API_KEY_PREFIX = 'rk_';

/** 256 random bits, URL-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** What is stored instead of a token or a key: a copy of the database opens nothing. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
