import { createHash } from 'node:crypto';

import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, parse } from 'graphql';

import { formatLsn, laterLsn, parseLsn, type Lsn } from './lsn.js';
import { runInReadScope, type ReadScope } from './read-scope.js';
import { ReplicaRouter } from './replica-router.js';

/**
 * The caller's last write travels with the caller, not with the API process: several stateless
 * API processes sit behind one proxy, and the next request may land on another. The position is
 * handed back in a response header and a cookie after every write and read from either on the
 * next request (the console's fetches carry the cookie; scripts may echo the header). A session
 * row would need a write on the primary per write and a column per kind of credential; the
 * header costs nothing. A forged or stale value can only send that caller's own reads to the
 * primary (higher) or let them see a replica up to the lag limit (lower) — what any caller
 * without the cookie gets. The process also remembers the position by credentials for a minute,
 * for clients that keep neither.
 */
export const READ_AFTER_HEADER = 'X-Read-After';
export const READ_AFTER_COOKIE = 'rural_read_after';
const COOKIE_SECONDS = 60;

@Injectable()
export class ReadRoutingMiddleware implements NestMiddleware {
  constructor(private readonly router: ReplicaRouter) {}

  use(req: Request, res: Response, next: NextFunction): void {
    if (!this.router.enabled) return next();
    runInReadScope(new RequestReadScope(req, res, this.router), next);
  }
}

class RequestReadScope implements ReadScope {
  floor: Lsn | null;
  private readOnly: boolean | undefined;
  private readonly callerKey: string | null;

  constructor(
    private readonly req: Request,
    private readonly res: Response,
    private readonly router: ReplicaRouter,
  ) {
    const authorization = req.headers.authorization;
    this.callerKey = authorization ? createHash('sha256').update(authorization).digest('base64url') : null;
    const header = req.headers[READ_AFTER_HEADER.toLowerCase()];
    this.floor = [
      parseLsn(typeof header === 'string' ? header : null),
      parseLsn(cookieValue(req.headers.cookie, READ_AFTER_COOKIE)),
      this.callerKey ? router.lastWriteOf(this.callerKey) : null,
    ].reduce(laterLsn, null);
  }

  // Decided at the first read, when the body has been parsed whatever the middleware order.
  replicaReads(): boolean {
    this.readOnly ??= onlyReads(this.req);
    return this.readOnly;
  }

  wrote(lsn: Lsn): void {
    this.floor = laterLsn(this.floor, lsn);
    if (this.callerKey) this.router.rememberWrite(this.callerKey, this.floor!);
    if (this.res.headersSent) return;
    const text = formatLsn(this.floor!);
    this.res.setHeader(READ_AFTER_HEADER, text);
    this.res.append('Set-Cookie', `${READ_AFTER_COOKIE}=${text}; Path=/; Max-Age=${COOKIE_SECONDS}; HttpOnly; SameSite=Lax`);
  }
}

/** A GET (exports, templates, GraphQL queries over GET), or a GraphQL POST of queries only. */
function onlyReads(req: Request): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  // originalUrl: a mounted middleware sees `req.path` relative to its mount point.
  if (req.method !== 'POST' || !req.originalUrl.startsWith('/graphql')) return false;
  const body: unknown = req.body;
  const operations = Array.isArray(body) ? body : [body];
  return operations.length > 0 && operations.every(isQueryOperation);
}

function isQueryOperation(operation: unknown): boolean {
  const { query, operationName } = (operation ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const name = typeof operationName === 'string' ? operationName : undefined;
    return getOperationAST(parse(query, { maxTokens: 10_000 }), name)?.operation === 'query';
  } catch {
    // Apollo answers a document that does not parse; nothing reads for it.
    return false;
  }
}

function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of header?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return null;
}
