import { constraintMessages } from '@rural/database';

/** The rules the database holds for enterprises, in a clerk's words (the service checks them first). */
export const ENTERPRISE_RULES = constraintMessages({
  UQ_enterprise_credit_code: { kind: 'conflict', field: 'creditCode', message: '该统一社会信用代码已登记' },
  UQ_enterprise_name_without_code: {
    kind: 'conflict',
    field: 'name',
    message: '已有同名且没有统一社会信用代码的企业；请填写统一社会信用代码，或用能区分的名称',
  },
  CHK_enterprise_credit_code: { kind: 'input', field: 'creditCode', message: '统一社会信用代码校验位不正确，请核对' },
});
