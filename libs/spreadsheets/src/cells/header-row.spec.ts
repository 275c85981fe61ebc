import { BASE_COLUMNS } from '../columns/bases.columns.js';
import { OUTCOME_COLUMNS } from '../columns/outcomes.columns.js';
import { matchHeaderRow, splitHeader } from './header-row.js';

const BASE_HEADERS = ['县', '乡镇', '村', '基地名称', '面积（亩）', '产业', '经营模式', '经营主体'];

describe('splitHeader', () => {
  it.each([
    ['面积（亩）', { name: '面积', unit: '亩' }],
    ['面积(公顷)', { name: '面积', unit: '公顷' }],
    [' 面积 （ 公顷 ） ', { name: '面积', unit: '公顷' }],
    ['面积\n（亩）', { name: '面积', unit: '亩' }],
    ['*基地名称', { name: '基地名称', unit: null }],
    ['基地名称*', { name: '基地名称', unit: null }],
    ['基地\u00a0名称', { name: '基地名称', unit: null }],
    [{ richText: [{ text: '产值' }, { text: '（万元）' }] }, { name: '产值', unit: '万元' }],
  ])('splits %j', (raw, expected) => {
    expect(splitHeader(raw)).toEqual(expected);
  });

  it.each([[null], [''], ['  ']])('finds no header in %j', (raw) => {
    expect(splitHeader(raw)).toBeNull();
  });
});

describe('matchHeaderRow', () => {
  it('finds the header below merged title rows and blank rows, with each column and its unit', () => {
    const rows = [
      ['2024年东兰县生产基地台账', '2024年东兰县生产基地台账'],
      [],
      ['填报单位：武篆镇'],
      ['备注', ...BASE_HEADERS.slice(0, 4), '面积（公顷）', ...BASE_HEADERS.slice(5)],
    ];
    const match = matchHeaderRow(rows, BASE_COLUMNS);
    expect(match.headerRow).toBe(4);
    expect(match.problems).toEqual([]);
    const area = match.columns.find((found) => found.column.key === 'areaMu');
    expect(area).toMatchObject({ index: 5, unit: { label: '公顷', factor: '15' } });
    expect(match.columns.map((found) => found.column.key)).toEqual([
      'county',
      'town',
      'village',
      'name',
      'areaMu',
      'industry',
      'operatingModel',
      'operator',
    ]);
  });

  it('names every missing required column at once', () => {
    const match = matchHeaderRow([['县', '面积（亩）', '产业']], BASE_COLUMNS);
    expect(match.problems).toEqual([{ code: 'REQUIRED', column: null, message: '缺少必填列：村、基地名称' }]);
  });

  it('reports a sheet without any header row, naming the required columns', () => {
    const match = matchHeaderRow([['东兰县'], ['随便写的']], OUTCOME_COLUMNS);
    expect(match.headerRow).toBeNull();
    expect(match.problems).toEqual([{ code: 'REQUIRED', column: null, message: '缺少必填列：期间' }]);
  });

  it.each([
    ['an unknown unit', '面积（平方米）', '表头“面积（平方米）”的单位无法识别，可写 面积（亩） 或 面积（公顷）'],
    ['a missing unit where two are possible', '面积', '表头“面积”须注明单位：面积（亩） 或 面积（公顷）'],
  ])('refuses %s', (_case, header, message) => {
    const match = matchHeaderRow([[...BASE_HEADERS.slice(0, 4), header]], BASE_COLUMNS);
    expect(match.problems).toEqual([{ code: 'INVALID', column: '面积', message }]);
    expect(match.columns.some((found) => found.column.key === 'areaMu')).toBe(false);
  });

  it('takes a header without its unit when the column has only one (务工 → 人次)', () => {
    const match = matchHeaderRow([['期间', '务工', '带动农户（户）', '产值（万元）']], OUTCOME_COLUMNS);
    expect(match.problems).toEqual([]);
    expect(match.columns.map((found) => [found.column.key, found.unit?.label])).toEqual([
      ['period', undefined],
      ['jobsPersonTimes', '人次'],
      ['householdsBenefited', '户'],
      ['outputValueYuan', '万元'],
    ]);
  });

  it('refuses a column given twice', () => {
    const match = matchHeaderRow([[...BASE_HEADERS, '基地名称']], BASE_COLUMNS);
    expect(match.problems).toEqual([{ code: 'INVALID', column: '基地名称', message: '“基地名称”列出现了不止一次，请只保留一列' }]);
  });
});
