import { AREA, COUNT, MONEY } from '@rural/core';

import { AREA_UNITS, MONEY_UNITS, type ColumnSpec, type UnitOption } from './column.js';
import { placeColumns } from './place.columns.js';

const moneyNote = (header: string) => `数字，最多 2 位小数；表头可写 ${header}（元） 或 ${header}（万元）；不详时留空`;
const count = (label: string): UnitOption[] => [{ label, factor: '1' }];

/**
 * 成效记录 — the fixed columns of docs/api.md ("Spreadsheets"); found again by series (place +
 * match + team) and period. A record kept at a division leaves 基地 (and 村, 乡镇) empty.
 */
export const OUTCOME_COLUMNS: ColumnSpec[] = [
  {
    key: 'period',
    header: '期间',
    required: true,
    value: { type: 'period' },
    note: '年、季度或月：2024、2024年、2024Q3、2024年第三季度、2024-07、2024年7月',
    example: '2024',
  },
  ...placeColumns({ townRequired: false, villageRequired: false }),
  {
    key: 'base',
    header: '基地',
    required: false,
    value: { type: 'reference', to: 'base' },
    note: '该村内的基地名称；成效只有乡镇或县的合计时留空',
    example: '共耕社产业园',
  },
  {
    key: 'enterprise',
    header: '对接企业',
    required: false,
    value: { type: 'reference', to: 'enterprise' },
    note: '成效来自哪个引企下乡对接：企业的统一社会信用代码或全称；可留空',
    example: '东兰县共耕农业发展有限公司',
  },
  {
    key: 'team',
    header: '服务团',
    required: false,
    value: { type: 'reference', to: 'team' },
    note: '成效来自哪个科技服务团：服务团名称；可留空',
    example: '',
  },
  {
    key: 'areaMu',
    header: '面积',
    required: false,
    value: { type: 'decimal', rule: AREA, units: AREA_UNITS },
    note: '数字，最多 2 位小数；表头可写 面积（亩） 或 面积（公顷）（1 公顷 = 15 亩）；不详时留空',
    example: '120',
  },
  {
    key: 'outputValueYuan',
    header: '产值',
    required: false,
    value: { type: 'decimal', rule: MONEY, units: MONEY_UNITS },
    note: moneyNote('产值'),
    example: '500000',
  },
  {
    key: 'jobsPersonTimes',
    header: '务工',
    required: false,
    value: { type: 'decimal', rule: COUNT, units: count('人次') },
    note: '整数（人次）；不详时留空',
    example: '8200',
  },
  {
    key: 'householdRentYuan',
    header: '农户租金',
    required: false,
    value: { type: 'decimal', rule: MONEY, units: MONEY_UNITS },
    note: moneyNote('农户租金'),
    example: '200000',
  },
  {
    key: 'collectiveIncomeYuan',
    header: '村集体增收',
    required: false,
    value: { type: 'decimal', rule: MONEY, units: MONEY_UNITS },
    note: moneyNote('村集体增收'),
    example: '100000',
  },
  {
    key: 'householdsBenefited',
    header: '带动农户',
    required: false,
    value: { type: 'decimal', rule: COUNT, units: count('户') },
    note: '整数（户）；不详时留空',
    example: '',
  },
  {
    key: 'atLeast',
    header: '是否下限',
    required: false,
    value: { type: 'yes-no' },
    note: '来源写“20余万元”“10万元以上”时选 是；留空为 否',
    example: '是',
  },
  {
    key: 'source',
    header: '来源',
    required: false,
    value: { type: 'text', maxLength: 2000 },
    note: '数据出处，如 文件、文章、调查；可留空',
    example: '2024年度村集体经济台账',
  },
];
