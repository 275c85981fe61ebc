import { createRequire } from 'node:module';
import { Readable } from 'node:stream';

import ExcelJS from 'exceljs';

import { xlsxRows } from './xlsx-rows.js';

// exceljs's streaming reader meets an exceljs-written workbook's sheets before xl/workbook.xml and
// spools them to temporary files (the `tmp` package) until the workbook's entry is read. On a busy
// server that disk write is slow; this test makes it slow on purpose, every time.
const fromExceljs = createRequire(createRequire(import.meta.url).resolve('exceljs'));
const tmp = fromExceljs('tmp') as { file: (done: (...args: unknown[]) => void) => void };

const HEADER = ['服务团队', '乡镇', '村', '基地', '日期', '服务主题', '人数'];
const rows = (count: number) =>
  Array.from({ length: count }, (_, index) => ['县农技服务队', '东兰镇', `第${index + 1}村`, '育苗基地', '2024-08-01', '育苗', index + 1]);

// As a clerk's file and the e2e tests' files are made: the in-memory writer, an instructions sheet first.
async function workbookBytes(dataRows: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('填写说明').addRow(['说明：请勿在本表填写数据']);
  const sheet = workbook.addWorksheet('服务活动');
  sheet.addRow(HEADER);
  for (const cells of rows(dataRows)) sheet.addRow(cells);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// The body as the reader may get it: whole, or in pieces of `size` bytes.
function chunked(bytes: Buffer, size: number): Readable {
  return Readable.from(
    (function* () {
      for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
    })(),
    { objectMode: false },
  );
}

describe('xlsxRows on a slow disk', () => {
  const spool = tmp.file;
  afterEach(() => {
    tmp.file = spool;
  });

  it.each([
    { received: 'whole', size: Infinity, delayMs: 0 },
    { received: 'whole', size: Infinity, delayMs: 30 },
    { received: 'in 1,000-byte pieces', size: 1000, delayMs: 30 },
    { received: 'in 77-byte pieces', size: 77, delayMs: 30 },
  ])('reads every row of a file received $received when spooling a sheet takes $delayMs ms', async ({ size, delayMs }) => {
    tmp.file = (done) => spool((...args: unknown[]) => setTimeout(() => done(...args), delayMs));
    const bytes = await workbookBytes(3);

    const read: unknown[][] = [];
    for await (const row of xlsxRows(chunked(bytes, Math.min(size, bytes.length)))) read.push(row.cells);

    expect(read).toEqual([HEADER, ...rows(3)]);
  });
});
