import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for events and participants, in a clerk's words (the service checks them first). */
export const DUTY_EVENT_RULES = constraintMessages({
  CHK_duty_event_title_not_blank: { kind: 'input', field: 'title', message: '活动名称不能为空' },
  UQ_duty_participant_event_member: { kind: 'input', field: 'participants', message: '同一位委员在一次活动中只能登记一次' },
  CHK_duty_participant_counts_non_negative: { kind: 'input', field: 'participants', message: '发言次数不能为负数' },
  CHK_duty_rule_set_thresholds: { kind: 'input', field: 'goodFrom', message: '分数线须为优秀 > 良好 > 称职 ≥ 0' },
  CHK_duty_rule_set_base_points: { kind: 'input', field: 'basePoints', message: '基础分不能为负数' },
  UQ_duty_rule_set_year: { kind: 'conflict', field: 'year', message: '该年度的履职积分规则已由他人同时保存，请刷新后重试' },
});

// A member's attendance keeps the member; an event's participants go with the event (CASCADE).
declareDependents({
  table: 'duty_participant',
  column: 'member_id',
  references: 'member',
  constraint: 'FK_duty_participant_member',
  noun: '履职活动记录',
  unit: '条',
});

// A division keeps the events its committee held.
declareDependents({
  table: 'duty_event',
  column: 'division_id',
  references: 'division',
  constraint: 'FK_duty_event_division',
  noun: '履职活动',
  unit: '次',
});
