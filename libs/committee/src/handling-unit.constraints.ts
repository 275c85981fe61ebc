import { constraintMessages } from '@rural/database';

/** The rules the database holds for handling units, in a clerk's words (the service checks them first). */
export const HANDLING_UNIT_RULES = constraintMessages({
  UQ_handling_unit_name: { kind: 'conflict', field: 'name', message: '已有同名的承办单位' },
  CHK_handling_unit_name_not_blank: { kind: 'input', field: 'name', message: '单位名称不能为空' },
});
