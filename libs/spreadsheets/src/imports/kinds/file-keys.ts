import type { ImportProblem } from '../history/import-problem.js';
import type { ParsedRow } from '../rows/parsed-row.js';

/**
 * The natural keys met so far in one file: a second row with a key already taken is
 * DUPLICATE_IN_FILE, naming the first row — which of the two is meant only the clerk knows.
 */
export class FileKeys {
  private readonly firstRow = new Map<string, number>();

  /** Claims `key` for `row`; the problem when an earlier row holds it. */
  claim(key: string, row: ParsedRow, column: string | null, described: string): ImportProblem | null {
    const first = this.firstRow.get(key);
    if (first === undefined) {
      this.firstRow.set(key, row.row);
      return null;
    }
    return {
      sheet: row.sheet,
      row: row.row,
      column,
      code: 'DUPLICATE_IN_FILE',
      message: `与第 ${first} 行重复（${described}）：同一条记录在文件中只能出现一次，请合并或删除其中一行`,
    };
  }
}
