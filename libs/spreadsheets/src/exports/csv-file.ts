import type { Writable } from 'node:stream';

import type { ExportCell } from './kind-export.js';

/** Excel opens a CSV as UTF-8 only when it starts with the byte order mark. */
export const UTF8_BOM = '\uFEFF';

/** One CSV field (RFC 4180): quoted when it holds a quote, comma or line break; quotes doubled. */
export function csvField(cell: ExportCell): string {
  const text = cell === null ? '' : cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV record, ended by CRLF as RFC 4180 asks. */
export function csvRecord(cells: ExportCell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

/** Writes the BOM, the header and each page of rows, waiting when the client reads slower than we write. */
export async function writeCsv(out: Writable, headers: string[], pages: AsyncIterable<ExportCell[][]>): Promise<void> {
  await write(out, UTF8_BOM + csvRecord(headers));
  for await (const page of pages) await write(out, page.map(csvRecord).join(''));
  out.end();
}

// A client that hangs up never drains: stop reading rows then instead of waiting for ever.
function write(out: Writable, text: string): Promise<void> {
  if (out.destroyed) return Promise.reject(new Error('the client closed the download'));
  if (out.write(text)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const closed = () => reject(new Error('the client closed the download'));
    out.once('close', closed);
    out.once('drain', () => {
      out.off('close', closed);
      resolve();
    });
  });
}
