import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for accounts, in a clerk's words (the services check them first). */
export const USER_RULES = constraintMessages({
  UQ_app_user_username: { kind: 'conflict', field: 'username', message: '该用户名已被使用' },
});

declareDependents(
  { table: 'app_user', column: 'division_id', references: 'division', constraint: 'FK_app_user_division', noun: '账号', unit: '个' },
  { table: 'api_key', column: 'division_id', references: 'division', constraint: 'FK_api_key_division', noun: '接口密钥', unit: '个' },
);
