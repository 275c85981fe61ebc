import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for outcome records, in a clerk's words (the service checks them first). */
export const OUTCOME_RECORD_RULES = constraintMessages({
  CHK_outcome_record_match_scope: { kind: 'input', field: 'matchId', message: '所选对接不属于该基地或区划' },
  CHK_outcome_record_one_scope: { kind: 'input', field: 'baseId', message: '成效记录须且只能指定一个范围：基地或区划' },
  CHK_outcome_record_has_figure: { kind: 'input', field: 'areaMu', message: '成效记录至少要填写一项数字' },
  UQ_outcome_record_series_period: {
    kind: 'conflict',
    field: 'period',
    message: '同一范围、对接和服务团在该期间已有成效记录，请修改原记录',
  },
});

declareDependents(
  { table: 'outcome_record', column: 'base_id', references: 'base', constraint: 'FK_outcome_record_base', noun: '成效记录', unit: '条' },
  {
    table: 'outcome_record',
    column: 'division_id',
    references: 'division',
    constraint: 'FK_outcome_record_division',
    noun: '成效记录',
    unit: '条',
  },
  { table: 'outcome_record', column: 'match_id', references: 'match', constraint: 'FK_outcome_record_match', noun: '成效记录', unit: '条' },
  {
    table: 'outcome_record',
    column: 'team_id',
    references: 'service_team',
    constraint: 'FK_outcome_record_team',
    noun: '成效记录',
    unit: '条',
  },
);
