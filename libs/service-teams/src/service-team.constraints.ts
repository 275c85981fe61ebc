import { constraintMessages, declareDependents } from '@rural/database';

/** The rules the database holds for teams and visits, in a clerk's words (the services check them first). */
export const SERVICE_TEAM_RULES = constraintMessages({
  CHK_service_team_name_not_blank: { kind: 'input', field: 'name', message: '服务团名称不能为空' },
  UQ_service_team_name: { kind: 'conflict', field: 'name', message: '已有同名的服务团' },
  PK_service_team_member: { kind: 'input', field: 'memberIds', message: '服务团成员有重复' },
  CHK_service_activity_topic_not_blank: { kind: 'input', field: 'topic', message: '服务主题不能为空' },
  CHK_service_activity_farmers_non_negative: { kind: 'input', field: 'farmersTrained', message: '培训农民人数不能为负数' },
  CHK_service_activity_area_non_negative: { kind: 'input', field: 'areaCoveredMu', message: '覆盖面积不能为负数' },
});

// A team's member list goes with the team (ON DELETE CASCADE).
declareDependents(
  {
    table: 'service_team',
    column: 'leader_id',
    references: 'member',
    constraint: 'FK_service_team_leader',
    noun: '领办的服务团',
    unit: '个',
  },
  {
    table: 'service_team_member',
    column: 'member_id',
    references: 'member',
    constraint: 'FK_service_team_member_member',
    noun: '参加的服务团',
    unit: '个',
  },
  {
    table: 'service_activity',
    column: 'team_id',
    references: 'service_team',
    constraint: 'FK_service_activity_team',
    noun: '服务活动',
    unit: '次',
  },
  {
    table: 'service_activity',
    column: 'base_id',
    references: 'base',
    constraint: 'FK_service_activity_base',
    noun: '服务活动',
    unit: '次',
  },
);
