import { AREA } from '@rural/core';

import { AREA_UNITS, type ColumnSpec } from './column.js';
import { placeColumns } from './place.columns.js';

/** 基地 — the fixed columns of docs/api.md ("Spreadsheets"); found again by village + name. */
export const BASE_COLUMNS: ColumnSpec[] = [
  ...placeColumns({ townRequired: false, villageRequired: true }),
  {
    key: 'name',
    header: '基地名称',
    required: true,
    value: { type: 'text', maxLength: 200 },
    note: '基地名称，同一村内不重复',
    example: '共耕社产业园',
  },
  {
    key: 'areaMu',
    header: '面积',
    required: false,
    value: { type: 'decimal', rule: AREA, units: AREA_UNITS },
    note: '数字，最多 2 位小数；表头可写 面积（亩） 或 面积（公顷）（1 公顷 = 15 亩）；不详时留空',
    example: '120.5',
  },
  {
    key: 'industry',
    header: '产业',
    required: false,
    value: { type: 'text', maxLength: 100 },
    note: '基地发展的产业，如 葡萄；可留空',
    example: '高端品种葡萄',
  },
  {
    key: 'operatingModel',
    header: '经营模式',
    required: false,
    value: { type: 'text', maxLength: 100 },
    note: '如 支部+基地+农户；可留空',
    example: '支部+基地+农户',
  },
  {
    key: 'operator',
    header: '经营主体',
    required: false,
    value: { type: 'reference', to: 'enterprise' },
    note: '经营基地的企业：统一社会信用代码或企业全称；可留空',
    example: '东兰县共耕农业发展有限公司',
  },
];
