import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for matches, in a clerk's words (the service checks them first). */
export const MATCH_RULES = constraintMessages({
  UQ_match_enterprise_village_base: { kind: 'conflict', field: 'enterpriseId', message: '该企业在这个村（和基地）已有对接' },
  CHK_match_village_level: { kind: 'input', field: 'villageId', message: '对接的区划必须是村' },
  CHK_match_base_village: { kind: 'input', field: 'baseId', message: '对接的基地必须位于对接的村' },
});

// A match's broker links go with it (ON DELETE CASCADE).
declareDependents(
  { table: 'match', column: 'enterprise_id', references: 'enterprise', constraint: 'FK_match_enterprise', noun: '对接', unit: '个' },
  { table: 'match', column: 'village_id', references: 'division', constraint: 'FK_match_village', noun: '对接', unit: '个' },
  { table: 'match', column: 'base_id', references: 'base', constraint: 'FK_match_base', noun: '对接', unit: '个' },
  {
    table: 'match_broker',
    column: 'member_id',
    references: 'member',
    constraint: 'FK_match_broker_member',
    noun: '牵线的对接',
    unit: '个',
  },
);
