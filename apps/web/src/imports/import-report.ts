import { authorizedFetch } from '../api/http';
import type { ConsoleImportProblemFragment as ImportProblem } from '../generated/graphql';

/** The report `POST /imports/{kind}` answers (api.md, "Spreadsheets"): plain HTTP, so not in the generated types. */
export interface ImportReport {
  id: string;
  kind: string;
  dryRun: boolean;
  status: 'VALID' | 'INVALID' | 'COMMITTED';
  fileName: string | null;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: ImportProblem[];
}

/**
 * Sends a file to the import endpoint: a dry run checks every row and writes nothing; a commit
 * writes all rows or none. A refusal (413 too large, 400 not a spreadsheet, …) is thrown as an
 * HttpRefusal carrying the server's message.
 */
export async function sendImport(kind: string, file: File, options: { dryRun: boolean; submit?: boolean }): Promise<ImportReport> {
  const query = new URLSearchParams({ dryRun: String(options.dryRun), fileName: file.name });
  if (options.submit) query.set('submit', 'true');
  const response = await authorizedFetch(`/imports/${kind}?${query}`, { method: 'POST', body: file });
  return (await response.json()) as ImportReport;
}
