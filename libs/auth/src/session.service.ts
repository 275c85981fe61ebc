import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { Repository } from 'typeorm';
import type { AuthenticatedUser } from '@rural/core';
import { UserSession } from './user-session.entity.js';
import { User } from './user.entity.js';

/** How long a token lives. */
export const SESSION_HOURS = 12;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Bearer tokens: random, kept only as a hash, looked up on every request. */
@Injectable()
export class SessionService {
  constructor(
    @InjectRepository(UserSession) private readonly sessions: Repository<UserSession>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  async open(userId: string): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await this.sessions.insert({ tokenHash: tokenHash(token), userId, expiresAt });
    return { token, expiresAt };
  }

  /** The user behind a token, or null for an unknown or expired one. */
  async resolve(token: string): Promise<AuthenticatedUser | null> {
    const user = await this.users
      .createQueryBuilder('user')
      .innerJoin(UserSession, 'session', 'session.user_id = user.id')
      .where('session.token_hash = :hash AND session.expires_at > now()', { hash: tokenHash(token) })
      .getOne();
    if (!user) return null;
    return { id: user.id, username: user.username, role: user.role, divisionId: user.divisionId };
  }
}
