import type { RequestContext } from '@rural/core';

import type { ImportProblem } from '../history/import-problem.js';
import type { ParsedRow } from '../rows/parsed-row.js';
import { emptyTally, type BatchTally } from './kind-importer.js';
import { rowByRow } from './row-by-row.js';

/** What a row comes to once its keys are read: a problem, nothing to write, or the write to make. */
export type RowPlan = 'unchanged' | { problems: ImportProblem[] } | (() => Promise<'created' | 'updated'>);

/**
 * Rows in file order: each is first read and compared (`plan`, reads only), and only a row that
 * changes something is written — inside `rowByRow`'s savepoint, through the use cases. A file
 * imported again thus costs one read per row, not a savepoint and a read. Rows are planned one at
 * a time, after the writes of the rows before them, so a row sees what the file's earlier rows did.
 */
export async function planThenWrite(
  ctx: RequestContext,
  rows: ParsedRow[],
  plan: (row: ParsedRow) => Promise<RowPlan>,
  columnOf: (field: string) => string | null,
): Promise<BatchTally> {
  const tally = emptyTally();
  for (const row of rows) {
    const planned = row.problems.length > 0 ? { problems: row.problems } : await plan(row);
    if (planned === 'unchanged') tally.unchanged += 1;
    else if (typeof planned !== 'function') tally.problems.push(...planned.problems);
    else {
      const written = await rowByRow(ctx, [row], planned, columnOf);
      tally.created += written.created;
      tally.updated += written.updated;
      tally.problems.push(...written.problems);
    }
  }
  return tally;
}
