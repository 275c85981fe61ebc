import { MONEY } from '@rural/core';

import { MONEY_UNITS, type ColumnSpec } from './column.js';
import { placeColumns } from './place.columns.js';

/** 引企下乡对接 — found again by enterprise + village + base. */
export const MATCH_COLUMNS: ColumnSpec[] = [
  ...placeColumns({ townRequired: false, villageRequired: true }),
  {
    key: 'base',
    header: '基地',
    required: false,
    value: { type: 'reference', to: 'base' },
    note: '该村内的基地名称；对接尚未落到基地时留空',
    example: '共耕社产业园',
  },
  {
    key: 'enterprise',
    header: '对接企业',
    required: true,
    value: { type: 'reference', to: 'enterprise' },
    note: '统一社会信用代码或企业全称',
    example: '东兰县共耕农业发展有限公司',
  },
  {
    key: 'brokers',
    header: '牵线委员',
    required: false,
    value: { type: 'reference', to: 'member', many: true },
    note: '委员姓名，多个用顿号（、）分隔；可留空',
    example: '梁贤勇',
  },
  {
    key: 'status',
    header: '状态',
    required: false,
    value: {
      type: 'enum',
      options: [
        { label: '意向', value: 'INTENT' },
        { label: '已签约', value: 'SIGNED' },
        { label: '运营中', value: 'OPERATING' },
        { label: '暂停', value: 'SUSPENDED' },
        { label: '已终止', value: 'ENDED' },
      ],
    },
    note: '从下拉列表选择：意向、已签约、运营中、暂停、已终止；留空为意向',
    example: '运营中',
  },
  {
    key: 'signedOn',
    header: '签约日期',
    required: false,
    value: { type: 'date' },
    note: '日期，如 2024-03-15 或 2024年3月15日，不晚于今天；可留空',
    example: '2024-03-15',
  },
  {
    key: 'investmentYuan',
    header: '协议投资',
    required: false,
    value: { type: 'decimal', rule: MONEY, units: MONEY_UNITS },
    note: '数字，最多 2 位小数；表头可写 协议投资（元） 或 协议投资（万元）；可留空',
    example: '500000',
  },
];
