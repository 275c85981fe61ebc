import type { Enterprise } from '@rural/enterprises';
import { DivisionLevel, type Division } from '@rural/geography';

import { found, keyProblem, type KeyResult } from '../keys/key-result.js';
import type { MatchPlace } from '../keys/reference-directory.js';

const COLUMN = '对接企业';

/**
 * The match a row's 对接企业 stands for, among the enterprise's matches: for a base, the base's own
 * match, else one of its village with no base; for a village, a match of that village; above, the
 * one match of the enterprise inside the division. None is NOT_FOUND; several, AMBIGUOUS.
 */
export function resolveMatch(
  matches: MatchPlace[],
  enterprise: Enterprise,
  division: Division,
  base: { id: string; villageId: string } | null,
): KeyResult<MatchPlace> {
  let candidates: MatchPlace[];
  if (base) {
    const own = matches.filter((match) => match.baseId === base.id);
    candidates = own.length > 0 ? own : matches.filter((match) => match.baseId === null && match.villageId === base.villageId);
  } else if (division.level === DivisionLevel.VILLAGE) {
    candidates = matches.filter((match) => match.villageId === division.id);
  } else {
    candidates = matches.filter((match) => match.villageAncestorIds.includes(division.id));
  }
  if (candidates.length === 1) return found(candidates[0]);
  const where = base ? '该基地' : `“${division.name}”`;
  if (candidates.length === 0) {
    return keyProblem('NOT_FOUND', COLUMN, `企业“${enterprise.name}”在${where}没有引企下乡对接，请先录入对接，或核对企业与地点`);
  }
  return keyProblem(
    'AMBIGUOUS',
    COLUMN,
    `企业“${enterprise.name}”在${where}有 ${candidates.length} 个对接，无法确定是哪一个：请按基地或村分别填写`,
  );
}
