import type { RequestContext } from '@rural/core';

import type { ImportProblem } from '../history/import-problem.js';
import type { ParsedRow } from '../rows/parsed-row.js';
import { emptyTally, type BatchTally } from './kind-importer.js';
import { problemsOfError } from './problem-of-error.js';

/** What one row did when written through the use cases. */
export type RowEffect = 'created' | 'updated' | 'unchanged' | { problems: ImportProblem[] };

/**
 * Writes rows one at a time through a kind's own use cases (their checks, scopes and versions),
 * each inside a savepoint: a refused row is rolled back to the savepoint and reported, and the
 * transaction goes on with the next row. For the kinds a county has hundreds of, not 100,000.
 */
export async function rowByRow(
  ctx: RequestContext,
  rows: ParsedRow[],
  write: (row: ParsedRow) => Promise<RowEffect>,
  columnOf: (field: string) => string | null,
): Promise<BatchTally> {
  const tally = emptyTally();
  const manager = ctx.transaction;
  for (const row of rows) {
    await manager.query('SAVEPOINT import_row');
    try {
      const effect = await write(row);
      await manager.query('RELEASE SAVEPOINT import_row');
      if (typeof effect === 'string') tally[effect] += 1;
      else tally.problems.push(...effect.problems);
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_row');
      tally.problems.push(...problemsOfError(error, row, columnOf));
    }
  }
  return tally;
}
