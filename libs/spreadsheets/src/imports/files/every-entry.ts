import { createRequire } from 'node:module';
import type { Duplex } from 'node:stream';

/**
 * exceljs 4.4.0's streaming `WorkbookReader` reads the .xlsx's zip entries from unzipper's `Parse`
 * stream and pauses that stream while it handles an entry. unzipper goes on unpacking while paused
 * (the entries pile up in the stream's buffer) and emits 'end' as soon as its input is used up, not
 * when those entries have been read; exceljs stops at that 'end', so the entries still buffered are
 * lost. An exceljs-written workbook (ours, the e2e tests', many clerks') has its sheets before
 * xl/workbook.xml; the reader spools them to temporary files meanwhile, and when that disk write is
 * slow (a busy server) xl/workbook.xml is dropped and the reader fails on `this.model.sheets`: a
 * valid file answered "无法读取该 .xlsx 文件" (exceljs issue #3064, open).
 *
 * Pausing that stream holds nothing back (unzipper ignores it; each entry's own stream holds its
 * data back), so here it is a no-op: every entry reaches exceljs before 'end'. Applied once, on
 * import of this module, to the unzipper exceljs itself loads.
 */
interface Unzipper {
  Parse(options?: object): Duplex;
}

const unzipper = createRequire(createRequire(import.meta.url).resolve('exceljs'))('unzipper') as Unzipper;
const parse = unzipper.Parse;
if (typeof parse !== 'function') {
  throw new Error('unzipper changed: check whether exceljs still loses zip entries (every-entry.ts)');
}

unzipper.Parse = function (options) {
  const zip = parse(options);
  zip.pause = () => zip;
  return zip;
};
