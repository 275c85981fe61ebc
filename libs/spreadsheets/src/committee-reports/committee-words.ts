import { DutyEvidenceKind, DutyFact } from '@rural/duty';
import { SuggestionLight } from '@rural/suggestions';

/** The words the committee reports print for the API's enumerations: a table a clerk reads, not codes. */

export const FACT_NAMES: Record<DutyFact, string> = {
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

export const EVIDENCE_NAMES: Record<DutyEvidenceKind, string> = {
  DUTY_EVENT: '履职活动',
  SUGGESTION: '建言',
  MATCH: '引企下乡对接',
  SERVICE_ACTIVITY: '服务活动',
};

/** The board's lights as the office says them: red is overdue, yellow is near the deadline. */
export const LIGHT_NAMES: Record<SuggestionLight, string> = {
  RED: '超期',
  YELLOW: '临近',
  GREEN: '正常',
};

export const LIGHT_COLOURS: Record<SuggestionLight, string> = {
  RED: 'FFFFC7CE',
  YELLOW: 'FFFFEB9C',
  GREEN: 'FFC6EFCE',
};
