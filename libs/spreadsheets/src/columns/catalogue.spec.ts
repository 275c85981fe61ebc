import { parseCell } from '../cells/parse-cell.js';
import { CATALOGUE, kindSpec, SPREADSHEET_KINDS } from './catalogue.js';
import { acceptedHeaders, headerWithUnit } from './column.js';

// docs/api.md ("Spreadsheets") fixes these two kinds' columns; "or" lists the other unit a header may carry.
const FIXED = {
  bases: '县, 乡镇, 村, 基地名称, 面积（亩 or 公顷）, 产业, 经营模式, 经营主体',
  outcomes:
    '期间, 县, 乡镇, 村, 基地, 对接企业, 服务团, 面积（亩 or 公顷）, 产值（元 or 万元）, 务工（人次）, 农户租金（元 or 万元）, 村集体增收（元 or 万元）, 带动农户（户）, 是否下限, 来源',
};

function asInApiDoc(kind: 'bases' | 'outcomes'): string {
  return CATALOGUE[kind].columns
    .map((column) =>
      column.value.type === 'decimal' ? `${column.header}（${column.value.units.map((unit) => unit.label).join(' or ')}）` : column.header,
    )
    .join(', ');
}

describe('the column catalogue', () => {
  it.each(['bases', 'outcomes'] as const)('gives %s exactly the columns docs/api.md fixes', (kind) => {
    expect(asInApiDoc(kind)).toBe(FIXED[kind]);
  });

  it('has the kinds of /templates/{kind}.xlsx, divisions for administrators only', () => {
    expect(SPREADSHEET_KINDS).toEqual([
      'divisions',
      'enterprises',
      'members',
      'bases',
      'matches',
      'service-activities',
      'outcomes',
      'duty-events',
    ]);
    expect(SPREADSHEET_KINDS.filter((kind) => CATALOGUE[kind].adminOnly)).toEqual(['divisions']);
    expect(kindSpec('bases')?.title).toBe('基地');
    expect(kindSpec('base')).toBeNull();
    expect(kindSpec('__proto__')).toBeNull();
  });

  it.each(SPREADSHEET_KINDS)('%s: headers unique, a 填写说明 line and a required column, no database ids', (kind) => {
    const columns = CATALOGUE[kind].columns;
    const headers = columns.map((column) => column.header);
    expect(new Set(headers).size).toBe(headers.length);
    expect(columns.some((column) => column.required)).toBe(true);
    for (const column of columns) {
      expect(column.note.length).toBeGreaterThan(2);
      expect(column.key).not.toMatch(/Id$|Ids$/);
      expect(headers.join()).not.toMatch(/编号|ID/i);
    }
  });

  it('writes a header with its stored unit, and accepts the others', () => {
    const area = CATALOGUE.bases.columns.find((column) => column.key === 'areaMu')!;
    expect(headerWithUnit(area)).toBe('面积（亩）');
    expect(acceptedHeaders(area)).toEqual(['面积（亩）', '面积（公顷）']);
    const name = CATALOGUE.bases.columns.find((column) => column.key === 'name')!;
    expect(headerWithUnit(name)).toBe('基地名称');
  });

  it.each(SPREADSHEET_KINDS)('%s: every value of the example row is one its column accepts', (kind) => {
    const problems = CATALOGUE[kind].columns
      .map((column) => ({ header: column.header, result: parseCell(column, column.example) }))
      .filter(({ result }) => !result.ok);
    expect(problems).toEqual([]);
  });
});
