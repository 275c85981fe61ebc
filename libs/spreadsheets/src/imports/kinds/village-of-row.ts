import type { RequestContext } from '@rural/core';
import { DivisionLevel, withinScope, type Division } from '@rural/geography';

import type { ImportProblem } from '../history/import-problem.js';
import { found, keyProblem, type KeyProblem, type KeyResult } from '../keys/key-result.js';
import type { PlaceDirectory } from '../keys/place-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';

/**
 * The village a row's 县, 乡镇, 村 name, inside the caller's division. Checked here rather than
 * left to the use case, so that the clerk hears which column is wrong (村), not just "forbidden".
 */
export async function villageOfRow(ctx: RequestContext, places: PlaceDirectory, row: ParsedRow): Promise<KeyResult<Division>> {
  const place = await places.place({
    county: valueOf<string>(row, 'county') ?? null,
    town: valueOf<string>(row, 'town') ?? null,
    village: valueOf<string>(row, 'village') ?? null,
  });
  if (!place.ok) return place;
  const village = place.value;
  if (village.level !== DivisionLevel.VILLAGE) return keyProblem('REQUIRED', '村', '请填写村名称或村的 12 位区划代码');
  if (!withinScope(village.ancestorIds, ctx.scope)) {
    return keyProblem('FORBIDDEN', '村', `村“${village.name}”不在您负责的区划内，不能导入该行`);
  }
  return found(village);
}

/** A key that names nothing (or too much) as the row's one problem. */
export function keyProblemOfRow(row: ParsedRow, problem: KeyProblem): { problems: ImportProblem[] } {
  return { problems: [{ sheet: row.sheet, row: row.row, column: problem.column, code: problem.code, message: problem.message }] };
}

/** Maps a use case's field names (operatorId, signedOn …) to the kind's column headers, for its refusals. */
export function columnsOfFields(headers: Record<string, string>): (field: string) => string | null {
  return (field) => headers[field] ?? null;
}
