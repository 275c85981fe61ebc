import { setTimeout as sleep } from 'node:timers/promises';

import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { UnauthenticatedError } from '@rural/core';

/** Wrong passwords for one username, within the window, before it is locked. */
const USERNAME_LIMIT = 5;
/** Wrong passwords from one address, within the window, before its answers are slowed. */
const ADDRESS_LIMIT = 20;
const ADDRESS_DELAY_MS = 2_000;

interface ThrottleRow {
  key: string;
  failures: number;
  locked_until: Date | null;
}

/**
 * Guessing passwords is made slow: after 5 wrong passwords in a window a username is locked for
 * a while (whatever the password); an address with many failures gets slow answers. Counted in
 * PostgreSQL, so every API process sees the same counts.
 */
@Injectable()
export class LoginThrottle {
  private readonly lockMinutes: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.lockMinutes = Number(config.get('LOGIN_LOCK_MINUTES') ?? 15);
  }

  /** Refuses a locked username; holds back an address that has failed too often. */
  async before(username: string, address: string): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT key, failures, locked_until FROM login_throttle WHERE key = ANY($1) AND (window_started_at > now() - make_interval(mins => $2) OR locked_until > now())`,
      [[userKey(username), addressKey(address)], this.lockMinutes],
    )) as ThrottleRow[];
    const user = rows.find((row) => row.key === userKey(username));
    if (user?.locked_until && user.locked_until > new Date()) {
      const minutes = Math.max(1, Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000));
      throw new UnauthenticatedError(`该用户名连续多次密码错误，已暂时锁定，请 ${minutes} 分钟后再试`, { retryAfterSeconds: minutes * 60 });
    }
    const fromAddress = rows.find((row) => row.key === addressKey(address));
    if (fromAddress && fromAddress.failures >= ADDRESS_LIMIT) await sleep(ADDRESS_DELAY_MS);
  }

  /** Counts a wrong password against the username and the address, in one statement. */
  async failed(username: string, address: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at)
       SELECT unnest($1::text[]), 1, now()
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at > now() - make_interval(mins => $2) THEN t.failures + 1 ELSE 1 END,
         window_started_at = CASE WHEN t.window_started_at > now() - make_interval(mins => $2) THEN t.window_started_at ELSE now() END,
         locked_until = CASE WHEN t.key LIKE 'user:%' AND t.window_started_at > now() - make_interval(mins => $2) AND t.failures + 1 >= $3
                             THEN now() + make_interval(mins => $2) ELSE t.locked_until END`,
      [[userKey(username), addressKey(address)], this.lockMinutes, USERNAME_LIMIT],
    );
  }

  /** A right password clears the username's count (not the address's). */
  async succeeded(username: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [userKey(username)]);
  }
}

function userKey(username: string): string {
  return `user:${username.trim().toLowerCase()}`;
}

function addressKey(address: string): string {
  return `address:${address}`;
}
