import type { ColumnSpec } from './column.js';

/** 委员 — found again by name; 所属企业 by credit code or exact name. */
export const MEMBER_COLUMNS: ColumnSpec[] = [
  {
    key: 'name',
    header: '姓名',
    required: true,
    value: { type: 'text', maxLength: 50 },
    note: '委员姓名；按姓名查找已有委员（同名的委员请在系统中修改）',
    example: '梁贤勇',
  },
  {
    key: 'sector',
    header: '界别',
    required: false,
    value: { type: 'text', maxLength: 100 },
    note: '所在界别，如 经济界；可留空',
    example: '经济界',
  },
  {
    key: 'title',
    header: '职务',
    required: false,
    value: { type: 'text', maxLength: 200 },
    note: '职务或身份；可留空',
    example: '东兰县政协委员',
  },
  {
    key: 'enterprises',
    header: '所属企业',
    required: false,
    value: { type: 'reference', to: 'enterprise', many: true },
    note: '本人创办或代表的企业：统一社会信用代码或企业全称，多个用顿号（、）分隔；填写后替换原有的全部所属企业，留空即清除',
    example: '东兰县共耕农业发展有限公司',
  },
  {
    key: 'committee',
    header: '所属政协',
    required: false,
    value: { type: 'reference', to: 'division' },
    note: '委员所属政协的区划，如 东兰县；重名时写上级路径（河池市/东兰县）或 12 位区划代码；可留空（旧文件没有此列也可导入）',
    example: '东兰县',
  },
];
