import type { ColumnSpec } from './column.js';

/** 企业 — found again by 统一社会信用代码, or by exact name when it has none. */
export const ENTERPRISE_COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    header: '企业名称',
    required: true,
    value: { type: 'text', maxLength: 200 },
    note: '登记的企业全称；没有信用代码时按名称完全一致查找',
    example: '东兰县共耕农业发展有限公司',
  },
  {
    key: 'creditCode',
    header: '统一社会信用代码',
    required: false,
    value: { type: 'code', code: 'credit-code' },
    note: '18 位，数字和大写字母；按它查找已有企业。可留空（留空不会清除已登记的代码）',
    example: '91451224MA5KT3WC39',
  },
  {
    key: 'industry',
    header: '行业',
    required: false,
    value: { type: 'text', maxLength: 100 },
    note: '经营的行业，如 葡萄种植；可留空',
    example: '葡萄种植',
  },
];
