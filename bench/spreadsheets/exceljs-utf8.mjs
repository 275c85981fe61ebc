// exceljs 4.4.0's streaming WorkbookReader decodes each inflated chunk of a sheet's XML on its
// own, so a Chinese character (3 bytes in UTF-8) that falls across two chunks comes out as
// "��" — in a 100,000-row file, a name every few thousand rows (exceljs issues #2063, #2084,
// still open). The floor must read the file right, so this process hands the reader whole
// characters: the sheet's chunks through a StringDecoder, the shared strings' entry with its
// encoding set (the fix proposed in #2084). The reader's parser takes text as it is.
import { StringDecoder } from 'node:string_decoder';

import ExcelJS from 'exceljs';

const reader = ExcelJS.stream.xlsx.WorkbookReader.prototype;
const parseWorksheet = reader._parseWorksheet;
const parseSharedStrings = reader._parseSharedStrings;
if (typeof parseWorksheet !== 'function' || typeof parseSharedStrings !== 'function') {
  throw new Error('exceljs WorkbookReader changed: check whether it still splits UTF-8 characters (bench/spreadsheets/exceljs-utf8.mjs)');
}

reader._parseWorksheet = function (chunks, sheetNo) {
  return parseWorksheet.call(this, wholeCharacters(chunks), sheetNo);
};
reader._parseSharedStrings = function (entry) {
  entry.setEncoding('utf8');
  return parseSharedStrings.call(this, entry);
};

async function* wholeCharacters(chunks) {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}
