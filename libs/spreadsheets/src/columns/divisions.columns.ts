import type { ColumnSpec } from './column.js';

/** 行政区划 — administrators only: the tree every other kind's places are looked up in. */
export const DIVISION_COLUMNS: ColumnSpec[] = [
  {
    key: 'parent',
    header: '上级区划',
    required: false,
    value: { type: 'reference', to: 'division' },
    note: '上级区划的名称或 12 位区划代码；只有省级区划留空',
    example: '武篆镇',
  },
  {
    key: 'name',
    header: '区划名称',
    required: true,
    value: { type: 'text', maxLength: 100 },
    note: '区划的名称，同一上级下不重复',
    example: '东里村',
  },
  {
    key: 'level',
    header: '级别',
    required: true,
    value: {
      type: 'enum',
      options: [
        { label: '省', value: 'PROVINCE' },
        { label: '市', value: 'CITY' },
        { label: '县', value: 'COUNTY' },
        { label: '乡镇', value: 'TOWN' },
        { label: '村', value: 'VILLAGE' },
      ],
    },
    note: '从下拉列表选择：省、市、县、乡镇、村；须低于上级区划的级别',
    example: '村',
  },
  {
    key: 'code',
    header: '区划代码',
    required: false,
    value: { type: 'code', code: 'division-code' },
    note: '12 位统计用区划代码，如 451224000000；可留空',
    example: '451224100201',
  },
];
