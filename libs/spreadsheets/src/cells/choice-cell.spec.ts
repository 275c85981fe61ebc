import { MATCH_COLUMNS } from '../columns/matches.columns.js';
import { parseEnumCell, parseYesNoCell } from './choice-cell.js';

const statusColumn = MATCH_COLUMNS.find((column) => column.key === 'status')!;
const STATUS = statusColumn.value.type === 'enum' ? statusColumn.value.options : [];

describe('parseYesNoCell', () => {
  it.each([
    ['是', true],
    ['否', false],
    [' 是 ', true],
    ['Y', true],
    ['n', false],
    ['Ｙ', true],
    ['yes', true],
    ['FALSE', false],
    [true, true],
    [false, false],
  ])('reads %j as %s', (value, expected) => {
    expect(parseYesNoCell(value, '是否下限')).toEqual({ ok: true, value: expected });
  });

  it.each([['对'], ['1'], [1], ['是的']])('refuses %j', (value) => {
    expect(parseYesNoCell(value, '是否下限')).toEqual({
      ok: false,
      problem: { code: 'INVALID', message: `是否下限须填 是 或 否；“${String(value)}”无法识别` },
    });
  });
});

describe('parseEnumCell', () => {
  it.each([
    ['意向', 'INTENT'],
    ['已签约', 'SIGNED'],
    [' 运营中 ', 'OPERATING'],
    ['暂停', 'SUSPENDED'],
    ['已终止', 'ENDED'],
    ['OPERATING', 'OPERATING'],
    ['operating', 'OPERATING'],
  ])('reads %j as %s', (value, expected) => {
    expect(parseEnumCell(value, STATUS, '状态')).toEqual({ ok: true, value: expected });
  });

  it.each([['签约'], ['运营'], [3]])('refuses %j, listing the labels', (value) => {
    expect(parseEnumCell(value, STATUS, '状态')).toEqual({
      ok: false,
      problem: { code: 'INVALID', message: `状态须为 意向、已签约、运营中、暂停、已终止 之一；“${String(value)}”无法识别` },
    });
  });
});
