import ExcelJS from 'exceljs';

import { BASE_COLUMNS } from '../columns/bases.columns.js';
import { matchHeaderRow } from './header-row.js';
import { parseCell } from './parse-cell.js';
import { sheetRows } from './sheet-rows.js';

/** A ledger as a town sends it: a merged title, a blank row, the unit line, then the header in 全角 brackets. */
async function clerkLedger(): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.getCell('A1').value = '2024年武篆镇生产基地台账';
  sheet.mergeCells('A1:H1');
  sheet.getCell('A3').value = '填报单位：武篆镇农业服务中心';
  sheet.addRow([]);
  sheet.getRow(4).values = ['序号', ' 乡镇 ', '村', '基地名称', '面积（公顷）', '产业', '经营主体', '备注'];
  sheet.getRow(5).values = [1, '武篆镇', '东里村\u00a0', '共耕社产业园', '８．１', '葡萄', '—', ''];
  // Written and read back, as a file arrives.
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load(await workbook.xlsx.writeBuffer());
  return copy.getWorksheet('Sheet1')!;
}

describe("sheetRows with matchHeaderRow, on a clerk's ledger", () => {
  it('finds the header on Excel row 4 below the merged title, and reads the data row exactly', async () => {
    const rows = sheetRows(await clerkLedger());
    expect(rows[0]).toEqual(['2024年武篆镇生产基地台账']);
    expect(rows[1]).toEqual([]);

    const header = matchHeaderRow(rows, BASE_COLUMNS);
    expect(header.headerRow).toBe(4);
    expect(header.problems).toEqual([]);

    const data = rows[4];
    const parsed = Object.fromEntries(header.columns.map(({ column, index, unit }) => [column.key, parseCell(column, data[index], unit)]));
    expect(parsed).toEqual({
      town: { ok: true, value: '武篆镇' },
      village: { ok: true, value: '东里村' },
      name: { ok: true, value: '共耕社产业园' },
      areaMu: { ok: true, value: '121.5' },
      industry: { ok: true, value: '葡萄' },
      operator: { ok: true, value: null },
    });
  });

  it('stops at the limit it is given', async () => {
    expect(sheetRows(await clerkLedger(), 2)).toHaveLength(2);
  });
});
