import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import ExcelJS from 'exceljs';

import { xlsxRows } from './xlsx-rows.js';

// Chinese text, long enough that the sheet's XML is inflated in many chunks: a character split
// across two of them must still come back whole (exceljs's own reader breaks it).
const names = (index: number) => [`第${index}村乡村振兴示范基地`, `东兰县共耕农业发展有限公司第${index}分公司`];

describe('xlsxRows', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'xlsx-rows-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it.each([
    ['inline strings', false],
    ['shared strings', true],
  ])('reads every Chinese character whole, with %s', async (_label, useSharedStrings) => {
    const path = join(folder, `${String(useSharedStrings)}.xlsx`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
    const sheet = workbook.addWorksheet('成效记录');
    for (let index = 1; index <= 6000; index += 1) sheet.addRow(names(index)).commit();
    await workbook.commit();

    let count = 0;
    for await (const row of xlsxRows(createReadStream(path))) {
      count += 1;
      expect(row.cells).toEqual(names(row.row));
    }
    expect(count).toBe(6000);
  });
});
