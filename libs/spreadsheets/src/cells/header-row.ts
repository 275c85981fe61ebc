import type { ColumnSpec, UnitOption } from '../columns/column.js';
import type { CellProblem } from './cell-problem.js';
import { cleanText, toHalfWidth, unwrapCell } from './cell-text.js';

/** A header cell split into its name and the unit in brackets: 面积（公顷） → 面积, 公顷. */
export interface HeaderText {
  name: string;
  unit: string | null;
}

/** Where a catalogue column sits in the file (0-based) and the unit its header carries. */
export interface FoundColumn {
  column: ColumnSpec;
  index: number;
  unit?: UnitOption;
}

export interface HeaderMatch {
  /** The header row as Excel numbers it (1-based); null when no row looks like one. */
  headerRow: number | null;
  columns: FoundColumn[];
  /** Header problems, each naming its column; missing required columns all in one. */
  problems: (CellProblem & { column: string | null })[];
}

// Title rows merged above the header, and blank rows, come first in real files; beyond this many
// rows no header is looked for.
const HEADER_SEARCH_ROWS = 20;

/** Splits a header cell, forgiving spaces and line breaks, 全角 or ASCII brackets, and a * marking a required column. */
export function splitHeader(raw: unknown): HeaderText | null {
  const cell = unwrapCell(raw);
  if (!cell.ok || cell.value === null) return null;
  const text = toHalfWidth(cleanText(String(cell.value)))
    .replace(/\s+/g, '')
    .replace(/^\*+|\*+$/g, '');
  if (text === '') return null;
  const match = /^(.+?)\(([^()]+)\)$/.exec(text);
  return match ? { name: match[1].replace(/\*+$/, ''), unit: match[2] } : { name: text, unit: null };
}

/**
 * Finds the header row among the first rows (the one naming most catalogue columns) and where each
 * column sits. Unknown extra columns (备注) are ignored; an unknown unit, a unit missing where two
 * are possible, a column given twice and every missing required column are reported.
 */
export function matchHeaderRow(rows: unknown[][], columns: ColumnSpec[]): HeaderMatch {
  let best = { row: -1, score: 0 };
  rows.slice(0, HEADER_SEARCH_ROWS).forEach((cells, row) => {
    const score = cells.filter((cell) => columns.some((column) => column.header === splitHeader(cell)?.name)).length;
    if (score > best.score) best = { row, score };
  });
  if (best.row < 0) return { headerRow: null, columns: [], problems: [missingProblem(columns.filter((column) => column.required))] };
  const match = matchHeaders(rows[best.row], columns);
  return { ...match, headerRow: best.row + 1 };
}

function matchHeaders(cells: unknown[], columns: ColumnSpec[]): Omit<HeaderMatch, 'headerRow'> {
  const found: FoundColumn[] = [];
  const problems: HeaderMatch['problems'] = [];
  cells.forEach((cell, index) => {
    const header = splitHeader(cell);
    const column = header && columns.find((candidate) => candidate.header === header.name);
    if (!header || !column) return;
    if (found.some((existing) => existing.column === column)) {
      problems.push({ code: 'INVALID', column: column.header, message: `“${column.header}”列出现了不止一次，请只保留一列` });
      return;
    }
    const unit = unitOf(column, header);
    if (typeof unit === 'string') problems.push({ code: 'INVALID', column: column.header, message: unit });
    else found.push({ column, index, unit });
  });
  const missing = columns.filter((column) => column.required && !found.some((existing) => existing.column === column));
  if (missing.length > 0) problems.push(missingProblem(missing));
  return { columns: found, problems };
}

/** The header's unit among the column's, or why it cannot be taken. */
function unitOf(column: ColumnSpec, header: HeaderText): UnitOption | undefined | string {
  if (column.value.type !== 'decimal') return undefined;
  const units = column.value.units;
  const names = units.map((unit) => `${column.header}（${unit.label}）`).join(' 或 ');
  if (header.unit === null) {
    // Without a unit only a column that has one possible unit is unambiguous.
    return units.length === 1 ? units[0] : `表头“${column.header}”须注明单位：${names}`;
  }
  return units.find((unit) => unit.label === header.unit) ?? `表头“${column.header}（${header.unit}）”的单位无法识别，可写 ${names}`;
}

function missingProblem(missing: ColumnSpec[]): CellProblem & { column: null } {
  return { code: 'REQUIRED', column: null, message: `缺少必填列：${missing.map((column) => column.header).join('、')}` };
}
