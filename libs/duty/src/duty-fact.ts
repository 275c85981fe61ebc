import { registerEnumType } from '@nestjs/graphql';

/**
 * The fixed vocabulary of what the service can observe about a member's work in a year. A rule
 * set maps each fact it rewards to a category and points; the vocabulary is code because each fact
 * needs a statement that finds it, the points are data because each county sets its own.
 */
export enum DutyFact {
  PLENARY_PRESENT = 'PLENARY_PRESENT',
  PLENARY_EXCUSED = 'PLENARY_EXCUSED',
  PLENARY_ABSENT = 'PLENARY_ABSENT',
  STANDING_PRESENT = 'STANDING_PRESENT',
  STANDING_EXCUSED = 'STANDING_EXCUSED',
  STANDING_ABSENT = 'STANDING_ABSENT',
  ACTIVITY_PRESENT = 'ACTIVITY_PRESENT',
  ACTIVITY_EXCUSED = 'ACTIVITY_EXCUSED',
  ACTIVITY_ABSENT = 'ACTIVITY_ABSENT',
  SPEECH = 'SPEECH',
  WRITTEN_SPEECH = 'WRITTEN_SPEECH',
  PROPOSAL_SUBMITTED_LEAD = 'PROPOSAL_SUBMITTED_LEAD',
  PROPOSAL_SUBMITTED_COSIGNER = 'PROPOSAL_SUBMITTED_COSIGNER',
  PROPOSAL_FILED_LEAD = 'PROPOSAL_FILED_LEAD',
  PROPOSAL_FILED_COSIGNER = 'PROPOSAL_FILED_COSIGNER',
  PROPOSAL_ADOPTED_LEAD = 'PROPOSAL_ADOPTED_LEAD',
  PROPOSAL_ADOPTED_COSIGNER = 'PROPOSAL_ADOPTED_COSIGNER',
  PROPOSAL_INSTRUCTED_LEAD = 'PROPOSAL_INSTRUCTED_LEAD',
  PROPOSAL_INSTRUCTED_COSIGNER = 'PROPOSAL_INSTRUCTED_COSIGNER',
  SOCIAL_SUBMITTED = 'SOCIAL_SUBMITTED',
  SOCIAL_ADOPTED = 'SOCIAL_ADOPTED',
  SOCIAL_INSTRUCTED = 'SOCIAL_INSTRUCTED',
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  REPORT_ADOPTED = 'REPORT_ADOPTED',
  REPORT_INSTRUCTED = 'REPORT_INSTRUCTED',
  MATCH_BROKERED = 'MATCH_BROKERED',
  TEAM_ACTIVITY = 'TEAM_ACTIVITY',
}

export const DUTY_FACTS: readonly DutyFact[] = Object.values(DutyFact);

registerEnumType(DutyFact, {
  name: 'DutyFact',
  description: '履职事项 — a kind of work the service observes and a rule set may reward (each occurrence counted once).',
  valuesMap: {
    PLENARY_PRESENT: { description: '全体会议出席 — present at a plenary session.' },
    PLENARY_EXCUSED: { description: '全体会议请假 — excused from a plenary session.' },
    PLENARY_ABSENT: { description: '全体会议缺席 — absent from a plenary session without leave.' },
    STANDING_PRESENT: { description: '常委会议出席 — present at a standing committee meeting.' },
    STANDING_EXCUSED: { description: '常委会议请假 — excused from a standing committee meeting.' },
    STANDING_ABSENT: { description: '常委会议缺席 — absent from a standing committee meeting without leave.' },
    ACTIVITY_PRESENT: { description: '活动出席 — present at a consultation, research, study, outreach or other activity.' },
    ACTIVITY_EXCUSED: { description: '活动请假 — excused from such an activity.' },
    ACTIVITY_ABSENT: { description: '活动缺席 — absent from such an activity without leave.' },
    SPEECH: { description: '大会发言 — one speech made at an event.' },
    WRITTEN_SPEECH: { description: '书面发言 — one written contribution to an event.' },
    PROPOSAL_SUBMITTED_LEAD: { description: '提案提交（第一提出人）— a proposal submitted, as lead author.' },
    PROPOSAL_SUBMITTED_COSIGNER: { description: '提案提交（附议人）— a proposal submitted, as co-signer.' },
    PROPOSAL_FILED_LEAD: { description: '提案立案（第一提出人）— a proposal filed, as lead author.' },
    PROPOSAL_FILED_COSIGNER: { description: '提案立案（附议人）— a proposal filed, as co-signer.' },
    PROPOSAL_ADOPTED_LEAD: { description: '提案采纳（第一提出人）— a proposal replied with result A or B, as lead author.' },
    PROPOSAL_ADOPTED_COSIGNER: { description: '提案采纳（附议人）— a proposal replied with result A or B, as co-signer.' },
    PROPOSAL_INSTRUCTED_LEAD: { description: '提案获批示（第一提出人）— a leader’s instruction on a proposal, as lead author.' },
    PROPOSAL_INSTRUCTED_COSIGNER: { description: '提案获批示（附议人）— a leader’s instruction on a proposal, as co-signer.' },
    SOCIAL_SUBMITTED: { description: '社情民意报送 — a social-conditions report submitted, for each author.' },
    SOCIAL_ADOPTED: { description: '社情民意采用 — a social-conditions report adopted, for each author.' },
    SOCIAL_INSTRUCTED: { description: '社情民意获批示 — a leader’s instruction on a social-conditions report, for each author.' },
    REPORT_SUBMITTED: { description: '协商成果或调研报告提交 — a consultation outcome or research report submitted, for each author.' },
    REPORT_ADOPTED: { description: '协商成果或调研报告采纳 — such a report adopted, for each author.' },
    REPORT_INSTRUCTED: { description: '协商成果或调研报告获批示 — a leader’s instruction on such a report, for each author.' },
    MATCH_BROKERED: { description: '引企下乡对接 — a match the member brokered that was SIGNED or OPERATING at some time in the year.' },
    TEAM_ACTIVITY: { description: '服务活动 — a visit in the year of a service team the member leads or serves in.' },
  },
});
