/** Chinese names of the API's enums, as clerks and leaders say them. */

export const ROLE_LABELS: Record<string, string> = { ADMIN: '管理员', EDITOR: '录入员', VIEWER: '查看者' };

/** An account's post in the committee's work. */
export const COMMITTEE_POST_LABELS: Record<string, string> = { OFFICE: '政协办', UNIT: '承办单位工作人员', MEMBER: '委员本人' };

export const LEVEL_LABELS: Record<string, string> = {
  PROVINCE: '省',
  CITY: '市',
  COUNTY: '县',
  TOWN: '乡镇',
  VILLAGE: '村',
};

// 建言督办 — the suggestions' enums, as the 提案工作条例 and the office say them.

export const SUGGESTION_KIND_LABELS: Record<string, string> = {
  PROPOSAL: '提案',
  SOCIAL_CONDITIONS: '社情民意信息',
  CONSULTATION: '协商成果',
  RESEARCH: '调研报告',
};

export const SUGGESTION_STATUS_LABELS: Record<string, string> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  FILED: '已立案',
  NOT_FILED: '不予立案',
  ASSIGNED: '办理中',
  REPLIED: '已答复',
  EVALUATED: '已评价',
  CLOSED: '已办结',
};

/** A light's words, which are also its accessible name (the dot's colour alone says nothing to a screen reader). */
export const SUGGESTION_LIGHT_LABELS: Record<string, string> = { RED: '超期', YELLOW: '临近期限', GREEN: '正常' };

export const SUGGESTION_RESULT_LABELS: Record<string, string> = {
  A: 'A 类（已解决或基本解决）',
  B: 'B 类（正在解决或列入计划）',
  C: 'C 类（条件具备时解决）',
  D: 'D 类（留作参考）',
};

export const SUGGESTION_EVALUATION_LABELS: Record<string, string> = {
  SATISFIED: '满意',
  BASICALLY_SATISFIED: '基本满意',
  UNSATISFIED: '不满意',
};

export const SUGGESTION_UNIT_ROLE_LABELS: Record<string, string> = { LEAD: '主办', CO: '会办' };

export const DEADLINE_UNIT_LABELS: Record<string, string> = { MONTHS: '个月', CALENDAR_DAYS: '自然日', WORKING_DAYS: '工作日' };

export const SUGGESTION_ACTION_LABELS: Record<string, string> = {
  CREATE: '起草',
  UPDATE: '修改',
  SUBMIT: '提交',
  FILE: '立案',
  DECLINE: '不予立案',
  CONVERT: '转为社情民意',
  ASSIGN: '交办',
  OPINION: '会办意见',
  REPLY: '答复',
  RETURN: '退回',
  EVALUATE: '评价',
  INSTRUCTION: '领导批示',
  SUPERVISION: '督办',
  KEY_SUPERVISION: '重点督办',
  CLOSE: '办结',
};
