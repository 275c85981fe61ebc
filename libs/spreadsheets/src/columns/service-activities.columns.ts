import { AREA, COUNT } from '@rural/core';

import { AREA_UNITS, type ColumnSpec } from './column.js';
import { placeColumns } from './place.columns.js';

/** 服务活动 — a team's visit to a base on one day; found again by team + base + date + topic. */
export const SERVICE_ACTIVITY_COLUMNS: ColumnSpec[] = [
  {
    key: 'team',
    header: '服务团',
    required: true,
    value: { type: 'reference', to: 'team' },
    note: '服务团名称，与系统中的名称完全一致',
    example: '东兰县农业科技服务团',
  },
  ...placeColumns({ townRequired: true, villageRequired: true }),
  {
    key: 'base',
    header: '基地',
    required: true,
    value: { type: 'reference', to: 'base' },
    note: '该村内的基地名称',
    example: '共耕社产业园',
  },
  {
    key: 'date',
    header: '服务日期',
    required: true,
    value: { type: 'date' },
    note: '日期，如 2024-05-20 或 2024年5月20日，不晚于今天',
    example: '2024-05-20',
  },
  {
    key: 'topic',
    header: '服务主题',
    required: true,
    value: { type: 'text', maxLength: 200 },
    note: '如 葡萄修剪技术培训',
    example: '葡萄修剪技术培训',
  },
  {
    key: 'farmersTrained',
    header: '培训农民',
    required: false,
    value: { type: 'decimal', rule: COUNT, units: [{ label: '人', factor: '1' }] },
    note: '整数；没有培训时留空或填 0',
    example: '35',
  },
  {
    key: 'areaCoveredMu',
    header: '覆盖面积',
    required: false,
    value: { type: 'decimal', rule: AREA, units: AREA_UNITS },
    note: '数字，最多 2 位小数；表头可写 覆盖面积（亩） 或 覆盖面积（公顷）；不详时留空',
    example: '200',
  },
];
