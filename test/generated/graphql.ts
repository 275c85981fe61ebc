/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A leader’s instruction (领导批示) on a suggestion, as given. */
export type AddSuggestionInstructionInput = {
  /** 批示日期 — not after today; today when left out. */
  givenOn?: string | null | undefined;
  /** The suggestion. */
  id: string | number;
  /** 批示领导 — who gave it, e.g. 县委书记 某某. */
  leader: string;
  /** 批示内容 — the instruction’s text. */
  text: string;
};

/** Assigning a filed suggestion (交办) to a lead unit and co-units, with a deadline: a day, a rule, or the settings’ default (3 months). */
export type AssignSuggestionInput = {
  /** 交办日期 — not after today; today when left out. */
  assignedOn?: string | null | undefined;
  /** 会办单位 — the co-units, who send their opinions to the lead unit. Optional. */
  coUnitIds?: Array<string | number> | null | undefined;
  /** 办理期限 — the day the reply is due; give this or deadlineRule, or neither for the default. */
  deadline?: string | null | undefined;
  /** 期限规则 — the deadline as a rule counted from the day of assignment. */
  deadlineRule?: DeadlineRuleInput | null | undefined;
  /** The suggestion. */
  id: string | number;
  /** 主办单位 — the lead unit, who alone replies. */
  leadUnitId: string | number;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** 出勤 — a member’s attendance at one event. */
export type Attendance =
  /** 缺席 — absent without leave. */
  | 'ABSENT'
  /** 请假 — excused (leave was asked for and granted). */
  | 'EXCUSED'
  /** 出席 — present. */
  | 'PRESENT';

/** Which audit entries: by object, by actor, by time; every field narrows. */
export type AuditFilter = {
  /** 操作人 — a user's or key's id (with actorKind to tell the two apart). */
  actorId?: string | number | null | undefined;
  /** 操作人类型 — USER, API_KEY or SYSTEM. */
  actorKind?: string | null | undefined;
  /** 对象编号. */
  entityId?: string | null | undefined;
  /** 对象类型 — e.g. OutcomeRecord. */
  entityType?: string | null | undefined;
  /** 开始时间 — entries at or after this moment. */
  from?: string | null | undefined;
  /** 导入批次 — the changes one spreadsheet import (and its undo) made. */
  importId?: string | number | null | undefined;
  /** 结束时间 — entries before this moment. */
  to?: string | null | undefined;
};

/** Which bases to list; the conditions given must all hold. */
export type BaseFilter = {
  /** 区划 — only bases whose village lies in this division (itself or anywhere below it). */
  divisionId?: string | number | null | undefined;
  /** 经营企业 — only bases operated by this enterprise. */
  enterpriseId?: string | number | null | undefined;
  /** 产业 — only bases of exactly this industry, e.g. 葡萄. */
  industry?: string | null | undefined;
  /** Only bases whose name contains this text (any case). */
  search?: string | null | undefined;
};

/** 履职岗位 — what an account does in the committee’s work, beside its role. */
export type CommitteePostKind =
  /** 委员本人 — a member’s own account: drafts, submits and evaluates the member’s suggestions. */
  | 'MEMBER'
  /** 政协办 — the committee office: enters duty events, files, assigns and supervises suggestions (needs EDITOR or ADMIN). */
  | 'OFFICE'
  /** 承办单位工作人员 — a handling unit’s staff: sees and answers only the suggestions assigned to the unit. */
  | 'UNIT';

/** A new API key for another system. */
export type CreateApiKeyInput = {
  /** The division the key is limited to; null: the whole database. */
  divisionId?: string | number | null | undefined;
  /** 名称 — what the key is for, up to 100 characters. */
  name: string;
  /** 角色 — VIEWER (reads) or EDITOR (also writes); a key is never an administrator. */
  role: Role;
};

/** A new base (基地). */
export type CreateBaseInput = {
  /** 面积（亩）— the area in mu, at most 2 decimals; leave out or null when unknown. */
  areaMu?: string | number | null | undefined;
  /** 产业 — what the base produces, e.g. 葡萄; optional. */
  industry?: string | null | undefined;
  /** 基地名称 — the name, e.g. 共耕社产业园. */
  name: string;
  /** 经营模式 — the operating model, e.g. 支部+基地+农户; optional. */
  operatingModel?: string | null | undefined;
  /** 经营企业 — the enterprise that operates the base; optional. */
  operatorId?: string | number | null | undefined;
  /** 所在村 — the village the base lies in; must be a VILLAGE-level division. */
  villageId: string | number;
};

/** A new administrative division. */
export type CreateDivisionInput = {
  /** 统计用区划代码 — 12 digits, unique; optional. */
  code?: string | null | undefined;
  /** 级别 — must be below the parent's level. */
  level: DivisionLevel;
  /** 名称 — the name, e.g. 东里村. */
  name: string;
  /** The parent division; leave out for a root (e.g. a province). */
  parentId?: string | number | null | undefined;
};

/** A new enterprise. */
export type CreateEnterpriseInput = {
  /** 统一社会信用代码 — 18 characters with a valid GB 32100-2015 check character; unique; optional. Spaces and case do not matter. */
  creditCode?: string | null | undefined;
  /** 行业 — the line of business, e.g. 葡萄种植; optional. */
  industry?: string | null | undefined;
  /** 企业名称 — the registered name, or a description when the source does not name it. */
  name: string;
};

/** A new handling unit (承办单位). */
export type CreateHandlingUnitInput = {
  /** 联系人 — who answers for the unit; optional. */
  contact?: string | null | undefined;
  /** 单位名称 — the unit’s full name, unique, e.g. 东兰县农业农村局. */
  name: string;
};

/** A new match (引企下乡对接): an enterprise paired with a village. */
export type CreateMatchInput = {
  /** 基地 — the base built or run under the match; must lie in the village. Optional. */
  baseId?: string | number | null | undefined;
  /** 牵线委员 — the members who brokered the match, each once; may be empty. */
  brokerIds?: Array<string | number> | null | undefined;
  /** 企业 — the enterprise brought to the village. */
  enterpriseId: string | number;
  /** 协议投资（元）— the committed investment in yuan, at most 2 decimals. Optional. */
  investmentYuan?: string | number | null | undefined;
  /** 签约日期 — the day the agreement was signed; not in the future. Optional. */
  signedOn?: string | null | undefined;
  /** 状态 — where the match stands; INTENT when left out. */
  status?: MatchStatus | null | undefined;
  /** 对接村 — the village; must be a VILLAGE-level division. */
  villageId: string | number;
};

/** A new committee member. */
export type CreateMemberInput = {
  /** 所属政协 — the division whose CPPCC committee the member sits on (usually a county); optional, within your own division. */
  divisionId?: string | number | null | undefined;
  /** 所属企业 — the enterprises the member owns or represents, each once; on update the list replaces the old one. */
  enterpriseIds?: Array<string | number> | null | undefined;
  /** 姓名 — the member's name. */
  name: string;
  /** 界别 — the sector the member sits for, e.g. 经济界; optional. */
  sector?: string | null | undefined;
  /** 职务 — the member's title or position; optional. */
  title?: string | null | undefined;
};

/** A new agricultural technology-service team (农业科技服务团). */
export type CreateServiceTeamInput = {
  /** 团长 — the member who leads the team. */
  leaderId: string | number;
  /** 成员 — the other members serving on the team, distinct and without the leader. */
  memberIds?: Array<string | number>;
  /** 名称 — the team's name, e.g. 东兰县农业科技服务团. */
  name: string;
};

/** A new suggestion (建言), drafted by a member for themselves or by the committee office on members’ behalf. */
export type CreateSuggestionInput = {
  /** 提出人 — the authors, the lead author (第一提出人) first; each once; at least one. */
  authorIds: Array<string | number>;
  /** 涉及基地 — the bases it is about. Optional. */
  baseIds?: Array<string | number> | null | undefined;
  /** 内容 — the text. Optional while a draft. */
  content?: string | null | undefined;
  /** 所属政协 — the division whose committee receives it (usually the county); inside the caller’s scope. */
  divisionId: string | number;
  /** 涉及区划 — the places (towns, villages) it is about. Optional. */
  divisionIds?: Array<string | number> | null | undefined;
  /** 类别 — proposal, social-conditions report, consultation outcome or research report. */
  kind: SuggestionKind;
  /** 涉及对接 — the enterprise–village matches it is about. Optional. */
  matchIds?: Array<string | number> | null | undefined;
  /** 标题 — the title (案由), at most 200 characters. */
  title: string;
  /** 主题 — what it is about, for figures (围绕…), e.g. 露营产业. Optional. */
  topic?: string | null | undefined;
};

/** A new user account. */
export type CreateUserInput = {
  /** The division the user works in (a town clerk: the town). */
  divisionId?: string | number | null | undefined;
  /** 密码 — at least 8 characters, letters and digits, not a common password, not containing the username. */
  password: string;
  /** 角色 — what the user may do. */
  role: Role;
  /** 用户名 — 3 to 50 letters, digits, _ . or -; unique regardless of case. */
  username: string;
};

/** 期限规则 — a deadline counted from the day of assignment: N months, N calendar days or N working days. */
export type DeadlineRuleInput = {
  /** 数量 — how many months or days, 1 to 366. */
  amount: number;
  /** 计法 — months, calendar days or working days. */
  unit: DeadlineUnit;
};

/** 期限计法 — how a handling deadline is counted from the day of assignment. */
export type DeadlineUnit =
  /** 自然日 — calendar days. */
  | 'CALENDAR_DAYS'
  /** 月 — calendar months (2024-03-01 + 3 → 2024-06-01; a missing day is the month’s last). */
  | 'MONTHS'
  /** 工作日 — working days on China’s official calendar, with its holidays and 调休 working weekends. */
  | 'WORKING_DAYS';

/** Not filing a submitted suggestion (不予立案), with the reason. */
export type DeclineSuggestionInput = {
  /** The suggestion. */
  id: string | number;
  /** 不予立案理由 — why it is not filed, for its authors. */
  reason: string;
  /** 转为社情民意 — for a proposal: also turn it into a social-conditions report (a new, submitted item with the same authors and links). */
  toSocialConditions?: boolean | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** 区划级别 — the level of an administrative division. */
export type DivisionLevel =
  /** 市 — prefecture-level city. */
  | 'CITY'
  /** 县 — county. */
  | 'COUNTY'
  /** 省（自治区）— province or autonomous region. */
  | 'PROVINCE'
  /** 乡镇 — town or township. */
  | 'TOWN'
  /** 村 — village. */
  | 'VILLAGE';

/** 积分类别 — a category of a rule set being saved. */
export type DutyCategoryRuleInput = {
  /** 封顶分 — 0 or more. */
  cap: number;
  /** 类别代码 — capital letters, digits and underscores, e.g. MEETINGS; unique in the rule set. */
  code: string;
  /** 保底分 — 0 up to the cap; 0 when left out. */
  floor?: number;
  /** 类别名称 — e.g. 会议; at most 20 characters. */
  name: string;
};

/** Which duty events to list; every condition given must hold. */
export type DutyEventFilter = {
  /** Only the events held by this division’s committee or those below it. */
  divisionId?: string | number | null | undefined;
  /** Only the events held on or after this day. */
  from?: string | null | undefined;
  /** Only events of this kind. */
  kind?: DutyEventKind | null | undefined;
  /** Only the events this member was asked to take part in. */
  memberId?: string | number | null | undefined;
  /** Only the events held on or before this day. */
  to?: string | null | undefined;
};

/** 履职活动类型 — the kind of a committee meeting or activity. */
export type DutyEventKind =
  /** 协商议事 — a consultation meeting. */
  | 'CONSULTATION'
  /** 其他 — any other activity. */
  | 'OTHER'
  /** 联系群众 — meeting the public. */
  | 'OUTREACH'
  /** 全体会议 — a plenary session of the committee. */
  | 'PLENARY'
  /** 调研视察 — a research or inspection visit. */
  | 'RESEARCH'
  /** 常委会议 — a meeting of the standing committee. */
  | 'STANDING'
  /** 学习培训 — study or training. */
  | 'STUDY';

/** 积分依据类型 — the kind of record a point comes from. */
export type DutyEvidenceKind =
  /** 履职活动 — a meeting or activity (dutyEvent). */
  | 'DUTY_EVENT'
  /** 引企下乡对接 — a match the member brokered (match). */
  | 'MATCH'
  /** 服务活动 — a visit of the member’s service team (serviceActivity). */
  | 'SERVICE_ACTIVITY'
  /** 建言 — a proposal, social-conditions report or other suggestion. */
  | 'SUGGESTION';

/** 履职事项 — a kind of work the service observes and a rule set may reward (each occurrence counted once). */
export type DutyFact =
  /** 活动缺席 — absent from such an activity without leave. */
  | 'ACTIVITY_ABSENT'
  /** 活动请假 — excused from such an activity. */
  | 'ACTIVITY_EXCUSED'
  /** 活动出席 — present at a consultation, research, study, outreach or other activity. */
  | 'ACTIVITY_PRESENT'
  /** 引企下乡对接 — a match the member brokered that was SIGNED or OPERATING at some time in the year. */
  | 'MATCH_BROKERED'
  /** 全体会议缺席 — absent from a plenary session without leave. */
  | 'PLENARY_ABSENT'
  /** 全体会议请假 — excused from a plenary session. */
  | 'PLENARY_EXCUSED'
  /** 全体会议出席 — present at a plenary session. */
  | 'PLENARY_PRESENT'
  /** 提案采纳（附议人）— a proposal replied with result A or B, as co-signer. */
  | 'PROPOSAL_ADOPTED_COSIGNER'
  /** 提案采纳（第一提出人）— a proposal replied with result A or B, as lead author. */
  | 'PROPOSAL_ADOPTED_LEAD'
  /** 提案立案（附议人）— a proposal filed, as co-signer. */
  | 'PROPOSAL_FILED_COSIGNER'
  /** 提案立案（第一提出人）— a proposal filed, as lead author. */
  | 'PROPOSAL_FILED_LEAD'
  /** 提案获批示（附议人）— a leader’s instruction on a proposal, as co-signer. */
  | 'PROPOSAL_INSTRUCTED_COSIGNER'
  /** 提案获批示（第一提出人）— a leader’s instruction on a proposal, as lead author. */
  | 'PROPOSAL_INSTRUCTED_LEAD'
  /** 提案提交（附议人）— a proposal submitted, as co-signer. */
  | 'PROPOSAL_SUBMITTED_COSIGNER'
  /** 提案提交（第一提出人）— a proposal submitted, as lead author. */
  | 'PROPOSAL_SUBMITTED_LEAD'
  /** 协商成果或调研报告采纳 — such a report adopted, for each author. */
  | 'REPORT_ADOPTED'
  /** 协商成果或调研报告获批示 — a leader’s instruction on such a report, for each author. */
  | 'REPORT_INSTRUCTED'
  /** 协商成果或调研报告提交 — a consultation outcome or research report submitted, for each author. */
  | 'REPORT_SUBMITTED'
  /** 社情民意采用 — a social-conditions report adopted, for each author. */
  | 'SOCIAL_ADOPTED'
  /** 社情民意获批示 — a leader’s instruction on a social-conditions report, for each author. */
  | 'SOCIAL_INSTRUCTED'
  /** 社情民意报送 — a social-conditions report submitted, for each author. */
  | 'SOCIAL_SUBMITTED'
  /** 大会发言 — one speech made at an event. */
  | 'SPEECH'
  /** 常委会议缺席 — absent from a standing committee meeting without leave. */
  | 'STANDING_ABSENT'
  /** 常委会议请假 — excused from a standing committee meeting. */
  | 'STANDING_EXCUSED'
  /** 常委会议出席 — present at a standing committee meeting. */
  | 'STANDING_PRESENT'
  /** 服务活动 — a visit in the year of a service team the member leads or serves in. */
  | 'TEAM_ACTIVITY'
  /** 书面发言 — one written contribution to an event. */
  | 'WRITTEN_SPEECH';

/** 履职等次 — a member’s grade for a year. */
export type DutyGrade =
  /** 称职 — the total reaches competentFrom. */
  | 'COMPETENT'
  /** 优秀 — the total reaches the rule set’s excellentFrom. */
  | 'EXCELLENT'
  /** 良好 — the total reaches goodFrom. */
  | 'GOOD'
  /** 不称职 — the total is below competentFrom. */
  | 'INCOMPETENT';

/** 计分规则 — an item of a rule set being saved. */
export type DutyItemRuleInput = {
  /** 所属类别 — the code of one of the rule set’s categories. */
  category: string;
  /** 履职事项 — the fact; each at most once in a rule set. */
  fact: DutyFact;
  /** 分值 — points per occurrence, −100 to 100; negative for a deduction. */
  points: number;
};

/** One member’s part in an event (参加人员). */
export type DutyParticipantInput = {
  /** 出勤 — present, excused or absent without leave. */
  attendance: Attendance;
  /** 委员 — the member. */
  memberId: string | number;
  /** 大会发言 — speeches made at the event; 0 when none. */
  speeches?: number;
  /** 书面发言 — written contributions handed in; 0 when none. */
  writtenSpeeches?: number;
};

/** The lead author’s evaluation of the reply (评价); 不满意 sends the item back to its units with a new deadline (given, a rule, or the default). */
export type EvaluateSuggestionReplyInput = {
  /** 新办理期限 — for 不满意: the new deadline; or deadlineRule; or the default. */
  deadline?: string | null | undefined;
  /** 新期限规则 — for 不满意: the new deadline as a rule counted from today. */
  deadlineRule?: DeadlineRuleInput | null | undefined;
  /** 评价 — 满意, 基本满意 or 不满意. */
  evaluation: SuggestionEvaluation;
  /** The suggestion. */
  id: string | number;
  /** 评价意见 — what the author says; expected with 不满意. Optional. */
  note?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Filing a submitted suggestion (立案). */
export type FileSuggestionInput = {
  /** 立案日期 — not after today; today when left out. */
  filedOn?: string | null | undefined;
  /** The suggestion. */
  id: string | number;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** 成效筛选 — which outcome records to count: by place, period range, enterprise, member, team, base or match. */
export type ImpactFilter = {
  /** 基地 — records of this base. */
  baseId?: string | number | null | undefined;
  /** 区划 — records whose base or division lies in this division's subtree. */
  divisionId?: string | number | null | undefined;
  /** 企业 — records of this enterprise's matches. */
  enterpriseId?: string | number | null | undefined;
  /** 开始期间 — records whose period starts on or after this period's first day. */
  from?: string | null | undefined;
  /** 含未审核 — also count records not yet approved (editors and administrators). Reports count APPROVED records by default. */
  includeUnapproved?: boolean | null | undefined;
  /** 对接 — records of this match. */
  matchId?: string | number | null | undefined;
  /** 委员 — records credited to this member: a broker of the record's match, or the leader of its team. */
  memberId?: string | number | null | undefined;
  /** 服务团 — records of this service team. */
  teamId?: string | number | null | undefined;
  /** 结束期间 — records whose period ends on or before this period's last day; not before `from`. */
  to?: string | null | undefined;
};

/** 分组方式 — how an impact report breaks its totals down. */
export type ImpactGrouping =
  /** 按基地 — by base; records kept for a division form the group "未落到基地" (key null). */
  | 'BASE'
  /** 按企业 — by the enterprise of the record's match; records without a match form the key-null group. */
  | 'ENTERPRISE'
  /** 按委员 — by member credited (brokers of the match, leader of the team); groups overlap. */
  | 'MEMBER'
  /** 按月 — by month; a whole-year or whole-quarter record forms its own group keyed by its period. */
  | 'MONTH'
  /** 按季度 — by quarter; a whole-year record forms its own group keyed by its year. */
  | 'QUARTER'
  /** 按服务团 — by service team; records without a team form the key-null group. */
  | 'TEAM'
  /** 按乡镇 — by town; records kept above town level form the group "未分解到乡镇" (key null). */
  | 'TOWN'
  /** 按村 — by village; records kept above village level form the group "未分解到村" (key null). */
  | 'VILLAGE'
  /** 按年 — by year. */
  | 'YEAR';

/** 导入状态 — RUNNING, VALID / INVALID (dry run), COMMITTED, UNDONE, or FAILED. */
export type ImportStatus =
  | 'COMMITTED'
  | 'FAILED'
  | 'INVALID'
  | 'RUNNING'
  | 'UNDONE'
  | 'VALID';

/** Marking or unmarking an item for key supervision (重点督办). */
export type MarkKeySupervisionInput = {
  /** The suggestion. */
  id: string | number;
  /** 重点督办 — true to mark, false to unmark. */
  key: boolean;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Which matches to list; the conditions given must all hold. */
export type MatchFilter = {
  /** 区划 — only matches whose village lies in this division (itself or anywhere below it). */
  divisionId?: string | number | null | undefined;
  /** 企业 — only matches of this enterprise. */
  enterpriseId?: string | number | null | undefined;
  /** 牵线委员 — only matches this member brokered. */
  memberId?: string | number | null | undefined;
  /** 状态 — only matches in this status. */
  status?: MatchStatus | null | undefined;
};

/** 对接状态 — where an enterprise–village match stands. */
export type MatchStatus =
  /** 已终止 — ended. */
  | 'ENDED'
  /** 意向 — intent, nothing signed yet. */
  | 'INTENT'
  /** 运营中 — the project is running. */
  | 'OPERATING'
  /** 已签约 — agreement signed. */
  | 'SIGNED'
  /** 暂停 — on hold. */
  | 'SUSPENDED';

/** 审核状态 — where an outcome record stands: entered, submitted for approval, approved, or returned for correction. */
export type OutcomeStatus =
  /** 已审核 — counted in reports; locked until an administrator reopens it. */
  | 'APPROVED'
  /** 草稿 — entered (or reopened); may be changed; not yet counted in reports. */
  | 'DRAFT'
  /** 已退回 — sent back with a reason; may be corrected and submitted again. */
  | 'RETURNED'
  /** 已报送 — waiting for approval; may still be corrected by its editors. */
  | 'SUBMITTED';

/** A committee meeting or activity with its participants (履职活动). */
export type RecordDutyEventInput = {
  /** 主办政协 — the division whose committee held the event; within your own division. */
  divisionId: string | number;
  /** 日期 — the day it was held; not in the future. */
  heldOn: string;
  /** 类型 — the kind of meeting or activity. */
  kind: DutyEventKind;
  /** 参加人员 — the members asked to take part, each once, with their attendance; at most 500. On update the list replaces the old one. */
  participants: Array<DutyParticipantInput>;
  /** 地点 — where it was held; optional, at most 200 characters. */
  place?: string | null | undefined;
  /** 名称 — e.g. 县政协十届三次全体会议; at most 200 characters. */
  title: string;
  /** 议题 — what it was about; optional, at most 500 characters. */
  topic?: string | null | undefined;
};

/** 录入成效 — the figures of one base or division for one period. */
export type RecordOutcomeInput = {
  /** 面积（亩）— area in mu, at most 2 decimals. */
  areaMu?: string | number | null | undefined;
  /** “余”/“以上” — true when the figures are lower bounds ("20余万元"); false by default. */
  atLeast?: boolean;
  /** 基地 — the base the figures are for; leave out when the scope is a division. */
  baseId?: string | number | null | undefined;
  /** 村集体经济增收（元）— village collective income increase, in yuan. */
  collectiveIncomeYuan?: string | number | null | undefined;
  /** 区划 — the division whose totals these are, when they are not known per base. */
  divisionId?: string | number | null | undefined;
  /** 农户租金收入（元）— farmland rent paid to households, in yuan. */
  householdRentYuan?: string | number | null | undefined;
  /** 带动农户（户）— households benefiting, a whole number. */
  householdsBenefited?: string | number | null | undefined;
  /** 务工岗位（人次）— paid work in person-times, a whole number. */
  jobsPersonTimes?: string | number | null | undefined;
  /** 对接 — the match the figures come from; it must belong to the base, or lie in the division. */
  matchId?: string | number | null | undefined;
  /** 产值（元）— output value in yuan, at most 2 decimals. */
  outputValueYuan?: string | number | null | undefined;
  /** 期间 — the one period the figures cover: "2024", "2024Q3" or "2024-07". */
  period: string;
  /** 来源 — where the figures come from (a document, an article, a survey); at most 2000 characters. */
  source?: string | null | undefined;
  /** 服务团 — the service team the figures come from. */
  teamId?: string | number | null | undefined;
};

/** One visit of a service team to a base (服务活动). */
export type RecordServiceActivityInput = {
  /** 覆盖面积（亩）— the area covered, in mu, when known; at most 2 decimals. */
  areaCoveredMu?: string | number | null | undefined;
  /** The base (基地) visited. */
  baseId: string | number;
  /** 日期 — the day of the visit; not in the future, not before 1949. */
  date: string;
  /** 培训农民（人）— farmers trained during the visit; 0 when none. */
  farmersTrained?: number;
  /** The service team (服务团) that made the visit. */
  teamId: string | number;
  /** 主题 — what the visit was about, e.g. 葡萄修剪技术培训; at most 200 characters. */
  topic: string;
};

/** The lead unit’s reply (答复) with its result. */
export type ReplyToSuggestionInput = {
  /** The suggestion. */
  id: string | number;
  /** 答复日期 — not after today; today when left out. */
  repliedOn?: string | null | undefined;
  /** 办理结果 — A solved, B being solved, C later, D for reference. */
  result: SuggestionReplyResult;
  /** 答复内容 — the reply’s text. */
  text: string;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** A unit returning an item it was wrongly assigned (退回), within the days the settings allow. */
export type ReturnSuggestionAssignmentInput = {
  /** The suggestion. */
  id: string | number;
  /** 退回理由 — why the item is not the unit’s to handle. */
  reason: string;
};

/** 用户角色 — what a user may do; each role includes the ones below it. */
export type Role =
  /** 管理员 — manages users, and may do everything an editor does. */
  | 'ADMIN'
  /** 录入员 — enters and corrects data. */
  | 'EDITOR'
  /** 查看者 — reads data and reports. */
  | 'VIEWER';

/** One year’s points rules, saved whole: replaces that year’s rules (and so its scores), and no other year’s. */
export type SaveDutyRuleSetInput = {
  /** 基础分 — points every member starts with, outside the categories; 0 or more. */
  basePoints?: number;
  /** 积分类别 — at least one, codes unique, in the order reports show them. */
  categories: Array<DutyCategoryRuleInput>;
  /** 称职分数线 — the least total graded 称职; 0 or more. */
  competentFrom: number;
  /** 优秀分数线 — the least total graded 优秀; above goodFrom. */
  excellentFrom: number;
  /** 良好分数线 — the least total graded 良好; above competentFrom. */
  goodFrom: number;
  /** 计分规则 — each fact at most once, each in one of the categories. */
  items: Array<DutyItemRuleInput>;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
  /** 年度 — the year the rules score, 2000 to 2100. */
  year: number;
};

/** A co-unit’s opinion (会办意见) for the lead unit, once per round. */
export type SendCoUnitOpinionInput = {
  /** The suggestion. */
  id: string | number;
  /** 会办意见 — the opinion’s text. */
  text: string;
};

/** Which service activities to list; every condition given must hold. */
export type ServiceActivityFilter = {
  /** Only the visits to this base (基地). */
  baseId?: string | number | null | undefined;
  /** Only the visits to bases in this division (行政区划) or below it. */
  divisionId?: string | number | null | undefined;
  /** Only the visits on or after this day. */
  from?: string | null | undefined;
  /** Only the visits of this service team (服务团). */
  teamId?: string | number | null | undefined;
  /** Only the visits on or before this day. */
  to?: string | null | undefined;
};

/** An account’s post in the committee’s work; replaces the post it held. */
export type SetCommitteePostInput = {
  /** 承办单位 — required for UNIT, left out otherwise. */
  handlingUnitId?: string | number | null | undefined;
  /** 岗位 — 政协办, a handling unit’s staff, or a member’s own account. */
  kind: CommitteePostKind;
  /** 委员 — required for MEMBER, left out otherwise. */
  memberId?: string | number | null | undefined;
  /** The account. */
  userId: string | number;
};

/** 办理环节 — what a step in a suggestion’s history did. */
export type SuggestionAction =
  /** 交办 — assigned to a lead unit and co-units with a deadline. */
  | 'ASSIGN'
  /** 办结 — closed. */
  | 'CLOSE'
  /** 转社情民意 — a proposal not filed was turned into a social-conditions report. */
  | 'CONVERT'
  /** 起草 — drafted. */
  | 'CREATE'
  /** 不予立案 — not filed, with the reason. */
  | 'DECLINE'
  /** 评价 — the lead author evaluated the reply. */
  | 'EVALUATE'
  /** 立案 — filed. */
  | 'FILE'
  /** 领导批示 — a leader’s instruction was recorded. */
  | 'INSTRUCTION'
  /** 重点督办 — marked (or unmarked) for key supervision. */
  | 'KEY_SUPERVISION'
  /** 会办意见 — a co-unit sent its opinion. */
  | 'OPINION'
  /** 答复 — the lead unit replied with its result. */
  | 'REPLY'
  /** 退回 — a unit wrongly assigned returned the item. */
  | 'RETURN'
  /** 提交 — submitted to the committee office. */
  | 'SUBMIT'
  /** 督办 — a supervision note was recorded. */
  | 'SUPERVISION'
  /** 修改草稿 — the draft was changed. */
  | 'UPDATE';

/** Which part of the supervision board to show. */
export type SuggestionBoardFilter = {
  /** 所属政协 — only suggestions received in this division or below it. */
  divisionId?: string | number | null | undefined;
  /** 主办单位 — only this lead unit’s open items. */
  unitId?: string | number | null | undefined;
  /** 年度 — the year of the units’ replies and rates; this year (county calendar) when left out. */
  year?: number | null | undefined;
};

/** 办理评价 — the lead author’s evaluation of a reply. */
export type SuggestionEvaluation =
  /** 基本满意 — basically satisfied. */
  | 'BASICALLY_SATISFIED'
  /** 满意 — satisfied. */
  | 'SATISFIED'
  /** 不满意 — not satisfied: the item goes back to its units with a new deadline. */
  | 'UNSATISFIED';

/** Which suggestions to count for figures and the sentence. */
export type SuggestionFiguresFilter = {
  /** 所属政协 — only suggestions received in this division or below it. */
  divisionId?: string | number | null | undefined;
  /** 主题 — only suggestions whose topic contains this, e.g. 露营; named in the sentence (围绕…). */
  topic?: string | null | undefined;
  /** 年度 — only suggestions submitted in this year; every year when left out. */
  year?: number | null | undefined;
};

/** Which suggestions to list; the conditions given must all hold. */
export type SuggestionFilter = {
  /** 所属政协 — only suggestions received in this division or below it. */
  divisionId?: string | number | null | undefined;
  /** 类别 — only suggestions of this kind. */
  kind?: SuggestionKind | null | undefined;
  /** 督办灯 — only assigned, unreplied items showing this light today. */
  light?: SuggestionLight | null | undefined;
  /** 提出人 — only suggestions this member authored (lead or co-signer). */
  memberId?: string | number | null | undefined;
  /** 搜索 — a part of the title or the topic. */
  search?: string | null | undefined;
  /** 状态 — only suggestions in this state. */
  status?: SuggestionStatus | null | undefined;
  /** 承办单位 — only suggestions this unit currently handles (lead or co). */
  unitId?: string | number | null | undefined;
  /** 年度 — only suggestions submitted in this year (county calendar). */
  year?: number | null | undefined;
};

/** 建言类别 — what kind of suggestion it is. */
export type SuggestionKind =
  /** 协商成果 — the outcome of a consultation. */
  | 'CONSULTATION'
  /** 提案 — a proposal, filed (立案) or not by the committee office. */
  | 'PROPOSAL'
  /** 调研报告 — a research report. */
  | 'RESEARCH'
  /** 社情民意信息 — a social-conditions report. */
  | 'SOCIAL_CONDITIONS';

/** 督办灯 — the light of an assigned item not yet replied, on the county’s date. */
export type SuggestionLight =
  /** 绿灯 — on track: more days left than the yellow-light setting. */
  | 'GREEN'
  /** 红灯 — overdue: the deadline has passed. */
  | 'RED'
  /** 黄灯 — the deadline is near: at most the setting’s days left (deadline day included). */
  | 'YELLOW';

/** 办理结果 — the lead unit’s result in its reply; A and B count as adopted (采纳). */
export type SuggestionReplyResult =
  /** A类 — solved or largely solved (已解决或基本解决). */
  | 'A'
  /** B类 — being solved or planned (正在解决或列入计划解决). */
  | 'B'
  /** C类 — to be solved when conditions allow (因条件限制留作参考或今后解决). */
  | 'C'
  /** D类 — kept for reference (留作参考). */
  | 'D';

/** 建言状态 — where a suggestion stands in its life. */
export type SuggestionStatus =
  /** 已交办 — assigned to a lead unit (and co-units) with a deadline; waiting for the reply. */
  | 'ASSIGNED'
  /** 已办结 — closed by the committee office. */
  | 'CLOSED'
  /** 草稿 — being written by its authors; seen only by them and the committee office. */
  | 'DRAFT'
  /** 已评价 — the lead author was satisfied or basically satisfied; waiting to be closed. */
  | 'EVALUATED'
  /** 已立案 — filed, waiting to be assigned to handling units. */
  | 'FILED'
  /** 不予立案 — not filed, with a reason; the end of its life. */
  | 'NOT_FILED'
  /** 已答复 — the lead unit replied; waiting for the lead author’s evaluation. */
  | 'REPLIED'
  /** 已提交 — submitted to the committee office, waiting to be filed. */
  | 'SUBMITTED';

/** A step that needs nothing but the suggestion (submit, close). */
export type SuggestionStepInput = {
  /** The suggestion. */
  id: string | number;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** 承办方式 — a unit’s part in handling a suggestion. */
export type SuggestionUnitRole =
  /** 会办 — a co-unit: sends its opinion to the lead unit. */
  | 'CO'
  /** 主办 — the lead unit: gathers the co-units’ opinions and replies. */
  | 'LEAD';

/** Changes to a base; fields left out stay as they are, null clears an optional one. */
export type UpdateBaseInput = {
  /** 面积（亩）— the area in mu, at most 2 decimals; leave out or null when unknown. */
  areaMu?: string | number | null | undefined;
  /** The base to change. */
  id: string | number;
  /** 产业 — what the base produces, e.g. 葡萄; optional. */
  industry?: string | null | undefined;
  /** 基地名称 — the name, e.g. 共耕社产业园. */
  name?: string | null | undefined;
  /** 经营模式 — the operating model, e.g. 支部+基地+农户; optional. */
  operatingModel?: string | null | undefined;
  /** 经营企业 — the enterprise that operates the base; optional. */
  operatorId?: string | number | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
  /** 所在村 — the village the base lies in; must be a VILLAGE-level division. */
  villageId?: string | number | null | undefined;
};

/** Changes to a division; fields left out stay as they are, null clears an optional one. */
export type UpdateDivisionInput = {
  /** 统计用区划代码 — 12 digits, unique; optional. */
  code?: string | null | undefined;
  /** The division to change. */
  id: string | number;
  /** 级别 — must be below the parent's level. */
  level?: DivisionLevel | null | undefined;
  /** 名称 — the name, e.g. 东里村. */
  name?: string | null | undefined;
  /** The parent division; leave out for a root (e.g. a province). */
  parentId?: string | number | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to a duty event; fields left out stay as they are. participants, when given, replaces the whole list. */
export type UpdateDutyEventInput = {
  /** 主办政协 — the division whose committee held the event; within your own division. */
  divisionId?: string | number | null | undefined;
  /** 日期 — the day it was held; not in the future. */
  heldOn?: string | null | undefined;
  /** The event to change. */
  id: string | number;
  /** 类型 — the kind of meeting or activity. */
  kind?: DutyEventKind | null | undefined;
  /** 参加人员 — the members asked to take part, each once, with their attendance; at most 500. On update the list replaces the old one. */
  participants?: Array<DutyParticipantInput> | null | undefined;
  /** 地点 — where it was held; optional, at most 200 characters. */
  place?: string | null | undefined;
  /** 名称 — e.g. 县政协十届三次全体会议; at most 200 characters. */
  title?: string | null | undefined;
  /** 议题 — what it was about; optional, at most 500 characters. */
  topic?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to an enterprise; fields left out stay as they are, null clears an optional one. */
export type UpdateEnterpriseInput = {
  /** 统一社会信用代码 — 18 characters with a valid GB 32100-2015 check character; unique; optional. Spaces and case do not matter. */
  creditCode?: string | null | undefined;
  /** The enterprise to change. */
  id: string | number;
  /** 行业 — the line of business, e.g. 葡萄种植; optional. */
  industry?: string | null | undefined;
  /** 企业名称 — the registered name, or a description when the source does not name it. */
  name?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to a handling unit; fields left out stay as they are, null clears an optional one. */
export type UpdateHandlingUnitInput = {
  /** 联系人 — who answers for the unit; optional. */
  contact?: string | null | undefined;
  /** The unit to change. */
  id: string | number;
  /** 单位名称 — the unit’s full name, unique, e.g. 东兰县农业农村局. */
  name?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to a match; fields left out stay as they are, null clears an optional one. brokerIds, when given, replaces the whole set. */
export type UpdateMatchInput = {
  /** 基地 — the base built or run under the match; must lie in the village. Optional. */
  baseId?: string | number | null | undefined;
  /** 牵线委员 — the members who brokered the match, each once; may be empty. */
  brokerIds?: Array<string | number> | null | undefined;
  /** 企业 — the enterprise brought to the village. */
  enterpriseId?: string | number | null | undefined;
  /** The match to change. */
  id: string | number;
  /** 协议投资（元）— the committed investment in yuan, at most 2 decimals. Optional. */
  investmentYuan?: string | number | null | undefined;
  /** 签约日期 — the day the agreement was signed; not in the future. Optional. */
  signedOn?: string | null | undefined;
  /** 状态 — where the match stands; INTENT when left out. */
  status?: MatchStatus | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
  /** 对接村 — the village; must be a VILLAGE-level division. */
  villageId?: string | number | null | undefined;
};

/** Changes to a member; fields left out stay as they are, null clears an optional one. enterpriseIds, when given, replaces the whole list. */
export type UpdateMemberInput = {
  /** 所属政协 — the division whose CPPCC committee the member sits on (usually a county); optional, within your own division. */
  divisionId?: string | number | null | undefined;
  /** 所属企业 — the enterprises the member owns or represents, each once; on update the list replaces the old one. */
  enterpriseIds?: Array<string | number> | null | undefined;
  /** The member to change. */
  id: string | number;
  /** 姓名 — the member's name. */
  name?: string | null | undefined;
  /** 界别 — the sector the member sits for, e.g. 经济界; optional. */
  sector?: string | null | undefined;
  /** 职务 — the member's title or position; optional. */
  title?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to an outcome record; fields left out stay as they are, null clears an optional one. */
export type UpdateOutcomeRecordInput = {
  /** 面积（亩）— area in mu, at most 2 decimals. */
  areaMu?: string | number | null | undefined;
  /** “余”/“以上” — true when the figures are lower bounds ("20余万元"); false by default. */
  atLeast?: boolean | null | undefined;
  /** 基地 — the base the figures are for; leave out when the scope is a division. */
  baseId?: string | number | null | undefined;
  /** 村集体经济增收（元）— village collective income increase, in yuan. */
  collectiveIncomeYuan?: string | number | null | undefined;
  /** 区划 — the division whose totals these are, when they are not known per base. */
  divisionId?: string | number | null | undefined;
  /** 农户租金收入（元）— farmland rent paid to households, in yuan. */
  householdRentYuan?: string | number | null | undefined;
  /** 带动农户（户）— households benefiting, a whole number. */
  householdsBenefited?: string | number | null | undefined;
  /** The outcome record to change. */
  id: string | number;
  /** 务工岗位（人次）— paid work in person-times, a whole number. */
  jobsPersonTimes?: string | number | null | undefined;
  /** 对接 — the match the figures come from; it must belong to the base, or lie in the division. */
  matchId?: string | number | null | undefined;
  /** 产值（元）— output value in yuan, at most 2 decimals. */
  outputValueYuan?: string | number | null | undefined;
  /** 期间 — the one period the figures cover: "2024", "2024Q3" or "2024-07". */
  period?: string | null | undefined;
  /** 来源 — where the figures come from (a document, an article, a survey); at most 2000 characters. */
  source?: string | null | undefined;
  /** 服务团 — the service team the figures come from. */
  teamId?: string | number | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to a service activity; fields left out stay as they are, null clears the area. */
export type UpdateServiceActivityInput = {
  /** 覆盖面积（亩）— the area covered, in mu, when known; at most 2 decimals. */
  areaCoveredMu?: string | number | null | undefined;
  /** The base (基地) visited. */
  baseId?: string | number | null | undefined;
  /** 日期 — the day of the visit; not in the future, not before 1949. */
  date?: string | null | undefined;
  /** 培训农民（人）— farmers trained during the visit; 0 when none. */
  farmersTrained?: number | null | undefined;
  /** The activity to change. */
  id: string | number;
  /** The service team (服务团) that made the visit. */
  teamId?: string | number | null | undefined;
  /** 主题 — what the visit was about, e.g. 葡萄修剪技术培训; at most 200 characters. */
  topic?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to a service team; fields left out stay as they are; memberIds, when given, replaces the members. */
export type UpdateServiceTeamInput = {
  /** The team to change. */
  id: string | number;
  /** 团长 — the member who leads the team. */
  leaderId?: string | number | null | undefined;
  /** 成员 — the other members serving on the team, distinct and without the leader. */
  memberIds?: Array<string | number> | null | undefined;
  /** 名称 — the team's name, e.g. 东兰县农业科技服务团. */
  name?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to a draft; fields left out stay, null clears an optional one; a list given replaces the whole list. */
export type UpdateSuggestionInput = {
  /** 提出人 — the authors, the lead author (第一提出人) first; each once; at least one. */
  authorIds?: Array<string | number> | null | undefined;
  /** 涉及基地 — the bases it is about. Optional. */
  baseIds?: Array<string | number> | null | undefined;
  /** 内容 — the text. Optional while a draft. */
  content?: string | null | undefined;
  /** 所属政协 — the division whose committee receives it (usually the county); inside the caller’s scope. */
  divisionId?: string | number | null | undefined;
  /** 涉及区划 — the places (towns, villages) it is about. Optional. */
  divisionIds?: Array<string | number> | null | undefined;
  /** The draft to change. */
  id: string | number;
  /** 类别 — proposal, social-conditions report, consultation outcome or research report. */
  kind?: SuggestionKind | null | undefined;
  /** 涉及对接 — the enterprise–village matches it is about. Optional. */
  matchIds?: Array<string | number> | null | undefined;
  /** 标题 — the title (案由), at most 200 characters. */
  title?: string | null | undefined;
  /** 主题 — what it is about, for figures (围绕…), e.g. 露营产业. Optional. */
  topic?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

/** Changes to the follow-up settings; fields left out stay. */
export type UpdateSuggestionSettingsInput = {
  /** 默认期限 — 1 to 366 months or days. */
  defaultDeadlineAmount?: number | null | undefined;
  /** 默认期限计法 — months, calendar days or working days. */
  defaultDeadlineUnit?: DeadlineUnit | null | undefined;
  /** 退回期限（天）— 0 to 90 calendar days after assignment. */
  returnDays?: number | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
  /** 黄灯天数 — 0 to 90. */
  yellowDays?: number | null | undefined;
};

/** Changes to a user; fields left out stay as they are. */
export type UpdateUserInput = {
  /** The division the user works in (a town clerk: the town). */
  divisionId?: string | number | null | undefined;
  /** The user to change. */
  id: string | number;
  /** 密码 — at least 8 characters, letters and digits, not a common password, not containing the username. */
  password?: string | null | undefined;
  /** 角色 — what the user may do. */
  role?: Role | null | undefined;
  /** 用户名 — 3 to 50 letters, digits, _ . or -; unique regardless of case. */
  username?: string | null | undefined;
  /** 版本 — the version read; the update is refused (CONFLICT) when the row changed since. */
  version?: number | null | undefined;
};

export type AuthCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AuthCreateUserMutation = { createUser: { id: string, username: string, role: Role, divisionId: string | null } };

export type AuthUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type AuthUpdateUserMutation = { updateUser: { id: string, role: Role } };

export type AuthDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type AuthDeleteUserMutation = { deleteUser: string };

export type AuthCreateDivisionMutationVariables = Exact<{
  input: CreateDivisionInput;
}>;


export type AuthCreateDivisionMutation = { createDivision: { id: string } };

export type AuthLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type AuthLoginMutation = { login: { token: string } };

export type AuthMeQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthMeQuery = { me: { id: string, username: string, role: Role } };

export type AuthUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthUsersQuery = { users: { totalItems: number, items: Array<{ username: string }> } };

export type AuthDivisionCountQueryVariables = Exact<{ [key: string]: never; }>;


export type AuthDivisionCountQuery = { divisions: { totalItems: number } };

export type BasesStatementsPageQueryVariables = Exact<{
  filter?: BaseFilter | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type BasesStatementsPageQuery = { bases: { totalItems: number, items: Array<{ id: string, name: string, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null }> } };

export type BasesStatementsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BasesStatementsOneQuery = { base: { id: string, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null } | null };

export type BasesStatementsWithoutOperatorsQueryVariables = Exact<{
  filter?: BaseFilter | null | undefined;
  skip?: number | null | undefined;
}>;


export type BasesStatementsWithoutOperatorsQuery = { bases: { totalItems: number, items: Array<{ id: string, village: { name: string }, town: { name: string } | null }> } };

export type BasesStatementsPastEndQueryVariables = Exact<{
  filter?: BaseFilter | null | undefined;
}>;


export type BasesStatementsPastEndQuery = { bases: { totalItems: number, items: Array<{ id: string }> } };

export type BasesFieldsFragment = { id: string, name: string, villageId: string, areaMu: string | null, industry: string | null, operatingModel: string | null, operatorId: string | null, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null };

export type BasesCreateMutationVariables = Exact<{
  input: CreateBaseInput;
}>;


export type BasesCreateMutation = { createBase: { id: string, name: string, villageId: string, areaMu: string | null, industry: string | null, operatingModel: string | null, operatorId: string | null, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null } };

export type BasesUpdateMutationVariables = Exact<{
  input: UpdateBaseInput;
}>;


export type BasesUpdateMutation = { updateBase: { id: string, name: string, villageId: string, areaMu: string | null, industry: string | null, operatingModel: string | null, operatorId: string | null, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null } };

export type BasesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type BasesDeleteMutation = { deleteBase: string };

export type BasesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BasesOneQuery = { base: { id: string, name: string, villageId: string, areaMu: string | null, industry: string | null, operatingModel: string | null, operatorId: string | null, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null } | null };

export type BasesListQueryVariables = Exact<{
  filter?: BaseFilter | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type BasesListQuery = { bases: { totalItems: number, items: Array<{ id: string, name: string }> } };

export type BrowserAdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type BrowserAdminUsersQuery = { users: { items: Array<{ username: string, role: Role, divisionId: string | null }> } };

export type BrowserAdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type BrowserAdminCreateUserMutation = { createUser: { id: string } };

export type BrowserApprovalsCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type BrowserApprovalsCreateUserMutation = { createUser: { id: string } };

export type BrowserApprovalsRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type BrowserApprovalsRecordMutation = { recordOutcome: { id: string } };

export type BrowserApprovalsUpdateMutationVariables = Exact<{
  input: UpdateOutcomeRecordInput;
}>;


export type BrowserApprovalsUpdateMutation = { updateOutcomeRecord: { id: string } };

export type BrowserApprovalsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserApprovalsOneQuery = { outcomeRecord: { status: OutcomeStatus, statusReason: string | null, recordedBy: { name: string | null, isCaller: boolean } | null } | null };

export type BrowserApprovalsReturnMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reason: string;
}>;


export type BrowserApprovalsReturnMutation = { returnOutcomes: Array<{ id: string }> };

export type BrowserApprovalsImpactQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
}>;


export type BrowserApprovalsImpactQuery = { impactSummary: { totals: { records: number, householdRentYuan: string } } };

export type DashboardTotalsQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
}>;


export type DashboardTotalsQuery = { impactSummary: { totals: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, unapprovedRecords: number } } };

export type DashboardSeededPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardSeededPlacesQuery = { towns: { items: Array<{ id: string, name: string, parentId: string | null }> }, villages: { items: Array<{ id: string, name: string }> }, bases: { items: Array<{ id: string, name: string }> } };

export type DashboardCreateDivisionMutationVariables = Exact<{
  input: CreateDivisionInput;
}>;


export type DashboardCreateDivisionMutation = { createDivision: { id: string } };

export type DashboardRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type DashboardRecordOutcomeMutation = { recordOutcome: { id: string } };

export type BrowserImportsRecordsQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
}>;


export type BrowserImportsRecordsQuery = { outcomeRecords: { totalItems: number, items: Array<{ period: string, areaMu: string | null, householdRentYuan: string | null, status: OutcomeStatus }> } };

export type BrowserImportsAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type BrowserImportsAuditQuery = { auditLog: { totalItems: number, items: Array<{ action: string }> } };

export type MemberFileCreateDivisionMutationVariables = Exact<{
  input: CreateDivisionInput;
}>;


export type MemberFileCreateDivisionMutation = { createDivision: { id: string } };

export type MemberFileCreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type MemberFileCreateMemberMutation = { createMember: { id: string } };

export type MemberFileCreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type MemberFileCreateEnterpriseMutation = { createEnterprise: { id: string } };

export type MemberFileCreateBaseMutationVariables = Exact<{
  input: CreateBaseInput;
}>;


export type MemberFileCreateBaseMutation = { createBase: { id: string } };

export type MemberFileCreateMatchMutationVariables = Exact<{
  input: CreateMatchInput;
}>;


export type MemberFileCreateMatchMutation = { createMatch: { id: string } };

export type MemberFileRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type MemberFileRecordOutcomeMutation = { recordOutcome: { id: string } };

export type MemberFileCreateTeamMutationVariables = Exact<{
  input: CreateServiceTeamInput;
}>;


export type MemberFileCreateTeamMutation = { createServiceTeam: { id: string } };

export type MemberFileRecordActivityMutationVariables = Exact<{
  input: RecordServiceActivityInput;
}>;


export type MemberFileRecordActivityMutation = { recordServiceActivity: { id: string } };

export type MemberFileRecordEventMutationVariables = Exact<{
  input: RecordDutyEventInput;
}>;


export type MemberFileRecordEventMutation = { recordDutyEvent: { id: string } };

export type MemberFileProposedRulesQueryVariables = Exact<{
  year: number;
}>;


export type MemberFileProposedRulesQuery = { proposedDutyRuleSet: { year: number, basePoints: number, excellentFrom: number, goodFrom: number, competentFrom: number, categories: Array<{ code: string, name: string, cap: number, floor: number }>, items: Array<{ fact: DutyFact, category: string, points: number }> } };

export type MemberFileSaveRulesMutationVariables = Exact<{
  input: SaveDutyRuleSetInput;
}>;


export type MemberFileSaveRulesMutation = { saveDutyRuleSet: { version: number } };

export type MemberFileRulesQueryVariables = Exact<{
  year: number;
}>;


export type MemberFileRulesQuery = { dutyRuleSet: { version: number, categories: Array<{ code: string, cap: number }> } | null };

export type MemberFileRankingQueryVariables = Exact<{
  year: number;
}>;


export type MemberFileRankingQuery = { dutyRanking: { items: Array<{ rank: number, total: number, grade: DutyGrade, member: { id: string } }> } };

export type MemberFileOfMemberQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;


export type MemberFileOfMemberQuery = { memberDutyFile: { total: number, grade: DutyGrade, categories: Array<{ code: string, raw: number, counted: number }>, points: Array<{ sourceKind: DutyEvidenceKind, title: string }>, brokeredMatches: Array<{ title: string, figures: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string } }> } };

export type MemberFileCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type MemberFileCreateUserMutation = { createUser: { id: string } };

export type MemberFileSetPostMutationVariables = Exact<{
  input: SetCommitteePostInput;
}>;


export type MemberFileSetPostMutation = { setCommitteePost: { id: string } };

export type BrowserSuggestionsUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type BrowserSuggestionsUserMutation = { createUser: { id: string } };

export type BrowserSuggestionsPostMutationVariables = Exact<{
  input: SetCommitteePostInput;
}>;


export type BrowserSuggestionsPostMutation = { setCommitteePost: { id: string } };

export type BrowserSuggestionsKeyMutationVariables = Exact<{
  input: MarkKeySupervisionInput;
}>;


export type BrowserSuggestionsKeyMutation = { markKeySupervision: { keySupervision: boolean } };

export type BrowserSuggestionsRatesQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type BrowserSuggestionsRatesQuery = { suggestionUnitRates: Array<{ replied: number, repliedOnTime: number, onTimeRate: string | null, evaluated: number, satisfied: number, satisfactionRate: string | null, unit: { name: string } }> };

export type BrowserSuggestionsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type BrowserSuggestionsOneQuery = { suggestion: { status: SuggestionStatus, authors: Array<{ id: string }>, replies: Array<{ result: SuggestionReplyResult, text: string }> } | null };

export type BrowserSuggestionsMineQueryVariables = Exact<{
  filter?: SuggestionFilter | null | undefined;
}>;


export type BrowserSuggestionsMineQuery = { suggestions: { items: Array<{ id: string, title: string, status: SuggestionStatus }> } };

export type CommitteeCreateUnitMutationVariables = Exact<{
  input: CreateHandlingUnitInput;
}>;


export type CommitteeCreateUnitMutation = { createHandlingUnit: { id: string, name: string, contact: string | null } };

export type CommitteeUpdateUnitMutationVariables = Exact<{
  input: UpdateHandlingUnitInput;
}>;


export type CommitteeUpdateUnitMutation = { updateHandlingUnit: { id: string, name: string, contact: string | null } };

export type CommitteeDeleteUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type CommitteeDeleteUnitMutation = { deleteHandlingUnit: string };

export type CommitteeUnitsQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type CommitteeUnitsQuery = { handlingUnits: { totalItems: number, items: Array<{ name: string }> } };

export type CommitteeSetPostMutationVariables = Exact<{
  input: SetCommitteePostInput;
}>;


export type CommitteeSetPostMutation = { setCommitteePost: { id: string, committeePost: { kind: CommitteePostKind, handlingUnit: { name: string } | null, member: { name: string } | null } | null } };

export type CommitteeWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type CommitteeWhoAmIQuery = { whoAmI: { committeePost: { kind: CommitteePostKind, handlingUnit: { name: string } | null } | null } };

export type CommitteeRemovePostMutationVariables = Exact<{
  userId: string | number;
}>;


export type CommitteeRemovePostMutation = { removeCommitteePost: { committeePost: { kind: CommitteePostKind } | null } };

export type DutyEventsDeleteMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type DutyEventsDeleteMemberMutation = { deleteMember: string };

export type DutyEventsUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type DutyEventsUpdateMemberMutation = { updateMember: { id: string, divisionId: string | null } };

export type DutyCreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type DutyCreateMemberMutation = { createMember: { id: string, divisionId: string | null } };

export type DutySetPostMutationVariables = Exact<{
  input: SetCommitteePostInput;
}>;


export type DutySetPostMutation = { setCommitteePost: { id: string } };

export type DutyRecordEventMutationVariables = Exact<{
  input: RecordDutyEventInput;
}>;


export type DutyRecordEventMutation = { recordDutyEvent: { id: string, version: number, kind: DutyEventKind, heldOn: string, participants: Array<{ memberId: string, attendance: Attendance, speeches: number, writtenSpeeches: number, member: { name: string } }> } };

export type DutyUpdateEventMutationVariables = Exact<{
  input: UpdateDutyEventInput;
}>;


export type DutyUpdateEventMutation = { updateDutyEvent: { id: string, version: number, title: string, participants: Array<{ memberId: string, attendance: Attendance }> } };

export type DutyDeleteEventMutationVariables = Exact<{
  id: string | number;
}>;


export type DutyDeleteEventMutation = { deleteDutyEvent: string };

export type DutyEventsQueryVariables = Exact<{
  filter?: DutyEventFilter | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type DutyEventsQuery = { dutyEvents: { totalItems: number, items: Array<{ id: string, title: string, heldOn: string }> } };

export type DutyEventQueryVariables = Exact<{
  id: string | number;
}>;


export type DutyEventQuery = { dutyEvent: { id: string, title: string } | null };

export type DutyProposedRulesQueryVariables = Exact<{
  year: number;
}>;


export type DutyProposedRulesQuery = { proposedDutyRuleSet: { year: number, saved: boolean, version: number, basePoints: number, excellentFrom: number, goodFrom: number, competentFrom: number, categories: Array<{ code: string, name: string, cap: number, floor: number }>, items: Array<{ fact: DutyFact, category: string, points: number }> } };

export type DutyRulesQueryVariables = Exact<{
  year: number;
}>;


export type DutyRulesQuery = { dutyRuleSet: { year: number, saved: boolean, version: number } | null };

export type DutySaveRulesMutationVariables = Exact<{
  input: SaveDutyRuleSetInput;
}>;


export type DutySaveRulesMutation = { saveDutyRuleSet: { year: number, saved: boolean, version: number } };

export type DutyRankingQueryVariables = Exact<{
  year: number;
  divisionId?: string | number | null | undefined;
  sector?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type DutyRankingQuery = { dutyRanking: { year: number, totalItems: number, ruleSet: { year: number, version: number }, items: Array<{ rank: number, total: number, grade: DutyGrade, member: { id: string, name: string }, categories: Array<{ code: string, raw: number, counted: number }> }> } };

export type DutyFileQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;


export type DutyFileQuery = { memberDutyFile: { year: number, total: number, grade: DutyGrade, basePoints: number, member: { id: string }, ruleSet: { year: number }, categories: Array<{ code: string, name: string, cap: number, raw: number, counted: number }>, points: Array<{ fact: DutyFact, category: string | null, quantity: number, pointsEach: number, points: number, sourceKind: DutyEvidenceKind, sourceId: string, title: string, on: string }>, brokeredMatches: Array<{ matchId: string, title: string, status: MatchStatus, signedOn: string | null, figures: { jobsPersonTimes: string, householdRentYuan: string } }> } };

export type DutyCreateSuggestionMutationVariables = Exact<{
  input: CreateSuggestionInput;
}>;


export type DutyCreateSuggestionMutation = { createSuggestion: { id: string } };

export type DutySubmitSuggestionMutationVariables = Exact<{
  input: SuggestionStepInput;
}>;


export type DutySubmitSuggestionMutation = { submitSuggestion: { id: string } };

export type DutyFileSuggestionMutationVariables = Exact<{
  input: FileSuggestionInput;
}>;


export type DutyFileSuggestionMutation = { fileSuggestion: { id: string } };

export type DutyDeclineSuggestionMutationVariables = Exact<{
  input: DeclineSuggestionInput;
}>;


export type DutyDeclineSuggestionMutation = { declineSuggestion: { id: string, status: SuggestionStatus } };

export type DutyAssignSuggestionMutationVariables = Exact<{
  input: AssignSuggestionInput;
}>;


export type DutyAssignSuggestionMutation = { assignSuggestion: { id: string } };

export type DutyReplySuggestionMutationVariables = Exact<{
  input: ReplyToSuggestionInput;
}>;


export type DutyReplySuggestionMutation = { replyToSuggestion: { id: string, status: SuggestionStatus } };

export type DutyCreateUnitMutationVariables = Exact<{
  input: CreateHandlingUnitInput;
}>;


export type DutyCreateUnitMutation = { createHandlingUnit: { id: string } };

export type DutyPointsCreateMatchMutationVariables = Exact<{
  input: CreateMatchInput;
}>;


export type DutyPointsCreateMatchMutation = { createMatch: { id: string, version: number } };

export type DutyPointsUpdateMatchMutationVariables = Exact<{
  input: UpdateMatchInput;
}>;


export type DutyPointsUpdateMatchMutation = { updateMatch: { id: string, status: MatchStatus } };

export type EnterprisesFieldsFragment = { id: string, name: string, creditCode: string | null, industry: string | null };

export type EnterprisesCreateMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type EnterprisesCreateMutation = { createEnterprise: { id: string, name: string, creditCode: string | null, industry: string | null } };

export type EnterprisesUpdateMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type EnterprisesUpdateMutation = { updateEnterprise: { id: string, name: string, creditCode: string | null, industry: string | null } };

export type EnterprisesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type EnterprisesDeleteMutation = { deleteEnterprise: string };

export type EnterprisesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type EnterprisesOneQuery = { enterprise: { id: string, name: string, creditCode: string | null, industry: string | null } | null };

export type EnterprisesListQueryVariables = Exact<{
  search?: string | null | undefined;
  industry?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type EnterprisesListQuery = { enterprises: { totalItems: number, items: Array<{ name: string }> } };

export type IdempotentCreateBaseMutationVariables = Exact<{
  input: CreateBaseInput;
}>;


export type IdempotentCreateBaseMutation = { createBase: { id: string, name: string, village: { id: string } } };

export type IdempotentCreateTwoMutationVariables = Exact<{
  first: CreateBaseInput;
  second: CreateBaseInput;
}>;


export type IdempotentCreateTwoMutation = { first: { id: string }, second: { id: string } };

export type IdempotentDeleteBaseMutationVariables = Exact<{
  id: string | number;
}>;


export type IdempotentDeleteBaseMutation = { deleteBase: string };

export type DivisionsCreateMutationVariables = Exact<{
  input: CreateDivisionInput;
}>;


export type DivisionsCreateMutation = { createDivision: { id: string, name: string, level: DivisionLevel, code: string | null, parentId: string | null, parent: { id: string, name: string } | null } };

export type DivisionsUpdateMutationVariables = Exact<{
  input: UpdateDivisionInput;
}>;


export type DivisionsUpdateMutation = { updateDivision: { id: string, name: string, level: DivisionLevel, code: string | null, parentId: string | null } };

export type DivisionsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type DivisionsDeleteMutation = { deleteDivision: string };

export type DivisionsTreeQueryVariables = Exact<{
  id: string | number;
}>;


export type DivisionsTreeQuery = { division: { name: string, parent: { name: string } | null, children: Array<{ name: string, level: DivisionLevel }> } | null };

export type DivisionsTownsAndChildrenQueryVariables = Exact<{
  parentId: string | number;
}>;


export type DivisionsTownsAndChildrenQuery = { towns: { totalItems: number, items: Array<{ name: string }> }, under: { totalItems: number, items: Array<{ name: string }> } };

export type DivisionsIdQueryVariables = Exact<{
  id: string | number;
}>;


export type DivisionsIdQuery = { division: { id: string } | null };

export type MatchesStatementsPageQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
  take?: number | null | undefined;
}>;


export type MatchesStatementsPageQuery = { matches: { totalItems: number, items: Array<{ id: string, summaryText: string, impact: { householdRentYuan: string, jobsPersonTimes: string, areaMu: string, records: number, matches: number } }> } };

export type MatchesStatementsPageAloneQueryVariables = Exact<{
  take?: number | null | undefined;
}>;


export type MatchesStatementsPageAloneQuery = { matches: { totalItems: number, items: Array<{ id: string }> } };

export type MatchesStatementsRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type MatchesStatementsRecordMutation = { recordOutcome: { id: string } };

export type MatchesFieldsFragment = { id: string, enterpriseId: string, villageId: string, baseId: string | null, status: MatchStatus, signedOn: string | null, investmentYuan: string | null, brokerIds: Array<string>, enterprise: { id: string }, village: { id: string }, town: { id: string } | null, base: { id: string } | null, brokers: Array<{ id: string, name: string }> };

export type MatchesCreateMutationVariables = Exact<{
  input: CreateMatchInput;
}>;


export type MatchesCreateMutation = { createMatch: { id: string, enterpriseId: string, villageId: string, baseId: string | null, status: MatchStatus, signedOn: string | null, investmentYuan: string | null, brokerIds: Array<string>, enterprise: { id: string }, village: { id: string }, town: { id: string } | null, base: { id: string } | null, brokers: Array<{ id: string, name: string }> } };

export type MatchesUpdateMutationVariables = Exact<{
  input: UpdateMatchInput;
}>;


export type MatchesUpdateMutation = { updateMatch: { id: string, enterpriseId: string, villageId: string, baseId: string | null, status: MatchStatus, signedOn: string | null, investmentYuan: string | null, brokerIds: Array<string>, enterprise: { id: string }, village: { id: string }, town: { id: string } | null, base: { id: string } | null, brokers: Array<{ id: string, name: string }> } };

export type MatchesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type MatchesDeleteMutation = { deleteMatch: string };

export type MatchesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type MatchesOneQuery = { match: { id: string, enterpriseId: string, villageId: string, baseId: string | null, status: MatchStatus, signedOn: string | null, investmentYuan: string | null, brokerIds: Array<string>, enterprise: { id: string }, village: { id: string }, town: { id: string } | null, base: { id: string } | null, brokers: Array<{ id: string, name: string }> } | null };

export type MatchesListQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type MatchesListQuery = { matches: { totalItems: number, items: Array<{ id: string }> } };

export type MatchesOfMemberEnterpriseBaseQueryVariables = Exact<{
  member: string | number;
  enterprise: string | number;
  base: string | number;
}>;


export type MatchesOfMemberEnterpriseBaseQuery = { member: { matches: Array<{ id: string, brokers: Array<{ id: string }> }> } | null, enterprise: { matches: Array<{ id: string }> } | null, base: { matches: Array<{ id: string }> } | null };

export type MembersFieldsFragment = { id: string, name: string, sector: string | null, title: string | null, enterpriseIds: Array<string>, enterprises: Array<{ id: string, name: string }> };

export type MembersCreateMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type MembersCreateMutation = { createMember: { id: string, name: string, sector: string | null, title: string | null, enterpriseIds: Array<string>, enterprises: Array<{ id: string, name: string }> } };

export type MembersUpdateMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type MembersUpdateMutation = { updateMember: { id: string, name: string, sector: string | null, title: string | null, enterpriseIds: Array<string>, enterprises: Array<{ id: string, name: string }> } };

export type MembersDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type MembersDeleteMutation = { deleteMember: string };

export type MembersOneQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersOneQuery = { member: { id: string, name: string, sector: string | null, title: string | null, enterpriseIds: Array<string>, enterprises: Array<{ id: string, name: string }> } | null };

export type MembersListQueryVariables = Exact<{
  search?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type MembersListQuery = { members: { totalItems: number, items: Array<{ name: string }> } };

export type MembersOfEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersOfEnterpriseQuery = { enterprise: { members: Array<{ name: string }> } | null };

export type MembersPageWithRelationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MembersPageWithRelationsQuery = { members: { items: Array<{ name: string, enterprises: Array<{ name: string, members: Array<{ name: string }> }> }> } };

export type MembersEnterpriseIdQueryVariables = Exact<{
  id: string | number;
}>;


export type MembersEnterpriseIdQuery = { enterprise: { id: string } | null };

export type MembersDeleteEnterpriseMutationVariables = Exact<{
  id: string | number;
}>;


export type MembersDeleteEnterpriseMutation = { deleteEnterprise: string };

export type QueueRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type QueueRecordMutation = { recordOutcome: { id: string } };

export type QueueUpdateMutationVariables = Exact<{
  input: UpdateOutcomeRecordInput;
}>;


export type QueueUpdateMutation = { updateOutcomeRecord: { id: string } };

export type QueueSubmitMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type QueueSubmitMutation = { submitOutcomes: Array<{ id: string }> };

export type QueueListQueryVariables = Exact<{
  statuses?: Array<OutcomeStatus> | OutcomeStatus | null | undefined;
  filter?: ImpactFilter | null | undefined;
}>;


export type QueueListQuery = { outcomeRecords: { totalItems: number, items: Array<{ id: string, status: OutcomeStatus, recordedBy: { kind: string, id: string | null, name: string | null, isCaller: boolean } | null, changedBy: { kind: string, id: string | null, name: string | null, isCaller: boolean } | null }> } };

export type OutcomeFiltersRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type OutcomeFiltersRecordMutation = { recordOutcome: { id: string } };

export type OutcomeFiltersListQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type OutcomeFiltersListQuery = { outcomeRecords: { totalItems: number, items: Array<{ id: string, period: string, base: { id: string } | null, division: { id: string } | null, match: { id: string } | null, team: { id: string } | null }> } };

export type OutcomeRecordsFieldsFragment = { id: string, period: string, periodStart: string, periodEnd: string, baseId: string | null, divisionId: string | null, matchId: string | null, teamId: string | null, areaMu: string | null, outputValueYuan: string | null, jobsPersonTimes: string | null, householdRentYuan: string | null, collectiveIncomeYuan: string | null, householdsBenefited: string | null, atLeast: boolean, source: string | null };

export type OutcomeRecordsRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type OutcomeRecordsRecordMutation = { recordOutcome: { id: string, period: string, periodStart: string, periodEnd: string, baseId: string | null, divisionId: string | null, matchId: string | null, teamId: string | null, areaMu: string | null, outputValueYuan: string | null, jobsPersonTimes: string | null, householdRentYuan: string | null, collectiveIncomeYuan: string | null, householdsBenefited: string | null, atLeast: boolean, source: string | null } };

export type OutcomeRecordsUpdateMutationVariables = Exact<{
  input: UpdateOutcomeRecordInput;
}>;


export type OutcomeRecordsUpdateMutation = { updateOutcomeRecord: { id: string, period: string, periodStart: string, periodEnd: string, baseId: string | null, divisionId: string | null, matchId: string | null, teamId: string | null, areaMu: string | null, outputValueYuan: string | null, jobsPersonTimes: string | null, householdRentYuan: string | null, collectiveIncomeYuan: string | null, householdsBenefited: string | null, atLeast: boolean, source: string | null } };

export type OutcomeRecordsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type OutcomeRecordsDeleteMutation = { deleteOutcomeRecord: string };

export type OutcomeRecordsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type OutcomeRecordsOneQuery = { outcomeRecord: { id: string, period: string, periodStart: string, periodEnd: string, baseId: string | null, divisionId: string | null, matchId: string | null, teamId: string | null, areaMu: string | null, outputValueYuan: string | null, jobsPersonTimes: string | null, householdRentYuan: string | null, collectiveIncomeYuan: string | null, householdsBenefited: string | null, atLeast: boolean, source: string | null, base: { id: string, name: string } | null, division: { id: string, name: string } | null, match: { id: string, baseId: string | null } | null, team: { id: string, name: string } | null } | null };

export type OutcomeRecordsCountQueryVariables = Exact<{ [key: string]: never; }>;


export type OutcomeRecordsCountQuery = { outcomeRecords: { totalItems: number } };

export type ImpactRulesObjectImpactsQueryVariables = Exact<{
  x1: string | number;
  t1: string | number;
  m2: string | number;
}>;


export type ImpactRulesObjectImpactsQuery = { match: { summaryText: string, impact: { areaMu: string, outputValueYuan: string, jobsPersonTimes: string, householdRentYuan: string, collectiveIncomeYuan: string, householdsBenefited: string, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number } } | null, division: { impact: { areaMu: string, outputValueYuan: string, jobsPersonTimes: string, householdRentYuan: string, collectiveIncomeYuan: string, householdsBenefited: string, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number } } | null, member: { impact: { outputValueYuan: string, householdRentYuan: string, areaMu: string } } | null };

export type ImpactRulesReversedRangeQueryVariables = Exact<{
  x1: string | number;
}>;


export type ImpactRulesReversedRangeQuery = { match: { impact: { records: number } } | null };

export type ImpactRulesMatchRecordsQueryVariables = Exact<{
  x1: string | number;
}>;


export type ImpactRulesMatchRecordsQuery = { match: { impact: { records: number } } | null };

export type ImpactRulesRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type ImpactRulesRecordMutation = { recordOutcome: { id: string } };

export type ImpactRulesIncomeQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
}>;


export type ImpactRulesIncomeQuery = { impactSummary: { totals: { collectiveIncomeYuan: string, unapprovedRecords: number } } };

export type ImpactWorldFiguresFragment = { areaMu: string, outputValueYuan: string, jobsPersonTimes: string, householdRentYuan: string, collectiveIncomeYuan: string, householdsBenefited: string, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number };

export type ImpactWorldSummaryQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
  groupBy?: ImpactGrouping | null | undefined;
}>;


export type ImpactWorldSummaryQuery = { impactSummary: { groupsOverlap: boolean, excludedRecords: number, totals: { areaMu: string, outputValueYuan: string, jobsPersonTimes: string, householdRentYuan: string, collectiveIncomeYuan: string, householdsBenefited: string, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number }, groups: Array<{ key: string | null, label: string, figures: { areaMu: string, outputValueYuan: string, jobsPersonTimes: string, householdRentYuan: string, collectiveIncomeYuan: string, householdsBenefited: string, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number } }> } };

export type SeededSentencesPlacesQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededSentencesPlacesQuery = { counties: { items: Array<{ id: string, name: string }> }, towns: { items: Array<{ id: string, name: string }> } };

export type SeededSentencesMatchesQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededSentencesMatchesQuery = { matches: { totalItems: number, items: Array<{ summaryText: string }> } };

export type SeededSentencesTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type SeededSentencesTeamsQuery = { serviceTeams: { items: Array<{ summaryText: string }> } };

export type ArticleSeedVillageTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleSeedVillageTreeQuery = { divisions: { items: Array<{ name: string, parent: { name: string, parent: { name: string, code: string | null, parent: { name: string, parent: { name: string } | null } | null } | null } | null }> } };

export type ArticleSeedRecordsQueryVariables = Exact<{ [key: string]: never; }>;


export type ArticleSeedRecordsQuery = { outcomeRecords: { totalItems: number, items: Array<{ period: string, baseId: string | null, divisionId: string | null, matchId: string | null, teamId: string | null, areaMu: string | null, outputValueYuan: string | null, householdRentYuan: string | null, jobsPersonTimes: string | null, collectiveIncomeYuan: string | null, atLeast: boolean, source: string | null }> } };

export type ServiceActivitiesFieldsFragment = { id: string, teamId: string, baseId: string, date: string, topic: string, farmersTrained: number, areaCoveredMu: string | null, team: { id: string }, base: { id: string } };

export type ServiceActivitiesRecordMutationVariables = Exact<{
  input: RecordServiceActivityInput;
}>;


export type ServiceActivitiesRecordMutation = { recordServiceActivity: { id: string, teamId: string, baseId: string, date: string, topic: string, farmersTrained: number, areaCoveredMu: string | null, team: { id: string }, base: { id: string } } };

export type ServiceActivitiesUpdateMutationVariables = Exact<{
  input: UpdateServiceActivityInput;
}>;


export type ServiceActivitiesUpdateMutation = { updateServiceActivity: { id: string, teamId: string, baseId: string, date: string, topic: string, farmersTrained: number, areaCoveredMu: string | null, team: { id: string }, base: { id: string } } };

export type ServiceActivitiesDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ServiceActivitiesDeleteMutation = { deleteServiceActivity: string };

export type ServiceActivitiesOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceActivitiesOneQuery = { serviceActivity: { id: string, teamId: string, baseId: string, date: string, topic: string, farmersTrained: number, areaCoveredMu: string | null, team: { id: string }, base: { id: string } } | null };

export type ServiceActivitiesListQueryVariables = Exact<{
  filter?: ServiceActivityFilter | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type ServiceActivitiesListQuery = { serviceActivities: { totalItems: number, items: Array<{ id: string, topic: string }> } };

export type ServiceActivitiesOfTeamsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type ServiceActivitiesOfTeamsQuery = { serviceTeams: { items: Array<{ id: string, activities: { totalItems: number, items: Array<{ topic: string, base: { id: string }, team: { id: string } }> } }> } };

export type ServiceTeamsFieldsFragment = { id: string, name: string, leaderId: string, memberIds: Array<string>, leader: { id: string, name: string }, members: Array<{ id: string, name: string }> };

export type ServiceTeamsCreateMutationVariables = Exact<{
  input: CreateServiceTeamInput;
}>;


export type ServiceTeamsCreateMutation = { createServiceTeam: { id: string, name: string, leaderId: string, memberIds: Array<string>, leader: { id: string, name: string }, members: Array<{ id: string, name: string }> } };

export type ServiceTeamsUpdateMutationVariables = Exact<{
  input: UpdateServiceTeamInput;
}>;


export type ServiceTeamsUpdateMutation = { updateServiceTeam: { id: string, name: string, leaderId: string, memberIds: Array<string>, leader: { id: string, name: string }, members: Array<{ id: string, name: string }> } };

export type ServiceTeamsDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ServiceTeamsDeleteMutation = { deleteServiceTeam: string };

export type ServiceTeamsRecordActivityMutationVariables = Exact<{
  input: RecordServiceActivityInput;
}>;


export type ServiceTeamsRecordActivityMutation = { recordServiceActivity: { id: string } };

export type ServiceTeamsOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceTeamsOneQuery = { serviceTeam: { id: string, name: string, leaderId: string, memberIds: Array<string>, leader: { id: string, name: string }, members: Array<{ id: string, name: string }> } | null };

export type ServiceTeamsPageQueryVariables = Exact<{
  skip?: number | null | undefined;
  take?: number | null | undefined;
}>;


export type ServiceTeamsPageQuery = { serviceTeams: { totalItems: number, items: Array<{ id: string }> } };

export type ServiceTeamsOfMemberQueryVariables = Exact<{
  memberId?: string | number | null | undefined;
}>;


export type ServiceTeamsOfMemberQuery = { serviceTeams: { totalItems: number, items: Array<{ name: string }> } };

export type ServiceTeamsWholeListQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceTeamsWholeListQuery = { serviceTeams: { items: Array<{ name: string, memberIds: Array<string>, leader: { id: string, ledTeams: Array<{ name: string }> }, members: Array<{ id: string }> }> } };

export type SheetsCommitteeOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type SheetsCommitteeOutcomeMutation = { recordOutcome: { id: string } };

export type SheetsCommitteeBoardQueryVariables = Exact<{
  filter?: SuggestionBoardFilter | null | undefined;
}>;


export type SheetsCommitteeBoardQuery = { suggestionBoard: { year: number, items: Array<{ light: SuggestionLight, daysLeft: number, suggestion: { title: string, deadline: string | null }, unit: { name: string } | null }>, units: Array<{ open: number, red: number, replied: number, unit: { name: string } }> } };

export type SheetsCommitteeFiguresQueryVariables = Exact<{
  filter?: SuggestionFiguresFilter | null | undefined;
}>;


export type SheetsCommitteeFiguresQuery = { suggestionFigures: { submitted: number, summaryText: string } };

export type SheetsDutyEventsQueryVariables = Exact<{
  filter?: DutyEventFilter | null | undefined;
}>;


export type SheetsDutyEventsQuery = { dutyEvents: { totalItems: number, items: Array<{ title: string, kind: DutyEventKind, heldOn: string, topic: string | null, place: string | null, divisionId: string, participants: Array<{ attendance: Attendance, speeches: number, writtenSpeeches: number, member: { name: string } }> }> } };

export type SheetsDutyUndoMutationVariables = Exact<{
  id: string | number;
}>;


export type SheetsDutyUndoMutation = { undoSpreadsheetImport: { status: ImportStatus } };

export type HistoryImportsQueryVariables = Exact<{
  kind?: string | null | undefined;
}>;


export type HistoryImportsQuery = { spreadsheetImports: { totalItems: number, items: Array<{ id: string, kind: string, dryRun: boolean, status: ImportStatus, fileName: string | null, sha256: string, rows: number, created: number, updated: number, unchanged: number, errorCount: number, actorName: string | null, finishedAt: string | null, progress: { rowsRead: number } | null }> } };

export type HistoryUndoMutationVariables = Exact<{
  id: string | number;
}>;


export type HistoryUndoMutation = { undoSpreadsheetImport: { id: string, status: ImportStatus, undoneBy: string | null } };

export type HistoryAuditQueryVariables = Exact<{
  importId?: string | number | null | undefined;
}>;


export type HistoryAuditQuery = { auditLog: { items: Array<{ action: string, entityType: string, importId: string | null }> } };

export type HistoryUpdateMutationVariables = Exact<{
  input: UpdateOutcomeRecordInput;
}>;


export type HistoryUpdateMutation = { updateOutcomeRecord: { id: string } };

export type SuggestionBoardOfQueryVariables = Exact<{
  filter?: SuggestionBoardFilter | null | undefined;
}>;


export type SuggestionBoardOfQuery = { suggestionBoard: { today: string, yellowDays: number, items: Array<{ light: SuggestionLight, daysLeft: number, keySupervision: boolean, suggestion: { id: string }, unit: { id: string } | null }>, units: Array<{ unitId: string, open: number, red: number, yellow: number, replied: number, repliedOnTime: number, onTimeRate: string | null, evaluated: number, satisfied: number, satisfactionRate: string | null }> } };

export type SuggestionRatesOfQueryVariables = Exact<{
  year?: number | null | undefined;
  divisionId?: string | number | null | undefined;
}>;


export type SuggestionRatesOfQuery = { suggestionUnitRates: Array<{ unitId: string, onTimeRate: string | null, satisfactionRate: string | null, unit: { name: string } }> };

export type SuggestionFiguresOfQueryVariables = Exact<{
  filter?: SuggestionFiguresFilter | null | undefined;
}>;


export type SuggestionFiguresOfQuery = { suggestionFigures: { researchVisits: number, submitted: number, filed: number, notFiled: number, replied: number, adopted: number, instructed: number, closed: number, summaryText: string } };

export type SuggestionBoardResearchMutationVariables = Exact<{
  input: RecordDutyEventInput;
}>;


export type SuggestionBoardResearchMutation = { recordDutyEvent: { id: string } };

export type SuggestionBoardListQueryVariables = Exact<{
  filter?: SuggestionFilter | null | undefined;
}>;


export type SuggestionBoardListQuery = { suggestions: { totalItems: number, items: Array<{ id: string }> } };

export type SuggestionBoardDeclineMutationVariables = Exact<{
  input: DeclineSuggestionInput;
}>;


export type SuggestionBoardDeclineMutation = { declineSuggestion: { status: SuggestionStatus, declineReason: string | null, turnedInto: { kind: SuggestionKind, status: SuggestionStatus, authors: Array<{ id: string }>, source: { id: string } | null } | null } };

export type SuggestionBoardInstructMutationVariables = Exact<{
  input: AddSuggestionInstructionInput;
}>;


export type SuggestionBoardInstructMutation = { addSuggestionInstruction: { id: string } };

export type SuggestionBoardKeyMutationVariables = Exact<{
  input: MarkKeySupervisionInput;
}>;


export type SuggestionBoardKeyMutation = { markKeySupervision: { keySupervision: boolean } };

export type SuggestionLifeOneQueryVariables = Exact<{
  id: string | number;
}>;


export type SuggestionLifeOneQuery = { suggestion: { id: string, status: SuggestionStatus, version: number, round: number, deadline: string | null, light: SuggestionLight | null, daysLeft: number | null, leadUnit: { id: string } | null, authors: Array<{ id: string }>, divisions: Array<{ id: string }>, bases: Array<{ id: string }>, assignments: Array<{ unitId: string, role: SuggestionUnitRole, endedOn: string | null }>, opinions: Array<{ unitId: string, round: number }>, replies: Array<{ round: number, result: SuggestionReplyResult, evaluation: SuggestionEvaluation | null, late: boolean }>, steps: Array<{ action: SuggestionAction, statusAfter: SuggestionStatus, actorName: string | null, note: string | null }> } | null };

export type SuggestionLifeListQueryVariables = Exact<{
  filter?: SuggestionFilter | null | undefined;
}>;


export type SuggestionLifeListQuery = { suggestions: { totalItems: number, items: Array<{ id: string }> } };

export type SuggestionLifeUpdateMutationVariables = Exact<{
  input: UpdateSuggestionInput;
}>;


export type SuggestionLifeUpdateMutation = { updateSuggestion: { id: string, title: string } };

export type SuggestionLifeOpinionMutationVariables = Exact<{
  input: SendCoUnitOpinionInput;
}>;


export type SuggestionLifeOpinionMutation = { sendCoUnitOpinion: { id: string } };

export type SuggestionLifeCloseMutationVariables = Exact<{
  input: SuggestionStepInput;
}>;


export type SuggestionLifeCloseMutation = { closeSuggestion: { id: string, status: SuggestionStatus, closedOn: string | null } };

export type SuggestionLifeReturnMutationVariables = Exact<{
  input: ReturnSuggestionAssignmentInput;
}>;


export type SuggestionLifeReturnMutation = { returnSuggestionAssignment: { id: string, status: SuggestionStatus, leadUnit: { id: string } | null } };

export type SuggestionLifeSettingsMutationVariables = Exact<{
  input: UpdateSuggestionSettingsInput;
}>;


export type SuggestionLifeSettingsMutation = { updateSuggestionSettings: { yellowDays: number } };

export type SuggestionLifeAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type SuggestionLifeAuditQuery = { auditLog: { items: Array<{ action: string, entityType: string }> } };

export type SuggestionWorldUnitMutationVariables = Exact<{
  input: CreateHandlingUnitInput;
}>;


export type SuggestionWorldUnitMutation = { createHandlingUnit: { id: string } };

export type SuggestionWorldPostMutationVariables = Exact<{
  input: SetCommitteePostInput;
}>;


export type SuggestionWorldPostMutation = { setCommitteePost: { id: string } };

export type SuggestionCreateMutationVariables = Exact<{
  input: CreateSuggestionInput;
}>;


export type SuggestionCreateMutation = { createSuggestion: { id: string, status: SuggestionStatus, version: number } };

export type SuggestionSubmitMutationVariables = Exact<{
  input: SuggestionStepInput;
}>;


export type SuggestionSubmitMutation = { submitSuggestion: { id: string, status: SuggestionStatus, submittedOn: string | null } };

export type SuggestionFileMutationVariables = Exact<{
  input: FileSuggestionInput;
}>;


export type SuggestionFileMutation = { fileSuggestion: { id: string, status: SuggestionStatus, filedOn: string | null } };

export type SuggestionAssignMutationVariables = Exact<{
  input: AssignSuggestionInput;
}>;


export type SuggestionAssignMutation = { assignSuggestion: { id: string, status: SuggestionStatus, deadline: string | null, round: number, light: SuggestionLight | null, daysLeft: number | null } };

export type SuggestionReplyMutationVariables = Exact<{
  input: ReplyToSuggestionInput;
}>;


export type SuggestionReplyMutation = { replyToSuggestion: { id: string, status: SuggestionStatus } };

export type SuggestionEvaluateMutationVariables = Exact<{
  input: EvaluateSuggestionReplyInput;
}>;


export type SuggestionEvaluateMutation = { evaluateSuggestionReply: { id: string, status: SuggestionStatus, round: number, deadline: string | null } };

export type ApprovalSubmitOutcomesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ApprovalSubmitOutcomesMutation = { submitOutcomes: Array<{ id: string, status: OutcomeStatus }> };

export type ApprovalApproveOutcomesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ApprovalApproveOutcomesMutation = { approveOutcomes: Array<{ id: string, status: OutcomeStatus }> };

export type ClientLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ClientLoginMutation = { login: { token: string } };

export type ScopedCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ScopedCreateUserMutation = { createUser: { id: string } };

export type ScopedCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ScopedCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string } } };

export type ApiKeysKeyFieldsFragment = { id: string, name: string, role: Role, divisionId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, division: { id: string, name: string } | null };

export type ApiKeysCreateKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ApiKeysCreateKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string, role: Role, divisionId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, division: { id: string, name: string } | null } } };

export type ApiKeysListQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysListQuery = { apiKeys: { totalItems: number, items: Array<{ id: string, name: string, role: Role, divisionId: string | null, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, division: { id: string, name: string } | null }> } };

export type ApiKeysRevokeMutationVariables = Exact<{
  id: string | number;
}>;


export type ApiKeysRevokeMutation = { revokeApiKey: string };

export type ApiKeysBaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ApiKeysBaseQuery = { base: { id: string, name: string } | null };

export type ApiKeysBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysBasesQuery = { bases: { totalItems: number, items: Array<{ id: string }> } };

export type ApiKeysCreateBaseMutationVariables = Exact<{
  input: CreateBaseInput;
}>;


export type ApiKeysCreateBaseMutation = { createBase: { id: string, name: string } };

export type ApiKeysUpdateBaseMutationVariables = Exact<{
  input: UpdateBaseInput;
}>;


export type ApiKeysUpdateBaseMutation = { updateBase: { id: string, name: string } };

export type ApiKeysRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type ApiKeysRecordMutation = { recordOutcome: { id: string } };

export type ApiKeysSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysSummaryQuery = { impactSummary: { totals: { householdRentYuan: string, records: number, bases: number, villages: number, towns: number } } };

export type ApiKeysAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type ApiKeysAuditQuery = { auditLog: { totalItems: number, items: Array<{ action: string, entityType: string, entityId: string, actor: { id: string | null, name: string | null, kind: string } }> } };

export type ApiKeysTypeFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysTypeFieldsQuery = { __type: { fields: Array<{ name: string }> | null } | null };

export type ApiKeysCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ApiKeysCreateUserMutation = { createUser: { id: string, divisionId: string | null } };

export type ApprovalRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type ApprovalRecordMutation = { recordOutcome: { id: string, status: OutcomeStatus, statusReason: string | null, approvedAt: string | null } };

export type ApprovalUpdateMutationVariables = Exact<{
  input: UpdateOutcomeRecordInput;
}>;


export type ApprovalUpdateMutation = { updateOutcomeRecord: { id: string, status: OutcomeStatus, jobsPersonTimes: string | null } };

export type ApprovalDeleteMutationVariables = Exact<{
  id: string | number;
}>;


export type ApprovalDeleteMutation = { deleteOutcomeRecord: string };

export type ApprovalSubmitMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ApprovalSubmitMutation = { submitOutcomes: Array<{ id: string, status: OutcomeStatus, statusReason: string | null }> };

export type ApprovalApproveMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ApprovalApproveMutation = { approveOutcomes: Array<{ id: string, status: OutcomeStatus, statusReason: string | null, approvedAt: string | null }> };

export type ApprovalReturnMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reason: string;
}>;


export type ApprovalReturnMutation = { returnOutcomes: Array<{ id: string, status: OutcomeStatus, statusReason: string | null }> };

export type ApprovalReopenMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reason: string;
}>;


export type ApprovalReopenMutation = { reopenOutcomes: Array<{ id: string, status: OutcomeStatus, statusReason: string | null, approvedAt: string | null }> };

export type ApprovalOneQueryVariables = Exact<{
  id: string | number;
}>;


export type ApprovalOneQuery = { outcomeRecord: { id: string, status: OutcomeStatus } | null };

export type ApprovalFiguresFragment = { records: number, unapprovedRecords: number, householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, householdsBenefited: string, bases: number, matches: number };

export type ApprovalSummaryQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
}>;


export type ApprovalSummaryQuery = { impactSummary: { totals: { records: number, unapprovedRecords: number, householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, householdsBenefited: string, bases: number, matches: number } } };

export type ApprovalBaseImpactQueryVariables = Exact<{
  id: string | number;
  all?: boolean | null | undefined;
}>;


export type ApprovalBaseImpactQuery = { base: { impact: { records: number, unapprovedRecords: number, householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, householdsBenefited: string, bases: number, matches: number } } | null };

export type ApprovalMatchTextQueryVariables = Exact<{
  id: string | number;
  all?: boolean | null | undefined;
}>;


export type ApprovalMatchTextQuery = { match: { summaryText: string } | null };

export type MatrixBaseQueryVariables = Exact<{
  id: string | number;
}>;


export type MatrixBaseQuery = { base: { id: string, name: string } | null };

export type MatrixBasesQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixBasesQuery = { bases: { totalItems: number, items: Array<{ id: string }> } };

export type MatrixSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type MatrixSummaryQuery = { impactSummary: { totals: { householdRentYuan: string, records: number, bases: number } } };

export type MatrixUpdateBaseMutationVariables = Exact<{
  input: UpdateBaseInput;
}>;


export type MatrixUpdateBaseMutation = { updateBase: { id: string, name: string } };

export type MatrixRecordMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type MatrixRecordMutation = { recordOutcome: { id: string } };

export type MatrixSubmitMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MatrixSubmitMutation = { submitOutcomes: Array<{ id: string, status: OutcomeStatus }> };

export type MatrixApproveMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MatrixApproveMutation = { approveOutcomes: Array<{ id: string, status: OutcomeStatus }> };

export type MatrixVisitMutationVariables = Exact<{
  input: RecordServiceActivityInput;
}>;


export type MatrixVisitMutation = { recordServiceActivity: { id: string } };

export type MatrixAuditQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
}>;


export type MatrixAuditQuery = { auditLog: { totalItems: number, items: Array<{ entityType: string, entityId: string }> } };

export type RateLimitMeQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitMeQuery = { me: { id: string, username: string } };

export type RateLimitCreateEnterpriseMutationVariables = Exact<{ [key: string]: never; }>;


export type RateLimitCreateEnterpriseMutation = { createEnterprise: { id: string } };

export type RateLimitNineFieldsQueryVariables = Exact<{ [key: string]: never; }>;


export type RateLimitNineFieldsQuery = { a: { id: string }, b: { id: string }, c: { id: string }, d: { id: string }, e: { id: string }, f: { id: string }, g: { id: string }, h: { id: string }, i: { id: string } };

export type SessionsMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionsMeQuery = { me: { id: string, username: string } };

export type SessionsLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SessionsLoginMutation = { login: { token: string, expiresAt: string } };

export type SessionsLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type SessionsLogoutMutation = { logout: boolean };

export type SessionsChangePasswordMutationVariables = Exact<{
  old: string;
  new: string;
}>;


export type SessionsChangePasswordMutation = { changePassword: boolean };

export type SessionsCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type SessionsCreateUserMutation = { createUser: { id: string } };

export const BasesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BasesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Base"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"operatingModel"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BasesFieldsFragment, unknown>;
export const EnterprisesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterprisesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]} as unknown as DocumentNode<EnterprisesFieldsFragment, unknown>;
export const MatchesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"brokerIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatchesFieldsFragment, unknown>;
export const MembersFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersFieldsFragment, unknown>;
export const OutcomeRecordsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<OutcomeRecordsFieldsFragment, unknown>;
export const ImpactWorldFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactWorldFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]} as unknown as DocumentNode<ImpactWorldFiguresFragment, unknown>;
export const ServiceActivitiesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceActivitiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"areaCoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ServiceActivitiesFieldsFragment, unknown>;
export const ServiceTeamsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceTeamsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceTeam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsFieldsFragment, unknown>;
export const ApiKeysKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysKeyFieldsFragment, unknown>;
export const ApprovalFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}}]} as unknown as DocumentNode<ApprovalFiguresFragment, unknown>;
export const AuthCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}}]}}]}}]} as unknown as DocumentNode<AuthCreateUserMutation, AuthCreateUserMutationVariables>;
export const AuthUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AuthUpdateUserMutation, AuthUpdateUserMutationVariables>;
export const AuthDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<AuthDeleteUserMutation, AuthDeleteUserMutationVariables>;
export const AuthCreateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthCreateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AuthCreateDivisionMutation, AuthCreateDivisionMutationVariables>;
export const AuthLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<AuthLoginMutation, AuthLoginMutationVariables>;
export const AuthMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<AuthMeQuery, AuthMeQueryVariables>;
export const AuthUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<AuthUsersQuery, AuthUsersQueryVariables>;
export const AuthDivisionCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthDivisionCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<AuthDivisionCountQuery, AuthDivisionCountQueryVariables>;
export const BasesStatementsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasesStatementsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<BasesStatementsPageQuery, BasesStatementsPageQueryVariables>;
export const BasesStatementsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasesStatementsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<BasesStatementsOneQuery, BasesStatementsOneQueryVariables>;
export const BasesStatementsWithoutOperatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasesStatementsWithoutOperators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<BasesStatementsWithoutOperatorsQuery, BasesStatementsWithoutOperatorsQueryVariables>;
export const BasesStatementsPastEndDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasesStatementsPastEnd"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"IntValue","value":"40"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<BasesStatementsPastEndQuery, BasesStatementsPastEndQueryVariables>;
export const BasesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BasesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BasesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BasesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Base"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"operatingModel"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BasesCreateMutation, BasesCreateMutationVariables>;
export const BasesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BasesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BasesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BasesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Base"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"operatingModel"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BasesUpdateMutation, BasesUpdateMutationVariables>;
export const BasesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BasesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<BasesDeleteMutation, BasesDeleteMutationVariables>;
export const BasesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BasesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BasesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Base"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"operatingModel"}},{"kind":"Field","name":{"kind":"Name","value":"operatorId"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BasesOneQuery, BasesOneQueryVariables>;
export const BasesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<BasesListQuery, BasesListQueryVariables>;
export const BrowserAdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserAdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserAdminUsersQuery, BrowserAdminUsersQueryVariables>;
export const BrowserAdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserAdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserAdminCreateUserMutation, BrowserAdminCreateUserMutationVariables>;
export const BrowserApprovalsCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserApprovalsCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserApprovalsCreateUserMutation, BrowserApprovalsCreateUserMutationVariables>;
export const BrowserApprovalsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserApprovalsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserApprovalsRecordMutation, BrowserApprovalsRecordMutationVariables>;
export const BrowserApprovalsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserApprovalsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserApprovalsUpdateMutation, BrowserApprovalsUpdateMutationVariables>;
export const BrowserApprovalsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserApprovalsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCaller"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserApprovalsOneQuery, BrowserApprovalsOneQueryVariables>;
export const BrowserApprovalsReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserApprovalsReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserApprovalsReturnMutation, BrowserApprovalsReturnMutationVariables>;
export const BrowserApprovalsImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserApprovalsImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserApprovalsImpactQuery, BrowserApprovalsImpactQueryVariables>;
export const DashboardTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardTotalsQuery, DashboardTotalsQueryVariables>;
export const DashboardSeededPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardSeededPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"towns"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"villages"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardSeededPlacesQuery, DashboardSeededPlacesQueryVariables>;
export const DashboardCreateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardCreateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DashboardCreateDivisionMutation, DashboardCreateDivisionMutationVariables>;
export const DashboardRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DashboardRecordOutcomeMutation, DashboardRecordOutcomeMutationVariables>;
export const BrowserImportsRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserImportsRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserImportsRecordsQuery, BrowserImportsRecordsQueryVariables>;
export const BrowserImportsAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserImportsAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserImportsAuditQuery, BrowserImportsAuditQueryVariables>;
export const MemberFileCreateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateDivisionMutation, MemberFileCreateDivisionMutationVariables>;
export const MemberFileCreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateMemberMutation, MemberFileCreateMemberMutationVariables>;
export const MemberFileCreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateEnterpriseMutation, MemberFileCreateEnterpriseMutationVariables>;
export const MemberFileCreateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateBaseMutation, MemberFileCreateBaseMutationVariables>;
export const MemberFileCreateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateMatchMutation, MemberFileCreateMatchMutationVariables>;
export const MemberFileRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileRecordOutcomeMutation, MemberFileRecordOutcomeMutationVariables>;
export const MemberFileCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateTeamMutation, MemberFileCreateTeamMutationVariables>;
export const MemberFileRecordActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileRecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileRecordActivityMutation, MemberFileRecordActivityMutationVariables>;
export const MemberFileRecordEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileRecordEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileRecordEventMutation, MemberFileRecordEventMutationVariables>;
export const MemberFileProposedRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFileProposedRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedDutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"basePoints"}},{"kind":"Field","name":{"kind":"Name","value":"excellentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"goodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<MemberFileProposedRulesQuery, MemberFileProposedRulesQueryVariables>;
export const MemberFileSaveRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileSaveRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDutyRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<MemberFileSaveRulesMutation, MemberFileSaveRulesMutationVariables>;
export const MemberFileRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFileRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]}}]} as unknown as DocumentNode<MemberFileRulesQuery, MemberFileRulesQueryVariables>;
export const MemberFileRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFileRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberFileRankingQuery, MemberFileRankingQueryVariables>;
export const MemberFileOfMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFileOfMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberDutyFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokeredMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberFileOfMemberQuery, MemberFileOfMemberQueryVariables>;
export const MemberFileCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileCreateUserMutation, MemberFileCreateUserMutationVariables>;
export const MemberFileSetPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MemberFileSetPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MemberFileSetPostMutation, MemberFileSetPostMutationVariables>;
export const BrowserSuggestionsUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserSuggestionsUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserSuggestionsUserMutation, BrowserSuggestionsUserMutationVariables>;
export const BrowserSuggestionsPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserSuggestionsPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BrowserSuggestionsPostMutation, BrowserSuggestionsPostMutationVariables>;
export const BrowserSuggestionsKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BrowserSuggestionsKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkKeySupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markKeySupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}}]}}]}}]} as unknown as DocumentNode<BrowserSuggestionsKeyMutation, BrowserSuggestionsKeyMutationVariables>;
export const BrowserSuggestionsRatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserSuggestionsRates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionUnitRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]} as unknown as DocumentNode<BrowserSuggestionsRatesQuery, BrowserSuggestionsRatesQueryVariables>;
export const BrowserSuggestionsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserSuggestionsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserSuggestionsOneQuery, BrowserSuggestionsOneQueryVariables>;
export const BrowserSuggestionsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BrowserSuggestionsMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<BrowserSuggestionsMineQuery, BrowserSuggestionsMineQueryVariables>;
export const CommitteeCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHandlingUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]} as unknown as DocumentNode<CommitteeCreateUnitMutation, CommitteeCreateUnitMutationVariables>;
export const CommitteeUpdateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeUpdateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHandlingUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]} as unknown as DocumentNode<CommitteeUpdateUnitMutation, CommitteeUpdateUnitMutationVariables>;
export const CommitteeDeleteUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeDeleteUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<CommitteeDeleteUnitMutation, CommitteeDeleteUnitMutationVariables>;
export const CommitteeUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handlingUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<CommitteeUnitsQuery, CommitteeUnitsQueryVariables>;
export const CommitteeSetPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeSetPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"committeePost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeSetPostMutation, CommitteeSetPostMutationVariables>;
export const CommitteeWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeePost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeWhoAmIQuery, CommitteeWhoAmIQueryVariables>;
export const CommitteeRemovePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitteeRemovePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeePost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeRemovePostMutation, CommitteeRemovePostMutationVariables>;
export const DutyEventsDeleteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyEventsDeleteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DutyEventsDeleteMemberMutation, DutyEventsDeleteMemberMutationVariables>;
export const DutyEventsUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyEventsUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}}]}}]}}]} as unknown as DocumentNode<DutyEventsUpdateMemberMutation, DutyEventsUpdateMemberMutationVariables>;
export const DutyCreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}}]}}]}}]} as unknown as DocumentNode<DutyCreateMemberMutation, DutyCreateMemberMutationVariables>;
export const DutySetPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutySetPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutySetPostMutation, DutySetPostMutationVariables>;
export const DutyRecordEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyRecordEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"speeches"}},{"kind":"Field","name":{"kind":"Name","value":"writtenSpeeches"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyRecordEventMutation, DutyRecordEventMutationVariables>;
export const DutyUpdateEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyUpdateEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDutyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}}]}}]} as unknown as DocumentNode<DutyUpdateEventMutation, DutyUpdateEventMutationVariables>;
export const DutyDeleteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyDeleteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DutyDeleteEventMutation, DutyDeleteEventMutationVariables>;
export const DutyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}}]}}]}}]} as unknown as DocumentNode<DutyEventsQuery, DutyEventsQueryVariables>;
export const DutyEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<DutyEventQuery, DutyEventQueryVariables>;
export const DutyProposedRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyProposedRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposedDutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"basePoints"}},{"kind":"Field","name":{"kind":"Name","value":"excellentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"goodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<DutyProposedRulesQuery, DutyProposedRulesQueryVariables>;
export const DutyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyRulesQuery, DutyRulesQueryVariables>;
export const DutySaveRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutySaveRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDutyRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutySaveRulesMutation, DutySaveRulesMutationVariables>;
export const DutyRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyRankingQuery, DutyRankingQueryVariables>;
export const DutyFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DutyFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberDutyFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basePoints"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"pointsEach"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokeredMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DutyFileQuery, DutyFileQueryVariables>;
export const DutyCreateSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCreateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyCreateSuggestionMutation, DutyCreateSuggestionMutationVariables>;
export const DutySubmitSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutySubmitSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutySubmitSuggestionMutation, DutySubmitSuggestionMutationVariables>;
export const DutyFileSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyFileSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyFileSuggestionMutation, DutyFileSuggestionMutationVariables>;
export const DutyDeclineSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyDeclineSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DutyDeclineSuggestionMutation, DutyDeclineSuggestionMutationVariables>;
export const DutyAssignSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyAssignSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyAssignSuggestionMutation, DutyAssignSuggestionMutationVariables>;
export const DutyReplySuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyReplySuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DutyReplySuggestionMutation, DutyReplySuggestionMutationVariables>;
export const DutyCreateUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyCreateUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHandlingUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DutyCreateUnitMutation, DutyCreateUnitMutationVariables>;
export const DutyPointsCreateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyPointsCreateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DutyPointsCreateMatchMutation, DutyPointsCreateMatchMutationVariables>;
export const DutyPointsUpdateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DutyPointsUpdateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DutyPointsUpdateMatchMutation, DutyPointsUpdateMatchMutationVariables>;
export const EnterprisesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterprisesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterprisesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterprisesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]} as unknown as DocumentNode<EnterprisesCreateMutation, EnterprisesCreateMutationVariables>;
export const EnterprisesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterprisesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterprisesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterprisesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]} as unknown as DocumentNode<EnterprisesUpdateMutation, EnterprisesUpdateMutationVariables>;
export const EnterprisesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnterprisesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EnterprisesDeleteMutation, EnterprisesDeleteMutationVariables>;
export const EnterprisesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EnterprisesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EnterprisesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Enterprise"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]} as unknown as DocumentNode<EnterprisesOneQuery, EnterprisesOneQueryVariables>;
export const EnterprisesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterprisesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"industry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<EnterprisesListQuery, EnterprisesListQueryVariables>;
export const IdempotentCreateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotentCreateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<IdempotentCreateBaseMutation, IdempotentCreateBaseMutationVariables>;
export const IdempotentCreateTwoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotentCreateTwo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"second"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"second"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<IdempotentCreateTwoMutation, IdempotentCreateTwoMutationVariables>;
export const IdempotentDeleteBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IdempotentDeleteBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<IdempotentDeleteBaseMutation, IdempotentDeleteBaseMutationVariables>;
export const DivisionsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DivisionsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DivisionsCreateMutation, DivisionsCreateMutationVariables>;
export const DivisionsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DivisionsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<DivisionsUpdateMutation, DivisionsUpdateMutationVariables>;
export const DivisionsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DivisionsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DivisionsDeleteMutation, DivisionsDeleteMutationVariables>;
export const DivisionsTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionsTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<DivisionsTreeQuery, DivisionsTreeQueryVariables>;
export const DivisionsTownsAndChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionsTownsAndChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"towns"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"under"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<DivisionsTownsAndChildrenQuery, DivisionsTownsAndChildrenQueryVariables>;
export const DivisionsIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DivisionsId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DivisionsIdQuery, DivisionsIdQueryVariables>;
export const MatchesStatementsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesStatementsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<MatchesStatementsPageQuery, MatchesStatementsPageQueryVariables>;
export const MatchesStatementsPageAloneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesStatementsPageAlone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<MatchesStatementsPageAloneQuery, MatchesStatementsPageAloneQueryVariables>;
export const MatchesStatementsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchesStatementsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatchesStatementsRecordMutation, MatchesStatementsRecordMutationVariables>;
export const MatchesCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchesCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"brokerIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatchesCreateMutation, MatchesCreateMutationVariables>;
export const MatchesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"brokerIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatchesUpdateMutation, MatchesUpdateMutationVariables>;
export const MatchesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatchesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MatchesDeleteMutation, MatchesDeleteMutationVariables>;
export const MatchesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Match"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseId"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"brokerIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatchesOneQuery, MatchesOneQueryVariables>;
export const MatchesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<MatchesListQuery, MatchesListQueryVariables>;
export const MatchesOfMemberEnterpriseBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatchesOfMemberEnterpriseBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"member"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"enterprise"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"base"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"member"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"enterprise"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"base"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<MatchesOfMemberEnterpriseBaseQuery, MatchesOfMemberEnterpriseBaseQueryVariables>;
export const MembersCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersCreateMutation, MembersCreateMutationVariables>;
export const MembersUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersUpdateMutation, MembersUpdateMutationVariables>;
export const MembersDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MembersDeleteMutation, MembersDeleteMutationVariables>;
export const MembersOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MembersFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MembersFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Member"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterpriseIds"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MembersOneQuery, MembersOneQueryVariables>;
export const MembersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<MembersListQuery, MembersListQueryVariables>;
export const MembersOfEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersOfEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MembersOfEnterpriseQuery, MembersOfEnterpriseQueryVariables>;
export const MembersPageWithRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersPageWithRelations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembersPageWithRelationsQuery, MembersPageWithRelationsQueryVariables>;
export const MembersEnterpriseIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembersEnterpriseId"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MembersEnterpriseIdQuery, MembersEnterpriseIdQueryVariables>;
export const MembersDeleteEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MembersDeleteEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<MembersDeleteEnterpriseMutation, MembersDeleteEnterpriseMutationVariables>;
export const QueueRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QueueRecordMutation, QueueRecordMutationVariables>;
export const QueueUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QueueUpdateMutation, QueueUpdateMutationVariables>;
export const QueueSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"QueueSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<QueueSubmitMutation, QueueSubmitMutationVariables>;
export const QueueListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QueueList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCaller"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCaller"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QueueListQuery, QueueListQueryVariables>;
export const OutcomeFiltersRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeFiltersRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<OutcomeFiltersRecordMutation, OutcomeFiltersRecordMutationVariables>;
export const OutcomeFiltersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeFiltersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OutcomeFiltersListQuery, OutcomeFiltersListQueryVariables>;
export const OutcomeRecordsRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeRecordsRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeRecordsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<OutcomeRecordsRecordMutation, OutcomeRecordsRecordMutationVariables>;
export const OutcomeRecordsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeRecordsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeRecordsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<OutcomeRecordsUpdateMutation, OutcomeRecordsUpdateMutationVariables>;
export const OutcomeRecordsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OutcomeRecordsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<OutcomeRecordsDeleteMutation, OutcomeRecordsDeleteMutationVariables>;
export const OutcomeRecordsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeRecordsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OutcomeRecordsFields"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OutcomeRecordsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]} as unknown as DocumentNode<OutcomeRecordsOneQuery, OutcomeRecordsOneQueryVariables>;
export const OutcomeRecordsCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutcomeRecordsCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<OutcomeRecordsCountQuery, OutcomeRecordsCountQueryVariables>;
export const ImpactRulesObjectImpactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactRulesObjectImpacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"t1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"m2"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactWorldFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"t1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactWorldFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"m2"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2025","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactWorldFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]} as unknown as DocumentNode<ImpactRulesObjectImpactsQuery, ImpactRulesObjectImpactsQueryVariables>;
export const ImpactRulesReversedRangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactRulesReversedRange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2025","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2024","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactRulesReversedRangeQuery, ImpactRulesReversedRangeQueryVariables>;
export const ImpactRulesMatchRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactRulesMatchRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"x1"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"x1"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactRulesMatchRecordsQuery, ImpactRulesMatchRecordsQueryVariables>;
export const ImpactRulesRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImpactRulesRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ImpactRulesRecordMutation, ImpactRulesRecordMutationVariables>;
export const ImpactRulesIncomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactRulesIncome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]}}]}}]} as unknown as DocumentNode<ImpactRulesIncomeQuery, ImpactRulesIncomeQueryVariables>;
export const ImpactWorldSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImpactWorldSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactGrouping"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactWorldFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImpactWorldFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsOverlap"}},{"kind":"Field","name":{"kind":"Name","value":"excludedRecords"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImpactWorldFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}}]}}]} as unknown as DocumentNode<ImpactWorldSummaryQuery, ImpactWorldSummaryQueryVariables>;
export const SeededSentencesPlacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeededSentencesPlaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"towns"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"TOWN"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SeededSentencesPlacesQuery, SeededSentencesPlacesQueryVariables>;
export const SeededSentencesMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeededSentencesMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<SeededSentencesMatchesQuery, SeededSentencesMatchesQueryVariables>;
export const SeededSentencesTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SeededSentencesTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}}]}}]}}]} as unknown as DocumentNode<SeededSentencesTeamsQuery, SeededSentencesTeamsQueryVariables>;
export const ArticleSeedVillageTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleSeedVillageTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"VILLAGE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ArticleSeedVillageTreeQuery, ArticleSeedVillageTreeQueryVariables>;
export const ArticleSeedRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ArticleSeedRecords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<ArticleSeedRecordsQuery, ArticleSeedRecordsQueryVariables>;
export const ServiceActivitiesRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceActivitiesRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceActivitiesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceActivitiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"areaCoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ServiceActivitiesRecordMutation, ServiceActivitiesRecordMutationVariables>;
export const ServiceActivitiesUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceActivitiesUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceActivitiesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceActivitiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"areaCoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ServiceActivitiesUpdateMutation, ServiceActivitiesUpdateMutationVariables>;
export const ServiceActivitiesDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceActivitiesDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ServiceActivitiesDeleteMutation, ServiceActivitiesDeleteMutationVariables>;
export const ServiceActivitiesOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceActivitiesOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceActivitiesFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceActivitiesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceActivity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"baseId"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"areaCoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ServiceActivitiesOneQuery, ServiceActivitiesOneQueryVariables>;
export const ServiceActivitiesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceActivitiesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<ServiceActivitiesListQuery, ServiceActivitiesListQueryVariables>;
export const ServiceActivitiesOfTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceActivitiesOfTeams"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceActivitiesOfTeamsQuery, ServiceActivitiesOfTeamsQueryVariables>;
export const ServiceTeamsCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceTeamsCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceTeamsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceTeamsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceTeam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsCreateMutation, ServiceTeamsCreateMutationVariables>;
export const ServiceTeamsUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceTeamsUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceTeamsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceTeamsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceTeam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsUpdateMutation, ServiceTeamsUpdateMutationVariables>;
export const ServiceTeamsDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceTeamsDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ServiceTeamsDeleteMutation, ServiceTeamsDeleteMutationVariables>;
export const ServiceTeamsRecordActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ServiceTeamsRecordActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsRecordActivityMutation, ServiceTeamsRecordActivityMutationVariables>;
export const ServiceTeamsOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTeamsOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceTeamsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceTeamsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceTeam"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leaderId"}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsOneQuery, ServiceTeamsOneQueryVariables>;
export const ServiceTeamsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTeamsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsPageQuery, ServiceTeamsPageQueryVariables>;
export const ServiceTeamsOfMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTeamsOfMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsOfMemberQuery, ServiceTeamsOfMemberQueryVariables>;
export const ServiceTeamsWholeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceTeamsWholeList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberIds"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceTeamsWholeListQuery, ServiceTeamsWholeListQueryVariables>;
export const SheetsCommitteeOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SheetsCommitteeOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SheetsCommitteeOutcomeMutation, SheetsCommitteeOutcomeMutationVariables>;
export const SheetsCommitteeBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SheetsCommitteeBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionBoardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SheetsCommitteeBoardQuery, SheetsCommitteeBoardQueryVariables>;
export const SheetsCommitteeFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SheetsCommitteeFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFiguresFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}}]}}]} as unknown as DocumentNode<SheetsCommitteeFiguresQuery, SheetsCommitteeFiguresQueryVariables>;
export const SheetsDutyEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SheetsDutyEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"speeches"}},{"kind":"Field","name":{"kind":"Name","value":"writtenSpeeches"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SheetsDutyEventsQuery, SheetsDutyEventsQueryVariables>;
export const SheetsDutyUndoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SheetsDutyUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoSpreadsheetImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SheetsDutyUndoMutation, SheetsDutyUndoMutationVariables>;
export const HistoryImportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryImports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}}]}}]}}]}}]}}]} as unknown as DocumentNode<HistoryImportsQuery, HistoryImportsQueryVariables>;
export const HistoryUndoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryUndo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoSpreadsheetImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}}]}}]} as unknown as DocumentNode<HistoryUndoMutation, HistoryUndoMutationVariables>;
export const HistoryAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HistoryAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"importId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}}]}}]}}]}}]} as unknown as DocumentNode<HistoryAuditQuery, HistoryAuditQueryVariables>;
export const HistoryUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"HistoryUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<HistoryUpdateMutation, HistoryUpdateMutationVariables>;
export const SuggestionBoardOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionBoardOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionBoardFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"yellowDays"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionBoardOfQuery, SuggestionBoardOfQueryVariables>;
export const SuggestionRatesOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionRatesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionUnitRates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionRatesOfQuery, SuggestionRatesOfQueryVariables>;
export const SuggestionFiguresOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionFiguresOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFiguresFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"researchVisits"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"notFiled"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"instructed"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}}]}}]} as unknown as DocumentNode<SuggestionFiguresOfQuery, SuggestionFiguresOfQueryVariables>;
export const SuggestionBoardResearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionBoardResearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuggestionBoardResearchMutation, SuggestionBoardResearchMutationVariables>;
export const SuggestionBoardListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionBoardList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<SuggestionBoardListQuery, SuggestionBoardListQueryVariables>;
export const SuggestionBoardDeclineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionBoardDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"turnedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionBoardDeclineMutation, SuggestionBoardDeclineMutationVariables>;
export const SuggestionBoardInstructDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionBoardInstruct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSuggestionInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSuggestionInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuggestionBoardInstructMutation, SuggestionBoardInstructMutationVariables>;
export const SuggestionBoardKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionBoardKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkKeySupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markKeySupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}}]}}]}}]} as unknown as DocumentNode<SuggestionBoardKeyMutation, SuggestionBoardKeyMutationVariables>;
export const SuggestionLifeOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionLifeOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"round"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"late"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeOneQuery, SuggestionLifeOneQueryVariables>;
export const SuggestionLifeListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionLifeList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeListQuery, SuggestionLifeListQueryVariables>;
export const SuggestionLifeUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionLifeUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeUpdateMutation, SuggestionLifeUpdateMutationVariables>;
export const SuggestionLifeOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionLifeOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCoUnitOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCoUnitOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeOpinionMutation, SuggestionLifeOpinionMutationVariables>;
export const SuggestionLifeCloseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionLifeClose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeCloseMutation, SuggestionLifeCloseMutationVariables>;
export const SuggestionLifeReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionLifeReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnSuggestionAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnSuggestionAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeReturnMutation, SuggestionLifeReturnMutationVariables>;
export const SuggestionLifeSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionLifeSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSuggestionSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSuggestionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yellowDays"}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeSettingsMutation, SuggestionLifeSettingsMutationVariables>;
export const SuggestionLifeAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionLifeAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionLifeAuditQuery, SuggestionLifeAuditQueryVariables>;
export const SuggestionWorldUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionWorldUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHandlingUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuggestionWorldUnitMutation, SuggestionWorldUnitMutationVariables>;
export const SuggestionWorldPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionWorldPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SuggestionWorldPostMutation, SuggestionWorldPostMutationVariables>;
export const SuggestionCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SuggestionCreateMutation, SuggestionCreateMutationVariables>;
export const SuggestionSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]} as unknown as DocumentNode<SuggestionSubmitMutation, SuggestionSubmitMutationVariables>;
export const SuggestionFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}}]}}]}}]} as unknown as DocumentNode<SuggestionFileMutation, SuggestionFileMutationVariables>;
export const SuggestionAssignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionAssign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}}]}}]}}]} as unknown as DocumentNode<SuggestionAssignMutation, SuggestionAssignMutationVariables>;
export const SuggestionReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SuggestionReplyMutation, SuggestionReplyMutationVariables>;
export const SuggestionEvaluateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SuggestionEvaluate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateSuggestionReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateSuggestionReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<SuggestionEvaluateMutation, SuggestionEvaluateMutationVariables>;
export const ApprovalSubmitOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalSubmitOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovalSubmitOutcomesMutation, ApprovalSubmitOutcomesMutationVariables>;
export const ApprovalApproveOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalApproveOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovalApproveOutcomesMutation, ApprovalApproveOutcomesMutationVariables>;
export const ClientLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClientLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}}]}}]} as unknown as DocumentNode<ClientLoginMutation, ClientLoginMutationVariables>;
export const ScopedCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopedCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ScopedCreateUserMutation, ScopedCreateUserMutationVariables>;
export const ScopedCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScopedCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScopedCreateApiKeyMutation, ScopedCreateApiKeyMutationVariables>;
export const ApiKeysCreateKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysCreateKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeysKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysCreateKeyMutation, ApiKeysCreateKeyMutationVariables>;
export const ApiKeysListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeysKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeysKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]} as unknown as DocumentNode<ApiKeysListQuery, ApiKeysListQueryVariables>;
export const ApiKeysRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ApiKeysRevokeMutation, ApiKeysRevokeMutationVariables>;
export const ApiKeysBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeysBaseQuery, ApiKeysBaseQueryVariables>;
export const ApiKeysBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<ApiKeysBasesQuery, ApiKeysBasesQueryVariables>;
export const ApiKeysCreateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysCreateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeysCreateBaseMutation, ApiKeysCreateBaseMutationVariables>;
export const ApiKeysUpdateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysUpdateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ApiKeysUpdateBaseMutation, ApiKeysUpdateBaseMutationVariables>;
export const ApiKeysRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ApiKeysRecordMutation, ApiKeysRecordMutationVariables>;
export const ApiKeysSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysSummaryQuery, ApiKeysSummaryQueryVariables>;
export const ApiKeysAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<ApiKeysAuditQuery, ApiKeysAuditQueryVariables>;
export const ApiKeysTypeFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeysTypeFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"ApiKey","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeysTypeFieldsQuery, ApiKeysTypeFieldsQueryVariables>;
export const ApiKeysCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeysCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}}]}}]}}]} as unknown as DocumentNode<ApiKeysCreateUserMutation, ApiKeysCreateUserMutationVariables>;
export const ApprovalRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<ApprovalRecordMutation, ApprovalRecordMutationVariables>;
export const ApprovalUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}}]}}]}}]} as unknown as DocumentNode<ApprovalUpdateMutation, ApprovalUpdateMutationVariables>;
export const ApprovalDeleteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalDelete"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ApprovalDeleteMutation, ApprovalDeleteMutationVariables>;
export const ApprovalSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<ApprovalSubmitMutation, ApprovalSubmitMutationVariables>;
export const ApprovalApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<ApprovalApproveMutation, ApprovalApproveMutationVariables>;
export const ApprovalReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<ApprovalReturnMutation, ApprovalReturnMutationVariables>;
export const ApprovalReopenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovalReopen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}}]}}]}}]} as unknown as DocumentNode<ApprovalReopenMutation, ApprovalReopenMutationVariables>;
export const ApprovalOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApprovalOneQuery, ApprovalOneQueryVariables>;
export const ApprovalSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}}]} as unknown as DocumentNode<ApprovalSummaryQuery, ApprovalSummaryQueryVariables>;
export const ApprovalBaseImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalBaseImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApprovalFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApprovalFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}}]}}]} as unknown as DocumentNode<ApprovalBaseImpactQuery, ApprovalBaseImpactQueryVariables>;
export const ApprovalMatchTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApprovalMatchText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summaryText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}]}]}}]}}]} as unknown as DocumentNode<ApprovalMatchTextQuery, ApprovalMatchTextQueryVariables>;
export const MatrixBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatrixBaseQuery, MatrixBaseQueryVariables>;
export const MatrixBasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixBases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<MatrixBasesQuery, MatrixBasesQueryVariables>;
export const MatrixSummaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"StringValue","value":"2023","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"StringValue","value":"2023","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}}]}}]}}]}}]} as unknown as DocumentNode<MatrixSummaryQuery, MatrixSummaryQueryVariables>;
export const MatrixUpdateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixUpdateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MatrixUpdateBaseMutation, MatrixUpdateBaseMutationVariables>;
export const MatrixRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixRecordMutation, MatrixRecordMutationVariables>;
export const MatrixSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixSubmitMutation, MatrixSubmitMutationVariables>;
export const MatrixApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MatrixApproveMutation, MatrixApproveMutationVariables>;
export const MatrixVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MatrixVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MatrixVisitMutation, MatrixVisitMutationVariables>;
export const MatrixAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MatrixAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}}]}}]}}]} as unknown as DocumentNode<MatrixAuditQuery, MatrixAuditQueryVariables>;
export const RateLimitMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<RateLimitMeQuery, RateLimitMeQueryVariables>;
export const RateLimitCreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateLimitCreateEnterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"限流测试企业","block":false}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimitCreateEnterpriseMutation, RateLimitCreateEnterpriseMutationVariables>;
export const RateLimitNineFieldsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RateLimitNineFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"a"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"b"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"c"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"d"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"e"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"f"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"g"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"h"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"i"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RateLimitNineFieldsQuery, RateLimitNineFieldsQueryVariables>;
export const SessionsMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionsMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]} as unknown as DocumentNode<SessionsMeQuery, SessionsMeQueryVariables>;
export const SessionsLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<SessionsLoginMutation, SessionsLoginMutationVariables>;
export const SessionsLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<SessionsLogoutMutation, SessionsLogoutMutationVariables>;
export const SessionsChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"old"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"new"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"oldPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"old"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"new"}}}]}]}}]} as unknown as DocumentNode<SessionsChangePasswordMutation, SessionsChangePasswordMutationVariables>;
export const SessionsCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SessionsCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SessionsCreateUserMutation, SessionsCreateUserMutationVariables>;