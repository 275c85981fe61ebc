import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser, Role } from '@rural/core';
import { API_KEY_PREFIX, newSecret, secretHash, SESSION_TOKEN_PREFIX } from './secret-token.js';

/** How long a token lives unless SESSION_HOURS says otherwise. */
export const DEFAULT_SESSION_HOURS = 12;

interface CallerRow {
  id: string;
  name: string;
  role: Role;
  division_id: string | null;
}

/**
 * Bearer tokens and API keys: random, kept only as hashes, looked up in PostgreSQL on every
 * request — so every API process sees a new session, a logout or a revoked key at once.
 */
@Injectable()
export class SessionService {
  private readonly hours: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.hours = Number(config.get('SESSION_HOURS') ?? DEFAULT_SESSION_HOURS);
  }

  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = newSecret(SESSION_TOKEN_PREFIX);
    const expiresAt = new Date(Date.now() + this.hours * 3600_000);
    await this.dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [secretHash(token), userId, expiresAt]);
    return { token, expiresAt };
  }

  /** The caller behind a token or key, or null for an unknown, expired or revoked one. One statement. */
  async resolve(secret: string): Promise<AuthenticatedUser | null> {
    const isKey = secret.startsWith(API_KEY_PREFIX);
    const [row] = (await this.dataSource.query(isKey ? KEY_LOOKUP : SESSION_LOOKUP, [secretHash(secret)])) as CallerRow[];
    if (!row) return null;
    return { kind: isKey ? 'API_KEY' : 'USER', id: row.id, username: row.name, role: row.role, divisionId: row.division_id };
  }

  /** Ends the session of this token; false when it was not a session (an API key, or already ended). */
  async close(token: string): Promise<boolean> {
    const ended = (await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1 RETURNING id`, [secretHash(token)])) as unknown[];
    return ended.length > 0;
  }
}

const SESSION_LOOKUP = `
  SELECT u.id, u.username AS name, u.role, u.division_id
    FROM user_session s JOIN app_user u ON u.id = s.user_id
   WHERE s.token_hash = $1 AND s.expires_at > now()`;

// Notes the key's use at most once a minute: a busy system must not write on every read.
const KEY_LOOKUP = `
  WITH key AS (
    SELECT id, name, role, division_id, last_used_at FROM api_key WHERE key_hash = $1 AND revoked_at IS NULL
  ), used AS (
    UPDATE api_key SET last_used_at = now()
     WHERE id IN (SELECT id FROM key WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
  )
  SELECT id, name, role, division_id FROM key`;
