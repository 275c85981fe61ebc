import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for suggestions, in a clerk's words (the services check them first). */
export const SUGGESTION_RULES = constraintMessages({
  CHK_suggestion_title_not_blank: { kind: 'input', field: 'title', message: '标题不能为空' },
  CHK_suggestion_decline_reason: { kind: 'input', field: 'reason', message: '不予立案须说明理由' },
  CHK_suggestion_assigned: { kind: 'input', field: 'deadline', message: '办理期限不能早于交办日期' },
  UQ_suggestion_author_member: { kind: 'input', field: 'authorIds', message: '同一委员不能重复列为提出人' },
  UQ_suggestion_assignment_active: { kind: 'conflict', field: 'coUnitIds', message: '同一单位不能重复交办' },
  UQ_suggestion_opinion_round_unit: { kind: 'conflict', field: 'id', message: '本单位本轮已提交会办意见' },
  UQ_suggestion_reply_round: { kind: 'conflict', field: 'id', message: '本轮已答复' },
});

// Links, history and rounds go with a suggestion (CASCADE); the members, places, bases, matches
// and units they name stay while a suggestion names them.
declareDependents(
  { table: 'suggestion', column: 'division_id', references: 'division', constraint: 'FK_suggestion_division', noun: '建言', unit: '条' },
  {
    table: 'suggestion',
    column: 'lead_unit_id',
    references: 'handling_unit',
    constraint: 'FK_suggestion_lead_unit',
    noun: '主办的建言',
    unit: '条',
  },
  {
    table: 'suggestion_author',
    column: 'member_id',
    references: 'member',
    constraint: 'FK_suggestion_author_member',
    noun: '提出的建言',
    unit: '条',
  },
  {
    table: 'suggestion_division',
    column: 'division_id',
    references: 'division',
    constraint: 'FK_suggestion_division_division',
    noun: '涉及的建言',
    unit: '条',
  },
  {
    table: 'suggestion_base',
    column: 'base_id',
    references: 'base',
    constraint: 'FK_suggestion_base_base',
    noun: '涉及的建言',
    unit: '条',
  },
  {
    table: 'suggestion_match',
    column: 'match_id',
    references: 'match',
    constraint: 'FK_suggestion_match_match',
    noun: '涉及的建言',
    unit: '条',
  },
  {
    table: 'suggestion_assignment',
    column: 'unit_id',
    references: 'handling_unit',
    constraint: 'FK_suggestion_assignment_unit',
    noun: '交办记录',
    unit: '条',
  },
  {
    table: 'suggestion_opinion',
    column: 'unit_id',
    references: 'handling_unit',
    constraint: 'FK_suggestion_opinion_unit',
    noun: '会办意见',
    unit: '条',
  },
  {
    table: 'suggestion_reply',
    column: 'unit_id',
    references: 'handling_unit',
    constraint: 'FK_suggestion_reply_unit',
    noun: '答复',
    unit: '条',
  },
);
