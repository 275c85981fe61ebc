import type { EntityManager } from 'typeorm';
import { currentActor, ForbiddenError } from '@rural/core';

/**
 * The division whose subtree bounds the current caller (their account's or key's), or null for
 * the whole database. Writes read it from the acting caller (see `actAs`).
 */
export function callerScope(): string | null {
  return currentActor()?.divisionId ?? null;
}

/** True when a row whose place has these ancestors (self included) is inside the scope. */
export function withinScope(ancestorIds: readonly string[], scope: string | null | undefined): boolean {
  return !scope || ancestorIds.map(String).includes(scope);
}

/** Refuses a write that touches a place outside the caller's division. */
export function assertWithinCallerScope(ancestorIds: readonly string[], what: string): void {
  if (!withinScope(ancestorIds, callerScope())) throw new ForbiddenError(`${what}不在您负责的区划内，不能修改`);
}

/** The same, for a place known by id (one statement, only for a scoped caller). */
export async function assertDivisionWithinCallerScope(manager: EntityManager, divisionId: string, what: string): Promise<void> {
  if (!callerScope()) return;
  const [row] = (await manager.query(`SELECT ancestor_ids FROM division WHERE id = $1`, [divisionId])) as { ancestor_ids: string[] }[];
  // A missing division is reported by the caller's own existence checks.
  if (row) assertWithinCallerScope(row.ancestor_ids, what);
}
