/** One stored column an audit entry changed, before → after (null: absent on that side). */
export interface FieldChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

/** Chinese names of the stored columns clerks meet most; others show as stored. */
const COLUMN_LABELS: Record<string, string> = {
  name: '名称',
  username: '用户名',
  role: '角色',
  level: '级别',
  code: '代码',
  parent_id: '上级区划',
  division_id: '区划',
  credit_code: '统一社会信用代码',
  industry: '产业',
  sector: '界别',
  title: '职务',
  village_id: '村',
  area_mu: '面积（亩）',
  operating_model: '经营模式',
  operator_id: '经营主体',
  enterprise_id: '企业',
  base_id: '基地',
  match_id: '对接',
  team_id: '服务团',
  leader_id: '团长',
  member_id: '委员',
  status: '状态',
  status_reason: '理由',
  signed_on: '签约日期',
  investment_yuan: '投资（元）',
  period: '期间',
  output_value_yuan: '产值（元）',
  jobs_person_times: '务工（人次）',
  household_rent_yuan: '农户租金（元）',
  collective_income_yuan: '村集体增收（元）',
  households_benefited: '带动农户（户）',
  at_least: '是否下限',
  source: '来源',
  date: '日期',
  topic: '主题',
  farmers_trained: '培训农民（人次）',
  area_covered_mu: '覆盖面积（亩）',
  revoked_at: '吊销时间',
  approved_at: '审核时间',
};

// Bookkeeping every update touches, and columns the database derives (the id is in the 对象
// column, period bounds from the period, a record's town from its place): listing them would hide
// the change a reader looks for.
const BOOKKEEPING = new Set([
  'id',
  'updated_at',
  'version',
  'created_at',
  'recorded_by',
  'changed_by',
  'place_id',
  'place_path',
  'ancestor_ids',
  'period_start',
  'period_end',
  'town_id',
]);

function shown(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? '是' : '否';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/**
 * The columns an entry changed: for an update those whose value differs, for a creation the
 * values set, for a deletion the values removed (empty columns left out of both).
 */
export function fieldDiff(
  before: Record<string, unknown> | null | undefined,
  after: Record<string, unknown> | null | undefined,
): FieldChange[] {
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => !BOOKKEEPING.has(field))
    .map((field) => ({ field, label: COLUMN_LABELS[field] ?? field, before: shown(before?.[field]), after: shown(after?.[field]) }))
    .filter((change) => change.before !== change.after);
}

export const ACTION_LABELS: Record<string, string> = {
  CREATE: '新建',
  UPDATE: '修改',
  DELETE: '删除',
  SUBMIT: '报送',
  APPROVE: '审核通过',
  RETURN: '退回',
  REOPEN: '重新打开',
  REVOKE: '吊销',
  CHANGE_PASSWORD: '修改密码',
};

export const ENTITY_LABELS: Record<string, string> = {
  Division: '区划',
  Enterprise: '企业',
  Member: '委员',
  MemberEnterprise: '委员企业',
  Base: '基地',
  Match: '对接',
  MatchBroker: '对接委员',
  ServiceTeam: '服务团',
  ServiceTeamMember: '服务团成员',
  ServiceActivity: '服务活动',
  OutcomeRecord: '成效记录',
  User: '用户',
  ApiKey: '接口密钥',
};

export const ACTOR_KIND_LABELS: Record<string, string> = { USER: '用户', API_KEY: '接口密钥', SYSTEM: '系统' };
