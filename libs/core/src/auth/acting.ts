import { AsyncLocalStorage } from 'node:async_hooks';

import type { AuthenticatedUser } from '../request-context.js';

/**
 * Who the code running now acts for: set around each GraphQL operation (after the auth guard)
 * so that every transaction it opens can name its actor to the database, where the audit
 * trigger reads it. Nothing outside a request (start-up, the seed) has an actor: SYSTEM.
 */
const acting = new AsyncLocalStorage<AuthenticatedUser>();

export function actAs<T>(actor: AuthenticatedUser, work: () => T): T {
  return acting.run(actor, work);
}

export function currentActor(): AuthenticatedUser | undefined {
  return acting.getStore();
}

/** How a record names whoever wrote it: `USER:12`, `API_KEY:3`. */
export function actorRef(actor: AuthenticatedUser): string {
  return `${actor.kind}:${actor.id}`;
}
