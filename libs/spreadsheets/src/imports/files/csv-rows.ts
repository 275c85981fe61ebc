import { open } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';

import { parse } from 'csv-parse';

import { FileRefusedError } from './file-errors.js';
import type { SheetRow } from './sheet-row.js';

/** How a CSV's rows are named in problems: the file has no sheets. */
export const CSV_SHEET = 'CSV';

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The rows of a .csv file, streamed: UTF-8 (with or without BOM), or GB18030 (GBK, what Excel and
 * WPS write on a Chinese Windows when "CSV" is chosen) when the bytes are not UTF-8. Cells are text,
 * as a clerk sees them; row numbers count lines as Excel would show them. `path` is read ahead
 * for the encoding, `input` is the file's stream.
 */
export async function* csvRows(path: string, input: Readable): AsyncGenerator<SheetRow> {
  const encoding = await detectEncoding(path);
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decode = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      try {
        done(null, decoder.decode(chunk, { stream: true }));
      } catch {
        done(new FileRefusedError('CSV 文件的编码无法识别：请另存为 UTF-8 或 GB18030（GBK）编码后再导入'));
      }
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  const parser = input.pipe(decode).pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: false }));
  decode.on('error', (error) => parser.destroy(error));
  // Excel shows each record (even one with a line break inside quotes) as one row.
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row += 1;
      yield { sheet: CSV_SHEET, row, cells: record.map((cell) => (cell === '' ? null : cell)) };
    }
  } catch (error) {
    if (error instanceof FileRefusedError) throw error;
    throw new FileRefusedError(`CSV 文件格式有误（${csvProblem(error)}）：请用 Excel 或 WPS 打开并另存为 CSV 后再导入`);
  }
}

/** UTF-8 when the file's first 64 KB decode as UTF-8 (a character cut at the end is fine), else GB18030. */
async function detectEncoding(path: string): Promise<'utf-8' | 'gb18030'> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(65536);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.subarray(0, 3).equals(UTF8_BOM)) return 'utf-8';
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
      return 'utf-8';
    } catch {
      return 'gb18030';
    }
  } finally {
    await file.close();
  }
}

// csv-parse's codes say what went wrong; its messages are English and name internals.
function csvProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return '有未闭合的引号';
  if (code === 'CSV_INVALID_CLOSING_QUOTE' || code === 'INVALID_OPENING_QUOTE') return '引号的位置不对';
  return '无法解析';
}
