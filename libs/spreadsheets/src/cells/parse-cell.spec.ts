import { BASE_COLUMNS } from '../columns/bases.columns.js';
import { MEMBER_COLUMNS } from '../columns/members.columns.js';
import { OUTCOME_COLUMNS } from '../columns/outcomes.columns.js';
import { parseCell } from './parse-cell.js';

const column = (columns: typeof BASE_COLUMNS, key: string) => columns.find((candidate) => candidate.key === key)!;
const baseName = column(BASE_COLUMNS, 'name');
const area = column(BASE_COLUMNS, 'areaMu');
const operator = column(BASE_COLUMNS, 'operator');
const enterprises = column(MEMBER_COLUMNS, 'enterprises');
const period = column(OUTCOME_COLUMNS, 'period');
const atLeast = column(OUTCOME_COLUMNS, 'atLeast');

describe('parseCell', () => {
  it.each([
    ['an empty optional figure', area, null, null],
    ['— in an optional figure', area, '—', null],
    ['/ in an optional reference', operator, ' / ', null],
    ['a figure', area, '１２０．５', '120.5'],
    ['a name, cleaned', baseName, ' 共耕社\u00a0产业园 ', '共耕社 产业园'],
    ['a name Excel read as a number', baseName, 1203, '1203'],
    ['a reference kept as written', operator, '东兰县共耕农业发展有限公司（集团）', '东兰县共耕农业发展有限公司（集团）'],
    ['several references', enterprises, '甲公司、乙公司，丙公司; 丁公司、', ['甲公司', '乙公司', '丙公司', '丁公司']],
    ['a period', period, '2024年第三季度', '2024Q3'],
    ['a yes/no', atLeast, '是', true],
    ['a formula with its result', area, { formula: 'B2*2', result: 240 }, '240'],
  ])('takes %s', (_case, spec, raw, expected) => {
    expect(parseCell(spec, raw)).toEqual({ ok: true, value: expected });
  });

  it('converts by the unit the header carries', () => {
    expect(parseCell(area, '2', { label: '公顷', factor: '15' })).toEqual({ ok: true, value: '30' });
  });

  it.each([
    ['an empty required name', baseName, null, 'REQUIRED', '基地名称为必填项，不能留空'],
    ['a required name marked unknown', baseName, '—', 'REQUIRED', '基地名称为必填项，不能留空'],
    ['a required period left blank', period, '  ', 'REQUIRED', '期间为必填项，不能留空'],
    ['a name too long', baseName, '长'.repeat(201), 'INVALID', '基地名称最多 200 个字，现有 201 个'],
    ['a formula without a result', area, { formula: 'B2*2' }, 'INVALID', '公式没有计算结果：请在 Excel 或 WPS 中打开文件、保存后再导入'],
    ['words for a figure', area, '一百亩', 'INVALID', '面积须为数字，如 120.5；“一百亩”无法识别'],
  ])('refuses %s', (_case, spec, raw, code, message) => {
    expect(parseCell(spec, raw)).toEqual({ ok: false, problem: { code, message } });
  });
});
