import { NotFoundError, UserInputError, type RequestContext } from '@rural/core';
import { assertWithinScope, Division, DivisionLevel, LEVEL_NAMES } from '@rural/geography';

/**
 * The village a base or a match is placed in: it must exist and be of VILLAGE level. The row is
 * read FOR SHARE so that nobody changes its level before this transaction ends; and it must lie in
 * the caller's division.
 *
 * `rule` is the sentence shown when the division is not a village, e.g. "基地必须位于村级区划".
 */
export async function findVillageOrFail(ctx: RequestContext, villageId: string, rule: string, field = 'villageId'): Promise<Division> {
  const village = await ctx.transaction.findOne(Division, { where: { id: villageId }, lock: { mode: 'pessimistic_read' } });
  if (!village) throw new NotFoundError('村', villageId, field);
  if (village.level !== DivisionLevel.VILLAGE) {
    throw UserInputError.field(field, `${rule}，“${village.name}”是${LEVEL_NAMES[village.level]}级区划`);
  }
  assertWithinScope(ctx, village.ancestorIds, `村“${village.name}”`);
  return village;
}
