import { BASE_COLUMNS } from '../columns/bases.columns.js';
import { headerWithUnit } from '../columns/column.js';
import { MATCH_COLUMNS } from '../columns/matches.columns.js';
import { exampleValue } from '../templates/column-format.js';
import { isUntouchedExample } from './example-row.js';
import { matchHeaderRow } from './header-row.js';

const found = matchHeaderRow(
  [BASE_COLUMNS.map((column) => (column.key === 'areaMu' ? '面积（亩）' : column.header))],
  BASE_COLUMNS,
).columns;
const example = BASE_COLUMNS.map((column) => column.example);

describe('isUntouchedExample', () => {
  it('recognises the example row as the template writes it', () => {
    expect(isUntouchedExample(found, example)).toBe(true);
  });

  it('recognises it with stray spaces', () => {
    expect(
      isUntouchedExample(
        found,
        example.map((text) => ` ${text}\u00a0`),
      ),
    ).toBe(true);
  });

  it('recognises an example written as the template writes it: figures as numbers, dates as dates', () => {
    const found = matchHeaderRow([MATCH_COLUMNS.map(headerWithUnit)], MATCH_COLUMNS).columns;
    expect(isUntouchedExample(found, MATCH_COLUMNS.map(exampleValue))).toBe(true);
    expect(MATCH_COLUMNS.map(exampleValue)).toEqual(expect.arrayContaining([500000, new Date(Date.UTC(2024, 2, 15))]));
  });

  it.each(BASE_COLUMNS.map((column, index) => [column.header, index]))('takes the row as data once %s is changed', (_header, index) => {
    const changed = [...example];
    changed[index as number] = `${example[index as number]}改`;
    expect(isUntouchedExample(found, changed)).toBe(false);
  });
});
