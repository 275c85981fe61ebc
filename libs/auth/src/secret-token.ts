import { createHash, randomBytes } from 'node:crypto';

/** API keys start with this, so one lookup knows which table to read. */
export const API_KEY_PREFIX = 'rk_';

/** Session tokens start with this: never with the key prefix, whatever the random part. */
export const SESSION_TOKEN_PREFIX = 'rs_';

/** 256 random bits, URL-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/** What is stored instead of a token or a key: a copy of the database opens nothing. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
