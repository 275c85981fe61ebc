/** The committee's enums as the office says them; its own module, so the first load does not carry them. */

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

// ── 履职积分 (the duty pages) ──────────────────────────────────────────────

/** 履职活动类型. */
export const DUTY_EVENT_KIND_LABELS: Record<string, string> = {
  PLENARY: '全体会议',
  STANDING: '常委会议',
  CONSULTATION: '协商议事',
  RESEARCH: '调研视察',
  STUDY: '学习培训',
  OUTREACH: '联系群众',
  OTHER: '其他',
};

/** 出勤. */
export const ATTENDANCE_LABELS: Record<string, string> = { PRESENT: '出席', EXCUSED: '请假', ABSENT: '缺席' };

/** 履职等次, best first. */
export const DUTY_GRADE_LABELS: Record<string, string> = { EXCELLENT: '优秀', GOOD: '良好', COMPETENT: '称职', INCOMPETENT: '不称职' };

/** Element Plus tag colours for the grades: 不称职 stands out. */
export const DUTY_GRADE_TAG_TYPES: Record<string, 'success' | 'primary' | 'warning' | 'danger'> = {
  EXCELLENT: 'success',
  GOOD: 'primary',
  COMPETENT: 'warning',
  INCOMPETENT: 'danger',
};

/** 积分依据类型. */
export const DUTY_EVIDENCE_LABELS: Record<string, string> = {
  DUTY_EVENT: '履职活动',
  SUGGESTION: '建言',
  MATCH: '引企下乡对接',
  SERVICE_ACTIVITY: '服务活动',
};

/** 履职事项, in the order of the default rule table (domain.md, "Members' work"). */
export const DUTY_FACT_LABELS: Record<string, string> = {
  PLENARY_PRESENT: '全体会议出席',
  PLENARY_EXCUSED: '全体会议请假',
  PLENARY_ABSENT: '全体会议缺席',
  STANDING_PRESENT: '常委会议出席',
  STANDING_EXCUSED: '常委会议请假',
  STANDING_ABSENT: '常委会议缺席',
  ACTIVITY_PRESENT: '活动出席',
  ACTIVITY_EXCUSED: '活动请假',
  ACTIVITY_ABSENT: '活动缺席',
  SPEECH: '大会发言',
  WRITTEN_SPEECH: '书面发言',
  PROPOSAL_SUBMITTED_LEAD: '提案提交（第一提出人）',
  PROPOSAL_SUBMITTED_COSIGNER: '提案提交（附议人）',
  PROPOSAL_FILED_LEAD: '提案立案（第一提出人）',
  PROPOSAL_FILED_COSIGNER: '提案立案（附议人）',
  PROPOSAL_ADOPTED_LEAD: '提案采纳（第一提出人）',
  PROPOSAL_ADOPTED_COSIGNER: '提案采纳（附议人）',
  PROPOSAL_INSTRUCTED_LEAD: '提案获批示（第一提出人）',
  PROPOSAL_INSTRUCTED_COSIGNER: '提案获批示（附议人）',
  SOCIAL_SUBMITTED: '社情民意报送',
  SOCIAL_ADOPTED: '社情民意采用',
  SOCIAL_INSTRUCTED: '社情民意获批示',
  REPORT_SUBMITTED: '协商成果或调研报告提交',
  REPORT_ADOPTED: '协商成果或调研报告采纳',
  REPORT_INSTRUCTED: '协商成果或调研报告获批示',
  MATCH_BROKERED: '引企下乡对接',
  TEAM_ACTIVITY: '服务团服务活动',
};
