import { StringDecoder } from 'node:string_decoder';

import ExcelJS from 'exceljs';

/**
 * exceljs 4.4.0's streaming `WorkbookReader` turns each inflated chunk of a sheet's XML into text on
 * its own, so a Chinese character (3 bytes in UTF-8) that falls across two chunks comes out as
 * "��" — in a 100,000-row ledger, a village name every few thousand rows (exceljs issues #2063,
 * #2084, open). Until the library reads whole characters itself, the reader is handed text: the
 * sheet's chunks through a StringDecoder (which keeps a split character for the next chunk), the
 * shared strings' entry with its encoding set. Applied once, on import of this module.
 */
interface ReaderInternals {
  _parseWorksheet(chunks: AsyncIterable<Buffer | string>, sheetNo: string): unknown;
  _parseSharedStrings(entry: NodeJS.ReadableStream): unknown;
}

const reader = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
const parseWorksheet = reader._parseWorksheet;
const parseSharedStrings = reader._parseSharedStrings;
if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function') {
  throw new Error('exceljs WorkbookReader changed: check whether it still splits UTF-8 characters (whole-characters.ts)');
}

reader._parseWorksheet = function (this: ReaderInternals, chunks, sheetNo) {
  return parseWorksheet.call(this, wholeCharacters(chunks), sheetNo);
};
reader._parseSharedStrings = function (this: ReaderInternals, entry) {
  entry.setEncoding('utf8');
  return parseSharedStrings.call(this, entry);
};

async function* wholeCharacters(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
