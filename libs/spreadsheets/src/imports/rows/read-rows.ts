import { cleanText, unwrapCell } from '../../cells/cell-text.js';
import { isUntouchedExample } from '../../cells/example-row.js';
import { matchHeaderRow, type FoundColumn } from '../../cells/header-row.js';
import { parseCell } from '../../cells/parse-cell.js';
import type { KindSpec } from '../../columns/catalogue.js';
import { FileTooLargeError } from '../files/file-errors.js';
import type { SheetRow } from '../files/sheet-row.js';
import type { ImportProblem } from '../history/import-problem.js';
import type { ParsedRow } from './parsed-row.js';

// The header is looked for among the first rows (titles merged above it come first in real files).
const HEADER_SEARCH_ROWS = 20;

/** The file's header, found: where each column is, or the problems that stop the import. */
export interface FileHeader {
  sheet: string;
  /** As Excel numbers it; 0 when none was found. */
  row: number;
  columns: FoundColumn[];
  problems: ImportProblem[];
}

/**
 * Reads a file's rows as a kind's rows: finds the header among the first rows, then parses every
 * data row's cells. Empty rows and the template's untouched example row are skipped; more data rows
 * than `maxRows` stop the import. `onHeader` hears the header before the first row.
 */
export async function* readRows(
  source: AsyncIterable<SheetRow>,
  spec: KindSpec,
  maxRows: number,
  onHeader: (header: FileHeader) => void,
): AsyncGenerator<ParsedRow> {
  const iterator = source[Symbol.asyncIterator]();
  const head: SheetRow[] = [];
  let next = await iterator.next();
  while (!next.done && next.value.row <= HEADER_SEARCH_ROWS) {
    head.push(next.value);
    next = await iterator.next();
  }
  const header = findHeader(head, spec);
  onHeader(header);
  if (header.problems.length > 0 || header.columns.length === 0) return;

  let count = 0;
  let firstDataRow = true;
  const rest = async function* () {
    for (const row of head) if (row.row > header.row) yield row;
    while (!next.done) {
      yield next.value;
      next = await iterator.next();
    }
  };
  for await (const line of rest()) {
    if (isEmpty(line.cells)) continue;
    // The template's example sits right under the header; left as it was, it is not data.
    if (firstDataRow && isUntouchedExample(header.columns, line.cells)) {
      firstDataRow = false;
      continue;
    }
    firstDataRow = false;
    count += 1;
    if (count > maxRows) throw FileTooLargeError.rows(maxRows);
    yield parseRow(line, header.columns);
  }
}

function findHeader(head: SheetRow[], spec: KindSpec): FileHeader {
  const sheet = head[0]?.sheet ?? spec.title;
  const match = matchHeaderRow(denseRows(head), spec.columns);
  return {
    sheet,
    row: match.headerRow ?? 0,
    columns: match.columns,
    problems: match.problems.map((problem) => ({
      sheet,
      row: match.headerRow,
      column: problem.column,
      code: problem.code,
      message: problem.message,
    })),
  };
}

// The header matcher reads rows by position (index 0 = Excel row 1); a streamed sheet skips empty rows.
function denseRows(head: SheetRow[]): unknown[][] {
  const rows: unknown[][] = [];
  for (const line of head) rows[line.row - 1] = line.cells;
  return Array.from(rows, (cells) => cells ?? []);
}

function parseRow(line: SheetRow, columns: FoundColumn[]): ParsedRow {
  const parsed: ParsedRow = { sheet: line.sheet, row: line.row, values: new Map(), problems: [] };
  for (const { column, index, unit } of columns) {
    const result = parseCell(column, line.cells[index] ?? null, unit);
    if (result.ok) parsed.values.set(column.key, result.value);
    else parsed.problems.push({ sheet: line.sheet, row: line.row, column: column.header, ...result.problem });
  }
  return parsed;
}

function isEmpty(cells: unknown[]): boolean {
  return cells.every((raw) => {
    const cell = unwrapCell(raw);
    return cell.ok && (cell.value === null || (typeof cell.value === 'string' && cleanText(cell.value) === ''));
  });
}
