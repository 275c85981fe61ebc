import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { newSecret, secretHash, SESSION_TOKEN_PREFIX } from './secret-token.js';

/** How long a token lives unless SESSION_HOURS says otherwise. */
export const DEFAULT_SESSION_HOURS = 12;

/**
 * Sign-in sessions: random bearer tokens kept only as hashes in PostgreSQL, looked up on every
 * request (see AdmissionService) — so every API process sees a new session or a logout at once.
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
    await this.dataSource.query(`INSERT INTO user_session (token_hash, user_id, expires_at) VALUES ($1, $2, $3)`, [
      secretHash(token),
      userId,
      expiresAt,
    ]);
    return { token, expiresAt };
  }

  /** Ends the session of this token; false when it was not a session (an API key, or already ended). */
  async close(token: string): Promise<boolean> {
    const ended = (await this.dataSource.query(`DELETE FROM user_session WHERE token_hash = $1 RETURNING id`, [
      secretHash(token),
    ])) as unknown[];
    return ended.length > 0;
  }
}
