import { ForbiddenError, NotFoundError, type RequestContext } from '@rural/core';

import { Division } from './division.entity.js';

/** True when a row whose place has these ancestors (self included) is inside the scope. */
export function withinScope(ancestorIds: readonly string[], scope: string | null | undefined): boolean {
  return !scope || ancestorIds.map(String).includes(scope);
}

/** Refuses a write that touches a place outside the caller's division. */
export function assertWithinScope(ctx: RequestContext, ancestorIds: readonly string[], what: string): void {
  if (!withinScope(ancestorIds, ctx.scope)) throw new ForbiddenError(`${what}不在您负责的区划内，不能修改`);
}

/** The same, for a place known by id (one statement, only for a scoped caller), inside the transaction. */
export async function assertDivisionWithinScope(ctx: RequestContext, divisionId: string, what: string): Promise<void> {
  if (!ctx.scope) return;
  const [row] = (await ctx.transaction.query(`SELECT ancestor_ids FROM division WHERE id = $1`, [divisionId])) as {
    ancestor_ids: string[];
  }[];
  // A missing division is reported by the caller's own existence checks.
  if (row) assertWithinScope(ctx, row.ancestor_ids, what);
}

/**
 * The division an account or a key is limited to: it must exist and lie in the caller's
 * division, and a scoped caller must name one (`what`: 账号, 接口密钥) — else they would hand out
 * more than they hold.
 */
export async function checkGrantedDivision(ctx: RequestContext, divisionId: string | null | undefined, what: string): Promise<void> {
  if (!divisionId) {
    if (ctx.scope) throw new ForbiddenError(`您只能创建限于本区划的${what}：请指定所属区划`);
    return;
  }
  const division = await ctx.transaction.findOneBy(Division, { id: divisionId });
  if (!division) throw new NotFoundError('区划', divisionId, 'divisionId');
  assertWithinScope(ctx, division.ancestorIds, '所属区划');
}
