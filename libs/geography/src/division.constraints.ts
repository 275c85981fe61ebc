import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for divisions, in a clerk's words (the service checks them first). */
export const DIVISION_RULES = constraintMessages({
  UQ_division_parent_name: { kind: 'conflict', field: 'name', message: '同一上级区划下已有同名的区划' },
  UQ_division_code: { kind: 'conflict', field: 'code', message: '该统计用区划代码已被其他区划使用' },
  CHK_division_code_format: { kind: 'input', field: 'code', message: '统计用区划代码须为 12 位数字' },
  CHK_division_level_below_parent: { kind: 'input', field: 'level', message: '下级区划的级别必须低于上级区划' },
  CHK_division_no_cycle: { kind: 'input', field: 'parentId', message: '上级区划不能是自己或自己的下级' },
  CHK_division_level_change: { kind: 'conflict', field: 'level', message: '改变级别会与上级、下级区划或所属基地、对接冲突' },
});

declareDependents({
  table: 'division',
  column: 'parent_id',
  references: 'division',
  constraint: 'FK_division_parent',
  noun: '下级区划',
  unit: '个',
});
