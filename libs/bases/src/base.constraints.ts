import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for bases, in a clerk's words (the service checks them first). */
export const BASE_RULES = constraintMessages({
  UQ_base_village_name: { kind: 'conflict', field: 'name', message: '该村已有同名的基地' },
  CHK_base_village_level: { kind: 'input', field: 'villageId', message: '基地必须位于村级区划' },
});

declareDependents(
  { table: 'base', column: 'village_id', references: 'division', constraint: 'FK_base_village', noun: '基地', unit: '个' },
  { table: 'base', column: 'operator_id', references: 'enterprise', constraint: 'FK_base_operator', noun: '经营的基地', unit: '个' },
);
