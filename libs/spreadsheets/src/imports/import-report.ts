import type { ImportProblem } from './history/import-problem.js';
import type { ImportStatus } from './history/import-status.js';
import type { SpreadsheetImport } from './history/spreadsheet-import.entity.js';

/** The answer of `POST /imports/{kind}`, as docs/api.md fixes it. */
export interface ImportReport {
  id: string;
  kind: string;
  dryRun: boolean;
  status: ImportStatus;
  fileName: string | null;
  sha256: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportProblem[];
}

export function importReport(record: SpreadsheetImport): ImportReport {
  const { id, kind, dryRun, status, fileName, sha256, rows, created, updated, unchanged, errorCount, errors } = record;
  return { id, kind, dryRun, status, fileName, sha256, rows, created, updated, unchanged, errorCount, errors };
}
