import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';

import { TooManyRequestsError, type Caller, type Role } from '@rural/core';

import { bearerToken } from './bearer-token.js';
import { API_KEY_PREFIX, secretHash } from './secret-token.js';

/** What admitting a request found: who calls (null: no token, or one that opens nothing). */
export interface Admission {
  caller: Caller | null;
}

interface AdmissionRow {
  key: string;
  hits: number;
  seconds_left: string;
  id: string | null;
  name: string | null;
  role: Role | null;
  division_id: string | null;
}

/**
 * Admits each GraphQL request with one statement: it counts the request against the limits of
 * its address and its token (fixed one-minute windows, in PostgreSQL so that every API process
 * counts together) and, in the same round trip, looks up who the token belongs to — a session
 * or an API key. Over a limit, the request is refused before any resolver runs.
 */
@Injectable()
export class AdmissionService {
  private readonly perToken: number;
  private readonly perAddress: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.perToken = Number(config.get('RATE_LIMIT_PER_TOKEN') ?? 1200);
    this.perAddress = Number(config.get('RATE_LIMIT_PER_ADDRESS') ?? 2400);
  }

  async admit(req: Request): Promise<Admission> {
    const token = bearerToken(req.headers.authorization);
    const hash = token ? secretHash(token) : null;
    const keys = [`address:${req.ip ?? 'unknown'}`, ...(hash ? [`token:${hash}`] : [])];
    const lookup = !token ? NO_CALLER : token.startsWith(API_KEY_PREFIX) ? KEY_CALLER : SESSION_CALLER;
    const rows = (await this.dataSource.query(admissionStatement(lookup), hash ? [keys, hash] : [keys])) as AdmissionRow[];
    for (const row of rows) {
      const limit = row.key.startsWith('token:') ? this.perToken : this.perAddress;
      if (row.hits > limit) {
        const seconds = Math.max(1, Math.ceil(Number(row.seconds_left)));
        throw new TooManyRequestsError(`请求过于频繁，请 ${seconds} 秒后再试`, seconds);
      }
    }
    const found = rows[0];
    if (!token || !found?.id || !found.role) return { caller: null };
    return {
      caller: {
        kind: token.startsWith(API_KEY_PREFIX) ? 'API_KEY' : 'USER',
        id: String(found.id),
        username: found.name ?? '',
        role: found.role,
        divisionId: found.division_id === null ? null : String(found.division_id),
      },
    };
  }
}

interface CallerLookup {
  /** Extra CTEs, after `hits`. */
  ctes: string;
  /** The relation holding the caller (at most one row), or a stand-in without one. */
  from: string;
}

const NO_CALLER: CallerLookup = {
  ctes: '',
  from: '(SELECT NULL::bigint AS id, NULL::text AS name, NULL::user_role AS role, NULL::bigint AS division_id) caller',
};

const SESSION_CALLER: CallerLookup = {
  ctes: '',
  from: `(SELECT u.id, u.username::text AS name, u.role, u.division_id
            FROM user_session s JOIN app_user u ON u.id = s.user_id
           WHERE s.token_hash = $2 AND s.expires_at > now()) caller`,
};

// Notes a key's use at most once a minute: a busy system must not write on every read.
const KEY_CALLER: CallerLookup = {
  ctes: `,
    key AS (
      SELECT id, name, role, division_id, last_used_at FROM api_key WHERE key_hash = $2 AND revoked_at IS NULL
    ),
    used AS (
      UPDATE api_key SET last_used_at = now()
       WHERE id IN (SELECT id FROM key WHERE last_used_at IS NULL OR last_used_at < now() - interval '1 minute')
    )`,
  from: '(SELECT id, name::text AS name, role, division_id FROM key) caller',
};

function admissionStatement(lookup: CallerLookup): string {
  return `
    WITH hits AS (
      INSERT INTO rate_limit_counter AS c (key, window_started_at, hits)
      SELECT unnest($1::text[]), now(), 1
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN c.window_started_at > now() - interval '1 minute' THEN c.hits + 1 ELSE 1 END,
        window_started_at = CASE WHEN c.window_started_at > now() - interval '1 minute' THEN c.window_started_at ELSE now() END
      RETURNING key, hits, extract(epoch FROM c.window_started_at + interval '1 minute' - now()) AS seconds_left
    )${lookup.ctes}
    SELECT hits.key, hits.hits, hits.seconds_left, caller.id, caller.name, caller.role, caller.division_id
      FROM hits LEFT JOIN ${lookup.from} ON true`;
}
