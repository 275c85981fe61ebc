import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { TooManyRequestsError, type RequestContext } from '@rural/core';
import { bearerToken } from './bearer-token.js';
import { secretHash } from './secret-token.js';

interface CounterRow {
  key: string;
  hits: number;
  seconds_left: number;
}

/**
 * Requests per token and per address in a fixed one-minute window, counted in PostgreSQL so that
 * every API process counts together; both counters move in one statement, once per HTTP request
 * (not per top-level field). Over either limit, the request is refused before any resolver runs.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly perToken: number;
  private readonly perAddress: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    config: ConfigService,
  ) {
    this.perToken = Number(config.get('RATE_LIMIT_PER_TOKEN') ?? 1200);
    this.perAddress = Number(config.get('RATE_LIMIT_PER_ADDRESS') ?? 2400);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const request = GqlExecutionContext.create(context).getContext<RequestContext & { rateChecked?: Promise<void> }>();
    request.rateChecked ??= this.count(request);
    await request.rateChecked;
    return true;
  }

  private async count({ req }: RequestContext): Promise<void> {
    const token = bearerToken(req.headers.authorization);
    const keys = [`address:${req.ip ?? 'unknown'}`, ...(token ? [`token:${secretHash(token)}`] : [])];
    const rows = (await this.dataSource.query(COUNT, [keys])) as CounterRow[];
    for (const row of rows) {
      const limit = row.key.startsWith('token:') ? this.perToken : this.perAddress;
      if (row.hits > limit) {
        const seconds = Math.max(1, Math.ceil(Number(row.seconds_left)));
        throw new TooManyRequestsError(`请求过于频繁，请 ${seconds} 秒后再试`, seconds);
      }
    }
  }
}

const COUNT = `
  INSERT INTO rate_limit_counter AS c (key, window_started_at, hits)
  SELECT unnest($1::text[]), now(), 1
  ON CONFLICT (key) DO UPDATE SET
    hits = CASE WHEN c.window_started_at > now() - interval '1 minute' THEN c.hits + 1 ELSE 1 END,
    window_started_at = CASE WHEN c.window_started_at > now() - interval '1 minute' THEN c.window_started_at ELSE now() END
  RETURNING key, hits, extract(epoch FROM c.window_started_at + interval '1 minute' - now()) AS seconds_left`;
