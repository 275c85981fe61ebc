import type { Request } from 'express';
import type { EntityManager } from 'typeorm';

import { Role } from './auth/role.js';
import { RequestLoaders } from './request-loaders.js';

/**
 * Who acts: a user signed in with a password, another system with an API key, or the service
 * itself (start-up, the seed, command-line scripts) as a named SYSTEM caller.
 */
export interface Caller {
  kind: 'USER' | 'API_KEY' | 'SYSTEM';
  /** The user's or the key's id; for SYSTEM, what it runs as (e.g. `seed`). */
  id: string;
  /** The username, the key's name, or the SYSTEM job's name. */
  username: string;
  role: Role;
  /** The division whose subtree bounds what the caller sees and writes; null: everything. */
  divisionId: string | null;
}

/**
 * What every use case receives as its first argument: who calls, the division they are limited
 * to, the request's id (for logs), the request's DataLoaders, and — inside a transaction — the
 * transaction's EntityManager, so that services called from one use case share one transaction.
 * Immutable: entering a transaction gives a new context.
 */
export class RequestContext {
  private constructor(
    readonly caller: Caller,
    readonly requestId: string,
    readonly loaders: RequestLoaders,
    /** The open transaction's manager; null outside a transaction. */
    readonly manager: EntityManager | null,
  ) {}

  /** The context of a caller the auth guard admitted. */
  static forCaller(caller: Caller, requestId: string, loaders = new RequestLoaders()): RequestContext {
    return new RequestContext(caller, requestId, loaders, null);
  }

  /**
   * The service acting for itself, unlimited, under a name the audit trail keeps (`seed`,
   * `synthetic-data`, `first-admin`). Only code that no client can reach may use it.
   */
  static system(job: string): RequestContext {
    const caller: Caller = { kind: 'SYSTEM', id: job, username: job, role: Role.ADMIN, divisionId: null };
    return new RequestContext(caller, `system:${job}`, new RequestLoaders(), null);
  }

  /** The division the caller is limited to; null: the whole database. */
  get scope(): string | null {
    return this.caller.divisionId;
  }

  /** The open transaction's manager, for steps that only make sense inside one (locks, writes). */
  get transaction(): EntityManager {
    if (!this.manager) throw new Error('This step must run inside a transaction (Transactions.run)');
    return this.manager;
  }

  /** This context inside a transaction. */
  inTransaction(manager: EntityManager): RequestContext {
    return new RequestContext(this.caller, this.requestId, this.loaders, manager);
  }
}

/**
 * Fails closed: a use case called without a context (a forgotten argument, a call from code that
 * has no caller) is refused instead of running unlimited.
 */
export function requireContext(ctx: unknown): asserts ctx is RequestContext {
  if (!(ctx instanceof RequestContext)) {
    throw new Error(
      'A use case was called without a request context: refused (pass the caller’s RequestContext, or RequestContext.system(job))',
    );
  }
}

/** How a record names whoever wrote it: `USER:12`, `API_KEY:3`, `SYSTEM:seed`. */
export function actorRef(caller: Caller): string {
  return `${caller.kind}:${caller.id}`;
}

/** The GraphQL context of one HTTP request; `requestContext` is set once the caller is admitted. */
export interface GraphqlContext {
  req: Request;
  loaders: RequestLoaders;
  user?: Caller;
  requestContext?: RequestContext;
}
