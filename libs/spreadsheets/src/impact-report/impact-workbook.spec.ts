import ExcelJS from 'exceljs';

import { emptyFigures, ImpactGrouping, type ImpactFigures } from '@rural/reporting';

import {
  buildImpactWorkbook,
  REPORT_SHEET,
  SENTENCES_SHEET,
  TOTALS_LABEL,
  unapprovedWarning,
  type ImpactReportContent,
} from './impact-workbook.js';

const figures = (changes: Partial<ImpactFigures>): ImpactFigures => ({ ...emptyFigures(), ...changes });

function content(changes: Partial<ImpactReportContent> = {}): ImpactReportContent {
  return {
    title: '东兰县引企下乡成效报告',
    place: '东兰县',
    subjects: [],
    range: '2024年',
    grouping: ImpactGrouping.TOWN,
    includeUnapproved: false,
    asOf: new Date('2026-11-30T08:00:00Z'),
    report: {
      totals: figures({ householdRentYuan: '250000', outputValueYuan: '24259000', records: 3, atLeast: true }),
      groups: [
        { key: '7', label: '武篆镇', figures: figures({ householdRentYuan: '200000', records: 1, atLeast: true }) },
        { key: null, label: '未分解到乡镇', figures: figures({ householdRentYuan: '50000', outputValueYuan: '24259000', records: 2 }) },
      ],
      groupCount: 2,
      groupsOverlap: false,
      excludedRecords: 0,
    },
    sentences: [{ kind: '农业科技服务团', text: '韦建东委员带领农业科技服务团开展科技服务活动，服务基地面积11897亩，产值2425.9万元。' }],
    ...changes,
  };
}

/** The workbook as a reader gets it: written to bytes and loaded back. */
async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await workbook.xlsx.writeBuffer());
  return read;
}

/** The first cell of every row, empty ones included, so index + 1 is the row's number. */
function firstCells(sheet: ExcelJS.Worksheet): string[] {
  return Array.from({ length: sheet.rowCount }, (_, index) => String(sheet.getRow(index + 1).getCell(1).value ?? ''));
}

describe('the impact report workbook', () => {
  it('says title, filter, 数据截至, then the groups and the totals row, money in 万元', async () => {
    const workbook = await roundTrip(buildImpactWorkbook(content()));
    const sheet = workbook.getWorksheet(REPORT_SHEET)!;
    const lines = firstCells(sheet);
    expect(lines.slice(0, 6)).toEqual([
      '东兰县引企下乡成效报告',
      '区划：东兰县',
      '期间：2024年',
      '分组：按乡镇',
      '统计口径：仅统计已审核的记录',
      '数据截至：2026年11月30日 16:00（北京时间）',
    ]);
    const header = lines.indexOf('乡镇') + 1;
    expect(header).toBeGreaterThan(6);
    expect(lines.slice(header)).toEqual(['武篆镇', '未分解到乡镇', TOTALS_LABEL]);
    const headings = (sheet.getRow(header).values as unknown[]).slice(1);
    const rent = headings.indexOf('农户租金收入（万元）') + 1;
    const output = headings.indexOf('产值（万元）') + 1;
    expect(sheet.getRow(header + 3).getCell(rent).value).toBe(25);
    expect(sheet.getRow(header + 3).getCell(output).value).toBe(2425.9);
    expect(sheet.getRow(header + 1).getCell(rent).numFmt).toBe('#,##0.00"余"');
    expect(sheet.getRow(header + 2).getCell(rent).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(header + 2).getCell(1).font).toMatchObject({ italic: true });
    expect(sheet.getRow(header + 3).getCell(1).font).toMatchObject({ bold: true });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: header });
    expect(lines).toContainEqual(expect.stringContaining('“未分解到乡镇”一行'));
    expect(lines).toContainEqual(expect.stringContaining('标“余”的数字为下限'));
    expect(lines.join('\n')).not.toContain('注意');
  });

  it('warns in red when unapproved records are counted, on both sheets', async () => {
    const unapproved = content({ includeUnapproved: true });
    unapproved.report.totals.unapprovedRecords = 2;
    const workbook = await roundTrip(buildImpactWorkbook(unapproved));
    const sheet = workbook.getWorksheet(REPORT_SHEET)!;
    const lines = firstCells(sheet);
    const warning = lines.indexOf(unapprovedWarning(2)) + 1;
    expect(warning).toBeGreaterThan(0);
    expect(sheet.getRow(warning).getCell(1).font).toMatchObject({ bold: true, color: { argb: 'FFC00000' } });
    expect(lines).toContain('统计口径：含未审核的记录（草稿、待审核、已退回）');
    expect(firstCells(workbook.getWorksheet(SENTENCES_SHEET)!)).toContain(unapprovedWarning(2));
  });

  it('puts the sentences on the second sheet, numbered, with what each is about', async () => {
    const workbook = await roundTrip(buildImpactWorkbook(content()));
    const sheet = workbook.worksheets[1];
    expect(sheet.name).toBe(SENTENCES_SHEET);
    const last = sheet.getRow(sheet.rowCount);
    expect((last.values as unknown[]).slice(1)).toEqual([1, '农业科技服务团', content().sentences[0].text]);
  });

  it('says when there are no sentences, and when groups overlap or records were left out', async () => {
    const overlapping = content({ grouping: ImpactGrouping.MEMBER, sentences: [] });
    overlapping.report = { ...overlapping.report, groupsOverlap: true, excludedRecords: 4 };
    overlapping.report.totals.unapprovedRecords = 1;
    const workbook = await roundTrip(buildImpactWorkbook(overlapping));
    const lines = firstCells(workbook.getWorksheet(REPORT_SHEET)!);
    expect(lines).toContain('一条记录计入其每位牵线委员和服务团团长，各组之和可能大于合计。');
    expect(lines).toContain('另有 4 条记录的期间跨越所选期间的起止，未计入。');
    expect(lines).toContain('另有 1 条记录尚未审核，未计入。');
    const sentences = workbook.getWorksheet(SENTENCES_SHEET)!;
    expect(sentences.getRow(sentences.rowCount).getCell(3).value).toBe('本范围内暂无对接项目或服务团的成效表述。');
  });
});
