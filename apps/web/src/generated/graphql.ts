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

/** A supervision note (督办记录): what the office did to push the item along. */
export type AddSupervisionNoteInput = {
  /** The suggestion. */
  id: string | number;
  /** 督办日期 — not after today; today when left out. */
  notedOn?: string | null | undefined;
  /** 督办内容 — what was done or asked. */
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

export type ConsoleUsersQueryVariables = Exact<{
  skip: number;
  take: number;
}>;


export type ConsoleUsersQuery = { users: { totalItems: number, items: Array<{ id: string, username: string, role: Role, divisionId: string | null, version: number, createdAt: string, committeePost: { kind: CommitteePostKind, handlingUnit: { id: string, name: string } | null, member: { id: string, name: string } | null } | null }> } };

export type ConsoleCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type ConsoleCreateUserMutation = { createUser: { id: string } };

export type ConsoleUpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type ConsoleUpdateUserMutation = { updateUser: { id: string, role: Role, divisionId: string | null, version: number } };

export type ConsoleDeleteUserMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteUserMutation = { deleteUser: string };

export type ConsoleDivisionNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDivisionNameQuery = { division: { id: string, name: string, level: DivisionLevel } | null };

export type ConsoleApiKeysQueryVariables = Exact<{
  skip: number;
  take: number;
}>;


export type ConsoleApiKeysQuery = { apiKeys: { totalItems: number, items: Array<{ id: string, name: string, role: Role, createdAt: string, lastUsedAt: string | null, revokedAt: string | null, division: { id: string, name: string } | null }> } };

export type ConsoleCreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type ConsoleCreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, name: string } } };

export type ConsoleRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleRevokeApiKeyMutation = { revokeApiKey: string };

export type ConsoleSetCommitteePostMutationVariables = Exact<{
  input: SetCommitteePostInput;
}>;


export type ConsoleSetCommitteePostMutation = { setCommitteePost: { id: string } };

export type ConsoleRemoveCommitteePostMutationVariables = Exact<{
  userId: string | number;
}>;


export type ConsoleRemoveCommitteePostMutation = { removeCommitteePost: { id: string } };

export type ConsoleOutcomeWriterFragment = { kind: string, name: string | null, isCaller: boolean };

export type ConsoleApprovalQueueQueryVariables = Exact<{
  statuses?: Array<OutcomeStatus> | OutcomeStatus | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleApprovalQueueQuery = { outcomeRecords: { totalItems: number, items: Array<{ id: string, period: string, status: OutcomeStatus, statusReason: string | null, updatedAt: string, outputValueYuan: string | null, householdRentYuan: string | null, jobsPersonTimes: string | null, collectiveIncomeYuan: string | null, base: { id: string, name: string } | null, division: { id: string, name: string } | null, recordedBy: { kind: string, name: string | null, isCaller: boolean } | null, changedBy: { kind: string, name: string | null, isCaller: boolean } | null }> } };

export type ConsoleSubmitOutcomesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleSubmitOutcomesMutation = { submitOutcomes: Array<{ id: string, status: OutcomeStatus }> };

export type ConsoleApproveOutcomesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ConsoleApproveOutcomesMutation = { approveOutcomes: Array<{ id: string, status: OutcomeStatus }> };

export type ConsoleReturnOutcomesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reason: string;
}>;


export type ConsoleReturnOutcomesMutation = { returnOutcomes: Array<{ id: string, status: OutcomeStatus, statusReason: string | null }> };

export type ConsoleReopenOutcomesMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
  reason: string;
}>;


export type ConsoleReopenOutcomesMutation = { reopenOutcomes: Array<{ id: string, status: OutcomeStatus, statusReason: string | null }> };

export type ConsoleAuditLogQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleAuditLogQuery = { auditLog: { totalItems: number, items: Array<{ id: string, at: string, action: string, entityType: string, entityId: string, importId: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { kind: string, id: string | null, name: string | null } }> } };

export type ConsoleDutyEventsListQueryVariables = Exact<{
  filter?: DutyEventFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleDutyEventsListQuery = { dutyEvents: { totalItems: number, items: Array<{ id: string, kind: DutyEventKind, title: string, heldOn: string, place: string | null, participants: Array<{ memberId: string, attendance: Attendance }> }> } };

export type ConsoleDutyEventQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDutyEventQuery = { dutyEvent: { id: string, version: number, divisionId: string, kind: DutyEventKind, title: string, topic: string | null, heldOn: string, place: string | null, participants: Array<{ memberId: string, attendance: Attendance, speeches: number, writtenSpeeches: number, member: { id: string, name: string, sector: string | null } }> } | null };

export type ConsoleRecordDutyEventMutationVariables = Exact<{
  input: RecordDutyEventInput;
}>;


export type ConsoleRecordDutyEventMutation = { recordDutyEvent: { id: string } };

export type ConsoleUpdateDutyEventMutationVariables = Exact<{
  input: UpdateDutyEventInput;
}>;


export type ConsoleUpdateDutyEventMutation = { updateDutyEvent: { id: string, version: number } };

export type ConsoleDeleteDutyEventMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteDutyEventMutation = { deleteDutyEvent: string };

export type ConsoleDutyRankingQueryVariables = Exact<{
  year: number;
  divisionId?: string | number | null | undefined;
  sector?: string | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleDutyRankingQuery = { dutyRanking: { year: number, totalItems: number, ruleSet: { year: number, saved: boolean, categories: Array<{ code: string, name: string, cap: number }> }, items: Array<{ rank: number, total: number, grade: DutyGrade, member: { id: string, name: string, sector: string | null }, categories: Array<{ code: string, counted: number }> }> } };

export type ConsoleMemberDutyFileQueryVariables = Exact<{
  memberId: string | number;
  year: number;
}>;


export type ConsoleMemberDutyFileQuery = { memberDutyFile: { year: number, total: number, grade: DutyGrade, basePoints: number, member: { id: string, name: string, sector: string | null, title: string | null, divisionId: string | null }, ruleSet: { year: number, saved: boolean, excellentFrom: number, goodFrom: number, competentFrom: number }, categories: Array<{ code: string, name: string, raw: number, floor: number, cap: number, counted: number }>, points: Array<{ fact: DutyFact, category: string | null, quantity: number, pointsEach: number, points: number, sourceKind: DutyEvidenceKind, sourceId: string, title: string, on: string }>, brokeredMatches: Array<{ matchId: string, title: string, status: MatchStatus, signedOn: string | null, figures: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, atLeast: boolean } }> } };

export type ConsoleDutyMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDutyMemberQuery = { member: { id: string, name: string, sector: string | null, title: string | null } | null };

export type ConsoleDutyDivisionNameQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDutyDivisionNameQuery = { division: { id: string, name: string } | null };

export type ConsoleDutyRulesQueryVariables = Exact<{
  year: number;
}>;


export type ConsoleDutyRulesQuery = { dutyRuleSet: { year: number, saved: boolean, version: number, basePoints: number, excellentFrom: number, goodFrom: number, competentFrom: number, categories: Array<{ code: string, name: string, cap: number, floor: number }>, items: Array<{ fact: DutyFact, category: string, points: number }> } | null, proposedDutyRuleSet: { year: number, saved: boolean, version: number, basePoints: number, excellentFrom: number, goodFrom: number, competentFrom: number, categories: Array<{ code: string, name: string, cap: number, floor: number }>, items: Array<{ fact: DutyFact, category: string, points: number }> } };

export type ConsoleSaveDutyRulesMutationVariables = Exact<{
  input: SaveDutyRuleSetInput;
}>;


export type ConsoleSaveDutyRulesMutation = { saveDutyRuleSet: { year: number, saved: boolean, version: number } };

export type ConsoleSuggestionsListQueryVariables = Exact<{
  filter?: SuggestionFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleSuggestionsListQuery = { suggestions: { totalItems: number, items: Array<{ id: string, title: string, kind: SuggestionKind, status: SuggestionStatus, deadline: string | null, daysLeft: number | null, light: SuggestionLight | null, keySupervision: boolean, authors: Array<{ id: string, name: string }>, leadUnit: { id: string, name: string } | null }> } };

export type ConsoleSuggestionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleSuggestionQuery = { suggestion: { id: string, version: number, kind: SuggestionKind, title: string, topic: string | null, content: string, status: SuggestionStatus, round: number, keySupervision: boolean, divisionId: string, submittedOn: string | null, filedOn: string | null, assignedOn: string | null, deadline: string | null, daysLeft: number | null, light: SuggestionLight | null, closedOn: string | null, declineReason: string | null, createdAt: string, division: { id: string, name: string } | null, authors: Array<{ id: string, name: string }>, divisions: Array<{ id: string, name: string }>, bases: Array<{ id: string, name: string }>, matches: Array<{ id: string, enterprise: { id: string, name: string }, village: { id: string, name: string } }>, leadUnit: { id: string, name: string } | null, assignments: Array<{ id: string, unitId: string, role: SuggestionUnitRole, assignedOn: string, endedOn: string | null, returnReason: string | null, unit: { id: string, name: string } | null }>, opinions: Array<{ id: string, round: number, text: string, sentOn: string, unit: { id: string, name: string } | null }>, replies: Array<{ id: string, round: number, result: SuggestionReplyResult, text: string, repliedOn: string, deadline: string, late: boolean, evaluation: SuggestionEvaluation | null, evaluationNote: string | null, evaluatedOn: string | null, unit: { id: string, name: string } | null }>, instructions: Array<{ id: string, leader: string, text: string, givenOn: string }>, supervisionNotes: Array<{ id: string, text: string, notedOn: string, recordedBy: string | null }>, steps: Array<{ id: string, action: SuggestionAction, statusAfter: SuggestionStatus, actorName: string | null, note: string | null, at: string }>, source: { id: string, title: string } | null, turnedInto: { id: string, title: string } | null } | null };

export type ConsoleCreateSuggestionMutationVariables = Exact<{
  input: CreateSuggestionInput;
}>;


export type ConsoleCreateSuggestionMutation = { createSuggestion: { id: string } };

export type ConsoleUpdateSuggestionMutationVariables = Exact<{
  input: UpdateSuggestionInput;
}>;


export type ConsoleUpdateSuggestionMutation = { updateSuggestion: { id: string, version: number } };

export type ConsoleSubmitSuggestionMutationVariables = Exact<{
  input: SuggestionStepInput;
}>;


export type ConsoleSubmitSuggestionMutation = { submitSuggestion: { id: string, status: SuggestionStatus } };

export type ConsoleFileSuggestionMutationVariables = Exact<{
  input: FileSuggestionInput;
}>;


export type ConsoleFileSuggestionMutation = { fileSuggestion: { id: string, status: SuggestionStatus } };

export type ConsoleDeclineSuggestionMutationVariables = Exact<{
  input: DeclineSuggestionInput;
}>;


export type ConsoleDeclineSuggestionMutation = { declineSuggestion: { id: string, status: SuggestionStatus } };

export type ConsoleAssignSuggestionMutationVariables = Exact<{
  input: AssignSuggestionInput;
}>;


export type ConsoleAssignSuggestionMutation = { assignSuggestion: { id: string, status: SuggestionStatus, deadline: string | null } };

export type ConsoleAddSuggestionInstructionMutationVariables = Exact<{
  input: AddSuggestionInstructionInput;
}>;


export type ConsoleAddSuggestionInstructionMutation = { addSuggestionInstruction: { id: string } };

export type ConsoleAddSupervisionNoteMutationVariables = Exact<{
  input: AddSupervisionNoteInput;
}>;


export type ConsoleAddSupervisionNoteMutation = { addSupervisionNote: { id: string } };

export type ConsoleMarkKeySupervisionMutationVariables = Exact<{
  input: MarkKeySupervisionInput;
}>;


export type ConsoleMarkKeySupervisionMutation = { markKeySupervision: { id: string, keySupervision: boolean } };

export type ConsoleCloseSuggestionMutationVariables = Exact<{
  input: SuggestionStepInput;
}>;


export type ConsoleCloseSuggestionMutation = { closeSuggestion: { id: string, status: SuggestionStatus } };

export type ConsoleSendCoUnitOpinionMutationVariables = Exact<{
  input: SendCoUnitOpinionInput;
}>;


export type ConsoleSendCoUnitOpinionMutation = { sendCoUnitOpinion: { id: string } };

export type ConsoleReplyToSuggestionMutationVariables = Exact<{
  input: ReplyToSuggestionInput;
}>;


export type ConsoleReplyToSuggestionMutation = { replyToSuggestion: { id: string, status: SuggestionStatus } };

export type ConsoleReturnSuggestionAssignmentMutationVariables = Exact<{
  input: ReturnSuggestionAssignmentInput;
}>;


export type ConsoleReturnSuggestionAssignmentMutation = { returnSuggestionAssignment: { id: string, status: SuggestionStatus } };

export type ConsoleEvaluateSuggestionReplyMutationVariables = Exact<{
  input: EvaluateSuggestionReplyInput;
}>;


export type ConsoleEvaluateSuggestionReplyMutation = { evaluateSuggestionReply: { id: string, status: SuggestionStatus } };

export type ConsoleDeleteSuggestionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteSuggestionMutation = { deleteSuggestion: string };

export type ConsoleSuggestionBoardQueryVariables = Exact<{
  filter?: SuggestionBoardFilter | null | undefined;
  figures?: SuggestionFiguresFilter | null | undefined;
}>;


export type ConsoleSuggestionBoardQuery = { suggestionBoard: { today: string, year: number, yellowDays: number, items: Array<{ id: string, light: SuggestionLight, daysLeft: number, keySupervision: boolean, unit: { id: string, name: string } | null, suggestion: { id: string, title: string, kind: SuggestionKind, deadline: string | null } }>, units: Array<{ unitId: string, open: number, red: number, yellow: number, replied: number, repliedOnTime: number, onTimeRate: string | null, evaluated: number, satisfied: number, satisfactionRate: string | null, unit: { id: string, name: string } }> }, suggestionFigures: { submitted: number, filed: number, notFiled: number, replied: number, adopted: number, instructed: number, closed: number, summaryText: string } };

export type ConsoleSuggestionInboxQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSuggestionInboxQuery = { suggestions: { totalItems: number, items: Array<{ id: string, title: string, kind: SuggestionKind, deadline: string | null, daysLeft: number | null, light: SuggestionLight | null, keySupervision: boolean, leadUnit: { id: string, name: string } | null, assignments: Array<{ id: string, unitId: string, role: SuggestionUnitRole, endedOn: string | null }> }> } };

export type ConsoleSuggestionSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSuggestionSettingsQuery = { suggestionSettings: { version: number, yellowDays: number, returnDays: number, defaultDeadlineAmount: number, defaultDeadlineUnit: DeadlineUnit, updatedAt: string } };

export type ConsoleUpdateSuggestionSettingsMutationVariables = Exact<{
  input: UpdateSuggestionSettingsInput;
}>;


export type ConsoleUpdateSuggestionSettingsMutation = { updateSuggestionSettings: { version: number, yellowDays: number, returnDays: number, defaultDeadlineAmount: number, defaultDeadlineUnit: DeadlineUnit, updatedAt: string } };

export type ConsoleHandlingUnitsListQueryVariables = Exact<{
  search?: string | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleHandlingUnitsListQuery = { handlingUnits: { totalItems: number, items: Array<{ id: string, name: string, contact: string | null }> } };

export type ConsoleHandlingUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleHandlingUnitQuery = { handlingUnit: { id: string, version: number, name: string, contact: string | null } | null };

export type ConsoleCreateHandlingUnitMutationVariables = Exact<{
  input: CreateHandlingUnitInput;
}>;


export type ConsoleCreateHandlingUnitMutation = { createHandlingUnit: { id: string } };

export type ConsoleUpdateHandlingUnitMutationVariables = Exact<{
  input: UpdateHandlingUnitInput;
}>;


export type ConsoleUpdateHandlingUnitMutation = { updateHandlingUnit: { id: string, version: number } };

export type ConsoleDeleteHandlingUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteHandlingUnitMutation = { deleteHandlingUnit: string };

export type ConsoleTopDivisionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTopDivisionsQuery = { provinces: { items: Array<{ id: string, name: string, level: DivisionLevel }> }, cities: { items: Array<{ id: string, name: string, level: DivisionLevel }> }, counties: { items: Array<{ id: string, name: string, level: DivisionLevel }> } };

export type ConsoleDivisionChildrenQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDivisionChildrenQuery = { division: { id: string, children: Array<{ id: string, name: string, level: DivisionLevel }> } | null };

export type ConsoleDivisionPathQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDivisionPathQuery = { division: { id: string, name: string, level: DivisionLevel, parent: { id: string, name: string, level: DivisionLevel, parent: { id: string, name: string, level: DivisionLevel, parent: { id: string, name: string, level: DivisionLevel, parent: { id: string, name: string, level: DivisionLevel } | null } | null } | null } | null } | null };

export type ConsoleDashboardTotalsQueryVariables = Exact<{
  filter: ImpactFilter;
}>;


export type ConsoleDashboardTotalsQuery = { impactSummary: { excludedRecords: number, totals: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number } } };

export type ConsoleDashboardBreakdownQueryVariables = Exact<{
  filter: ImpactFilter;
  groupBy: ImpactGrouping;
}>;


export type ConsoleDashboardBreakdownQuery = { breakdown: { groups: Array<{ key: string | null, label: string, figures: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number } }> }, years: { groups: Array<{ key: string | null, label: string, figures: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number } }> } };

export type ConsoleDashboardFigureValuesFragment = { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number };

export type ConsoleDashboardSentencesQueryVariables = Exact<{
  filter: ImpactFilter;
  matches: MatchFilter;
  includeUnapproved?: boolean | null | undefined;
}>;


export type ConsoleDashboardSentencesQuery = { matches: { totalItems: number, items: Array<{ id: string, summaryText: string }> }, teamsWithFigures: { groups: Array<{ key: string | null }> }, serviceTeams: { items: Array<{ id: string, summaryText: string }> } };

export type ConsoleImportProblemFragment = { sheet: string | null, row: number | null, column: string | null, code: string, message: string };

export type ConsoleUndoImportMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUndoImportMutation = { undoSpreadsheetImport: { id: string, status: ImportStatus, undoneAt: string | null, undoneBy: string | null } };

export type ConsoleImportHistoryQueryVariables = Exact<{
  kind?: string | null | undefined;
  status?: ImportStatus | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleImportHistoryQuery = { spreadsheetImports: { totalItems: number, items: Array<{ id: string, kind: string, dryRun: boolean, submit: boolean, status: ImportStatus, fileName: string | null, bytes: number, rows: number, created: number, updated: number, unchanged: number, errorCount: number, actorName: string | null, startedAt: string, finishedAt: string | null, undoneAt: string | null, undoneBy: string | null, progress: { bytes: number, bytesRead: number, rowsRead: number, phase: string } | null }> } };

export type ConsoleImportProblemsQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleImportProblemsQuery = { spreadsheetImport: { id: string, errorCount: number, errors: Array<{ sheet: string | null, row: number | null, column: string | null, code: string, message: string }> } | null };

export type ConsoleLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string, expiresAt: string } };

export type ConsoleWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWhoAmIQuery = { whoAmI: { id: string, name: string, role: Role, division: { id: string, name: string, level: DivisionLevel } | null, committeePost: { kind: CommitteePostKind, handlingUnit: { id: string, name: string } | null, member: { id: string, name: string } | null } | null } };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: boolean };

export type ConsoleServiceActivitiesListQueryVariables = Exact<{
  filter?: ServiceActivityFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleServiceActivitiesListQuery = { serviceActivities: { totalItems: number, items: Array<{ id: string, date: string, topic: string, farmersTrained: number, areaCoveredMu: string | null, team: { id: string, name: string }, base: { id: string, name: string, village: { id: string, name: string } } }> } };

export type ConsoleServiceActivityQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleServiceActivityQuery = { serviceActivity: { id: string, version: number, date: string, topic: string, farmersTrained: number, areaCoveredMu: string | null, team: { id: string, name: string }, base: { id: string, name: string } } | null };

export type ConsoleRecordServiceActivityMutationVariables = Exact<{
  input: RecordServiceActivityInput;
}>;


export type ConsoleRecordServiceActivityMutation = { recordServiceActivity: { id: string } };

export type ConsoleUpdateServiceActivityMutationVariables = Exact<{
  input: UpdateServiceActivityInput;
}>;


export type ConsoleUpdateServiceActivityMutation = { updateServiceActivity: { id: string, version: number } };

export type ConsoleDeleteServiceActivityMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteServiceActivityMutation = { deleteServiceActivity: string };

export type ConsoleBasesListQueryVariables = Exact<{
  filter?: BaseFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleBasesListQuery = { bases: { totalItems: number, items: Array<{ id: string, name: string, areaMu: string | null, industry: string | null, operatingModel: string | null, village: { id: string, name: string }, town: { id: string, name: string } | null, operator: { id: string, name: string } | null }> } };

export type ConsoleBaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleBaseQuery = { base: { id: string, version: number, name: string, villageId: string, areaMu: string | null, industry: string | null, operatingModel: string | null, operator: { id: string, name: string } | null } | null };

export type ConsoleCreateBaseMutationVariables = Exact<{
  input: CreateBaseInput;
}>;


export type ConsoleCreateBaseMutation = { createBase: { id: string } };

export type ConsoleUpdateBaseMutationVariables = Exact<{
  input: UpdateBaseInput;
}>;


export type ConsoleUpdateBaseMutation = { updateBase: { id: string, version: number } };

export type ConsoleDeleteBaseMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteBaseMutation = { deleteBase: string };

export type ConsoleDivisionsListQueryVariables = Exact<{
  level?: DivisionLevel | null | undefined;
  parentId?: string | number | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleDivisionsListQuery = { divisions: { totalItems: number, items: Array<{ id: string, name: string, level: DivisionLevel, code: string | null, parent: { id: string, name: string } | null }> } };

export type ConsoleDivisionQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDivisionQuery = { division: { id: string, version: number, name: string, level: DivisionLevel, code: string | null, parentId: string | null } | null };

export type ConsoleCreateDivisionMutationVariables = Exact<{
  input: CreateDivisionInput;
}>;


export type ConsoleCreateDivisionMutation = { createDivision: { id: string } };

export type ConsoleUpdateDivisionMutationVariables = Exact<{
  input: UpdateDivisionInput;
}>;


export type ConsoleUpdateDivisionMutation = { updateDivision: { id: string, version: number } };

export type ConsoleDeleteDivisionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteDivisionMutation = { deleteDivision: string };

export type ConsoleEnterprisesListQueryVariables = Exact<{
  search?: string | null | undefined;
  industry?: string | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleEnterprisesListQuery = { enterprises: { totalItems: number, items: Array<{ id: string, name: string, creditCode: string | null, industry: string | null }> } };

export type ConsoleEnterpriseQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEnterpriseQuery = { enterprise: { id: string, version: number, name: string, creditCode: string | null, industry: string | null } | null };

export type ConsoleCreateEnterpriseMutationVariables = Exact<{
  input: CreateEnterpriseInput;
}>;


export type ConsoleCreateEnterpriseMutation = { createEnterprise: { id: string } };

export type ConsoleUpdateEnterpriseMutationVariables = Exact<{
  input: UpdateEnterpriseInput;
}>;


export type ConsoleUpdateEnterpriseMutation = { updateEnterprise: { id: string, version: number } };

export type ConsoleDeleteEnterpriseMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteEnterpriseMutation = { deleteEnterprise: string };

export type ConsoleMatchesListQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleMatchesListQuery = { matches: { totalItems: number, items: Array<{ id: string, status: MatchStatus, signedOn: string | null, investmentYuan: string | null, enterprise: { id: string, name: string }, village: { id: string, name: string }, town: { id: string, name: string } | null, base: { id: string, name: string } | null, brokers: Array<{ id: string, name: string }> }> } };

export type ConsoleMatchQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleMatchQuery = { match: { id: string, version: number, status: MatchStatus, signedOn: string | null, investmentYuan: string | null, villageId: string, enterprise: { id: string, name: string }, base: { id: string, name: string } | null, brokers: Array<{ id: string, name: string }> } | null };

export type ConsoleCreateMatchMutationVariables = Exact<{
  input: CreateMatchInput;
}>;


export type ConsoleCreateMatchMutation = { createMatch: { id: string } };

export type ConsoleUpdateMatchMutationVariables = Exact<{
  input: UpdateMatchInput;
}>;


export type ConsoleUpdateMatchMutation = { updateMatch: { id: string, version: number } };

export type ConsoleDeleteMatchMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteMatchMutation = { deleteMatch: string };

export type ConsoleMembersListQueryVariables = Exact<{
  search?: string | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleMembersListQuery = { members: { totalItems: number, items: Array<{ id: string, name: string, sector: string | null, title: string | null, enterprises: Array<{ id: string, name: string }> }> } };

export type ConsoleMemberQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleMemberQuery = { member: { id: string, version: number, name: string, sector: string | null, title: string | null, enterprises: Array<{ id: string, name: string }> } | null };

export type ConsoleCreateMemberMutationVariables = Exact<{
  input: CreateMemberInput;
}>;


export type ConsoleCreateMemberMutation = { createMember: { id: string } };

export type ConsoleUpdateMemberMutationVariables = Exact<{
  input: UpdateMemberInput;
}>;


export type ConsoleUpdateMemberMutation = { updateMember: { id: string, version: number } };

export type ConsoleDeleteMemberMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteMemberMutation = { deleteMember: string };

export type ConsoleOutcomeRecordsListQueryVariables = Exact<{
  filter?: ImpactFilter | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleOutcomeRecordsListQuery = { outcomeRecords: { totalItems: number, items: Array<{ id: string, period: string, status: OutcomeStatus, statusReason: string | null, areaMu: string | null, outputValueYuan: string | null, jobsPersonTimes: string | null, householdRentYuan: string | null, collectiveIncomeYuan: string | null, householdsBenefited: string | null, atLeast: boolean, source: string | null, base: { id: string, name: string } | null, division: { id: string, name: string } | null }> } };

export type ConsoleOutcomeRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleOutcomeRecordQuery = { outcomeRecord: { id: string, version: number, period: string, areaMu: string | null, outputValueYuan: string | null, jobsPersonTimes: string | null, householdRentYuan: string | null, collectiveIncomeYuan: string | null, householdsBenefited: string | null, atLeast: boolean, source: string | null, divisionId: string | null, base: { id: string, name: string } | null, match: { id: string, enterprise: { id: string, name: string }, village: { id: string, name: string } } | null, team: { id: string, name: string } | null } | null };

export type ConsoleRecordOutcomeMutationVariables = Exact<{
  input: RecordOutcomeInput;
}>;


export type ConsoleRecordOutcomeMutation = { recordOutcome: { id: string } };

export type ConsoleUpdateOutcomeRecordMutationVariables = Exact<{
  input: UpdateOutcomeRecordInput;
}>;


export type ConsoleUpdateOutcomeRecordMutation = { updateOutcomeRecord: { id: string, version: number } };

export type ConsoleDeleteOutcomeRecordMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteOutcomeRecordMutation = { deleteOutcomeRecord: string };

export type ConsoleEnterpriseChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  take: number;
}>;


export type ConsoleEnterpriseChoicesQuery = { enterprises: { items: Array<{ id: string, name: string }> } };

export type ConsoleMemberChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  take: number;
}>;


export type ConsoleMemberChoicesQuery = { members: { items: Array<{ id: string, name: string, sector: string | null }> } };

export type ConsoleUnitChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  take: number;
}>;


export type ConsoleUnitChoicesQuery = { handlingUnits: { items: Array<{ id: string, name: string }> } };

export type ConsoleBaseChoicesQueryVariables = Exact<{
  filter?: BaseFilter | null | undefined;
  take: number;
}>;


export type ConsoleBaseChoicesQuery = { bases: { items: Array<{ id: string, name: string, village: { id: string, name: string } }> } };

export type ConsoleTeamChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleTeamChoicesQuery = { serviceTeams: { items: Array<{ id: string, name: string }> } };

export type ConsoleMatchChoicesQueryVariables = Exact<{
  filter?: MatchFilter | null | undefined;
}>;


export type ConsoleMatchChoicesQuery = { matches: { items: Array<{ id: string, enterprise: { id: string, name: string }, village: { id: string, name: string } }> } };

export type ConsoleServiceTeamsListQueryVariables = Exact<{
  memberId?: string | number | null | undefined;
  skip: number;
  take: number;
}>;


export type ConsoleServiceTeamsListQuery = { serviceTeams: { totalItems: number, items: Array<{ id: string, name: string, leader: { id: string, name: string }, members: Array<{ id: string, name: string }> }> } };

export type ConsoleServiceTeamQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleServiceTeamQuery = { serviceTeam: { id: string, version: number, name: string, leader: { id: string, name: string }, members: Array<{ id: string, name: string }> } | null };

export type ConsoleCreateServiceTeamMutationVariables = Exact<{
  input: CreateServiceTeamInput;
}>;


export type ConsoleCreateServiceTeamMutation = { createServiceTeam: { id: string } };

export type ConsoleUpdateServiceTeamMutationVariables = Exact<{
  input: UpdateServiceTeamInput;
}>;


export type ConsoleUpdateServiceTeamMutation = { updateServiceTeam: { id: string, version: number } };

export type ConsoleDeleteServiceTeamMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleDeleteServiceTeamMutation = { deleteServiceTeam: string };

export const ConsoleOutcomeWriterFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOutcomeWriter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeWriter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCaller"}}]}}]} as unknown as DocumentNode<ConsoleOutcomeWriterFragment, unknown>;
export const ConsoleDashboardFigureValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]} as unknown as DocumentNode<ConsoleDashboardFigureValuesFragment, unknown>;
export const ConsoleImportProblemFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportProblem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConsoleImportProblemFragment, unknown>;
export const ConsoleUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"committeePost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUsersQuery, ConsoleUsersQueryVariables>;
export const ConsoleCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateUserMutation, ConsoleCreateUserMutationVariables>;
export const ConsoleUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateUserMutation, ConsoleUpdateUserMutationVariables>;
export const ConsoleDeleteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteUserMutation, ConsoleDeleteUserMutationVariables>;
export const ConsoleDivisionNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisionName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionNameQuery, ConsoleDivisionNameQueryVariables>;
export const ConsoleApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApiKeys"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleApiKeysQuery, ConsoleApiKeysQueryVariables>;
export const ConsoleCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateApiKeyMutation, ConsoleCreateApiKeyMutationVariables>;
export const ConsoleRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleRevokeApiKeyMutation, ConsoleRevokeApiKeyMutationVariables>;
export const ConsoleSetCommitteePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetCommitteePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCommitteePostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetCommitteePostMutation, ConsoleSetCommitteePostMutationVariables>;
export const ConsoleRemoveCommitteePostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveCommitteePost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCommitteePost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveCommitteePostMutation, ConsoleRemoveCommitteePostMutationVariables>;
export const ConsoleApprovalQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleApprovalQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOutcomeWriter"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOutcomeWriter"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOutcomeWriter"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OutcomeWriter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isCaller"}}]}}]} as unknown as DocumentNode<ConsoleApprovalQueueQuery, ConsoleApprovalQueueQueryVariables>;
export const ConsoleSubmitOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitOutcomesMutation, ConsoleSubmitOutcomesMutationVariables>;
export const ConsoleApproveOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleApproveOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleApproveOutcomesMutation, ConsoleApproveOutcomesMutationVariables>;
export const ConsoleReturnOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReturnOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<ConsoleReturnOutcomesMutation, ConsoleReturnOutcomesMutationVariables>;
export const ConsoleReopenOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReopenOutcomes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenOutcomes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}}]}}]}}]} as unknown as DocumentNode<ConsoleReopenOutcomesMutation, ConsoleReopenOutcomesMutationVariables>;
export const ConsoleAuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"importId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAuditLogQuery, ConsoleAuditLogQueryVariables>;
export const ConsoleDutyEventsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyEventsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DutyEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyEventsListQuery, ConsoleDutyEventsListQueryVariables>;
export const ConsoleDutyEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"speeches"}},{"kind":"Field","name":{"kind":"Name","value":"writtenSpeeches"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyEventQuery, ConsoleDutyEventQueryVariables>;
export const ConsoleRecordDutyEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordDutyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDutyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordDutyEventMutation, ConsoleRecordDutyEventMutationVariables>;
export const ConsoleUpdateDutyEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateDutyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDutyEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateDutyEventMutation, ConsoleUpdateDutyEventMutationVariables>;
export const ConsoleDeleteDutyEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteDutyEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDutyEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteDutyEventMutation, ConsoleDeleteDutyEventMutationVariables>;
export const ConsoleDutyRankingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sector"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"divisionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"divisionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sector"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sector"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyRankingQuery, ConsoleDutyRankingQueryVariables>;
export const ConsoleMemberDutyFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMemberDutyFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberDutyFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"basePoints"}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ruleSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"excellentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"goodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competentFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"raw"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"counted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"pointsEach"}},{"kind":"Field","name":{"kind":"Name","value":"points"}},{"kind":"Field","name":{"kind":"Name","value":"sourceKind"}},{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"on"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokeredMatches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMemberDutyFileQuery, ConsoleMemberDutyFileQueryVariables>;
export const ConsoleDutyMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyMemberQuery, ConsoleDutyMemberQueryVariables>;
export const ConsoleDutyDivisionNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyDivisionName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyDivisionNameQuery, ConsoleDutyDivisionNameQueryVariables>;
export const ConsoleDutyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDutyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"basePoints"}},{"kind":"Field","name":{"kind":"Name","value":"excellentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"goodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposedDutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"basePoints"}},{"kind":"Field","name":{"kind":"Name","value":"excellentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"goodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"competentFrom"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fact"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDutyRulesQuery, ConsoleDutyRulesQueryVariables>;
export const ConsoleSaveDutyRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveDutyRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDutyRuleSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDutyRuleSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"saved"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleSaveDutyRulesMutation, ConsoleSaveDutyRulesMutationVariables>;
export const ConsoleSuggestionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSuggestionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSuggestionsListQuery, ConsoleSuggestionsListQueryVariables>;
export const ConsoleSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"filedOn"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"authors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"divisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matches"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"assignedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sentOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"round"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"evaluation"}},{"kind":"Field","name":{"kind":"Name","value":"evaluationNote"}},{"kind":"Field","name":{"kind":"Name","value":"evaluatedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instructions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leader"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisionNotes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"notedOn"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"statusAfter"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"turnedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSuggestionQuery, ConsoleSuggestionQueryVariables>;
export const ConsoleCreateSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateSuggestionMutation, ConsoleCreateSuggestionMutationVariables>;
export const ConsoleUpdateSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateSuggestionMutation, ConsoleUpdateSuggestionMutationVariables>;
export const ConsoleSubmitSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSubmitSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleSubmitSuggestionMutation, ConsoleSubmitSuggestionMutationVariables>;
export const ConsoleFileSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFileSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleFileSuggestionMutation, ConsoleFileSuggestionMutationVariables>;
export const ConsoleDeclineSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeclineSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeclineSuggestionMutation, ConsoleDeclineSuggestionMutationVariables>;
export const ConsoleAssignSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAssignSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}}]} as unknown as DocumentNode<ConsoleAssignSuggestionMutation, ConsoleAssignSuggestionMutationVariables>;
export const ConsoleAddSuggestionInstructionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddSuggestionInstruction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSuggestionInstructionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSuggestionInstruction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddSuggestionInstructionMutation, ConsoleAddSuggestionInstructionMutationVariables>;
export const ConsoleAddSupervisionNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddSupervisionNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSupervisionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSupervisionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleAddSupervisionNoteMutation, ConsoleAddSupervisionNoteMutationVariables>;
export const ConsoleMarkKeySupervisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleMarkKeySupervision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkKeySupervisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markKeySupervision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}}]}}]}}]} as unknown as DocumentNode<ConsoleMarkKeySupervisionMutation, ConsoleMarkKeySupervisionMutationVariables>;
export const ConsoleCloseSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCloseSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleCloseSuggestionMutation, ConsoleCloseSuggestionMutationVariables>;
export const ConsoleSendCoUnitOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSendCoUnitOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCoUnitOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCoUnitOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleSendCoUnitOpinionMutation, ConsoleSendCoUnitOpinionMutationVariables>;
export const ConsoleReplyToSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReplyToSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplyToSuggestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replyToSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleReplyToSuggestionMutation, ConsoleReplyToSuggestionMutationVariables>;
export const ConsoleReturnSuggestionAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReturnSuggestionAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReturnSuggestionAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnSuggestionAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleReturnSuggestionAssignmentMutation, ConsoleReturnSuggestionAssignmentMutationVariables>;
export const ConsoleEvaluateSuggestionReplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleEvaluateSuggestionReply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluateSuggestionReplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluateSuggestionReply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleEvaluateSuggestionReplyMutation, ConsoleEvaluateSuggestionReplyMutationVariables>;
export const ConsoleDeleteSuggestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteSuggestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteSuggestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteSuggestionMutation, ConsoleDeleteSuggestionMutationVariables>;
export const ConsoleSuggestionBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSuggestionBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionBoardFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"figures"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionFiguresFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"today"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"yellowDays"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"red"}},{"kind":"Field","name":{"kind":"Name","value":"yellow"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"repliedOnTime"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"evaluated"}},{"kind":"Field","name":{"kind":"Name","value":"satisfied"}},{"kind":"Field","name":{"kind":"Name","value":"satisfactionRate"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestionFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"figures"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"filed"}},{"kind":"Field","name":{"kind":"Name","value":"notFiled"}},{"kind":"Field","name":{"kind":"Name","value":"replied"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"instructed"}},{"kind":"Field","name":{"kind":"Name","value":"closed"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"}}]}}]}}]} as unknown as DocumentNode<ConsoleSuggestionBoardQuery, ConsoleSuggestionBoardQueryVariables>;
export const ConsoleSuggestionInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSuggestionInbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ASSIGNED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"light"}},{"kind":"Field","name":{"kind":"Name","value":"keySupervision"}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSuggestionInboxQuery, ConsoleSuggestionInboxQueryVariables>;
export const ConsoleSuggestionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSuggestionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestionSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"yellowDays"}},{"kind":"Field","name":{"kind":"Name","value":"returnDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDeadlineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDeadlineUnit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleSuggestionSettingsQuery, ConsoleSuggestionSettingsQueryVariables>;
export const ConsoleUpdateSuggestionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateSuggestionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSuggestionSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSuggestionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"yellowDays"}},{"kind":"Field","name":{"kind":"Name","value":"returnDays"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDeadlineAmount"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDeadlineUnit"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateSuggestionSettingsMutation, ConsoleUpdateSuggestionSettingsMutationVariables>;
export const ConsoleHandlingUnitsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHandlingUnitsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handlingUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleHandlingUnitsListQuery, ConsoleHandlingUnitsListQueryVariables>;
export const ConsoleHandlingUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleHandlingUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}}]}}]}}]} as unknown as DocumentNode<ConsoleHandlingUnitQuery, ConsoleHandlingUnitQueryVariables>;
export const ConsoleCreateHandlingUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateHandlingUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateHandlingUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateHandlingUnitMutation, ConsoleCreateHandlingUnitMutationVariables>;
export const ConsoleUpdateHandlingUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateHandlingUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateHandlingUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateHandlingUnitMutation, ConsoleUpdateHandlingUnitMutationVariables>;
export const ConsoleDeleteHandlingUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteHandlingUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteHandlingUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteHandlingUnitMutation, ConsoleDeleteHandlingUnitMutationVariables>;
export const ConsoleTopDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTopDivisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTopDivisionsQuery, ConsoleTopDivisionsQueryVariables>;
export const ConsoleDivisionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionChildrenQuery, ConsoleDivisionChildrenQueryVariables>;
export const ConsoleDivisionPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisionPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionPathQuery, ConsoleDivisionPathQueryVariables>;
export const ConsoleDashboardTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboardTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excludedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]} as unknown as DocumentNode<ConsoleDashboardTotalsQuery, ConsoleDashboardTotalsQueryVariables>;
export const ConsoleDashboardBreakdownDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboardBreakdown"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"breakdown"},"name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"years"},"name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]} as unknown as DocumentNode<ConsoleDashboardBreakdownQuery, ConsoleDashboardBreakdownQueryVariables>;
export const ConsoleDashboardSentencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboardSentences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matches"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeUnapproved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matches"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeUnapproved"}}}]}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"teamsWithFigures"},"name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TEAM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeUnapproved"}}}]}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDashboardSentencesQuery, ConsoleDashboardSentencesQueryVariables>;
export const ConsoleUndoImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUndoImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoSpreadsheetImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}}]}}]}}]} as unknown as DocumentNode<ConsoleUndoImportMutation, ConsoleUndoImportMutationVariables>;
export const ConsoleImportHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImportHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetImports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"submit"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneAt"}},{"kind":"Field","name":{"kind":"Name","value":"undoneBy"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bytes"}},{"kind":"Field","name":{"kind":"Name","value":"bytesRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleImportHistoryQuery, ConsoleImportHistoryQueryVariables>;
export const ConsoleImportProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleImportProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spreadsheetImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"errorCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleImportProblem"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleImportProblem"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sheet"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ConsoleImportProblemsQuery, ConsoleImportProblemsQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeePost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"handlingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWhoAmIQuery, ConsoleWhoAmIQueryVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;
export const ConsoleServiceActivitiesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceActivitiesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"areaCoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceActivitiesListQuery, ConsoleServiceActivitiesListQueryVariables>;
export const ConsoleServiceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"areaCoveredMu"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceActivityQuery, ConsoleServiceActivityQueryVariables>;
export const ConsoleRecordServiceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordServiceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordServiceActivityMutation, ConsoleRecordServiceActivityMutationVariables>;
export const ConsoleUpdateServiceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateServiceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateServiceActivityMutation, ConsoleUpdateServiceActivityMutationVariables>;
export const ConsoleDeleteServiceActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteServiceActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteServiceActivityMutation, ConsoleDeleteServiceActivityMutationVariables>;
export const ConsoleBasesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBasesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"operatingModel"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBasesListQuery, ConsoleBasesListQueryVariables>;
export const ConsoleBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"base"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"operatingModel"}},{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBaseQuery, ConsoleBaseQueryVariables>;
export const ConsoleCreateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateBaseMutation, ConsoleCreateBaseMutationVariables>;
export const ConsoleUpdateBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateBaseMutation, ConsoleUpdateBaseMutationVariables>;
export const ConsoleDeleteBaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteBase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteBase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteBaseMutation, ConsoleDeleteBaseMutationVariables>;
export const ConsoleDivisionsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisionsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DivisionLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionsListQuery, ConsoleDivisionsListQueryVariables>;
export const ConsoleDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"parentId"}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionQuery, ConsoleDivisionQueryVariables>;
export const ConsoleCreateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateDivisionMutation, ConsoleCreateDivisionMutationVariables>;
export const ConsoleUpdateDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDivisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateDivisionMutation, ConsoleUpdateDivisionMutationVariables>;
export const ConsoleDeleteDivisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteDivision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteDivision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteDivisionMutation, ConsoleDeleteDivisionMutationVariables>;
export const ConsoleEnterprisesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEnterprisesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industry"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"industry"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industry"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEnterprisesListQuery, ConsoleEnterprisesListQueryVariables>;
export const ConsoleEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}}]}}]}}]} as unknown as DocumentNode<ConsoleEnterpriseQuery, ConsoleEnterpriseQueryVariables>;
export const ConsoleCreateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateEnterpriseMutation, ConsoleCreateEnterpriseMutationVariables>;
export const ConsoleUpdateEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEnterpriseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateEnterpriseMutation, ConsoleUpdateEnterpriseMutationVariables>;
export const ConsoleDeleteEnterpriseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteEnterprise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteEnterprise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteEnterpriseMutation, ConsoleDeleteEnterpriseMutationVariables>;
export const ConsoleMatchesListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMatchesList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"town"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMatchesListQuery, ConsoleMatchesListQueryVariables>;
export const ConsoleMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"match"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"investmentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"villageId"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"brokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMatchQuery, ConsoleMatchQueryVariables>;
export const ConsoleCreateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateMatchMutation, ConsoleCreateMatchMutationVariables>;
export const ConsoleUpdateMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateMatchMutation, ConsoleUpdateMatchMutationVariables>;
export const ConsoleDeleteMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteMatchMutation, ConsoleDeleteMatchMutationVariables>;
export const ConsoleMembersListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMembersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMembersListQuery, ConsoleMembersListQueryVariables>;
export const ConsoleMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMemberQuery, ConsoleMemberQueryVariables>;
export const ConsoleCreateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateMemberMutation, ConsoleCreateMemberMutationVariables>;
export const ConsoleUpdateMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateMemberMutation, ConsoleUpdateMemberMutationVariables>;
export const ConsoleDeleteMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteMemberMutation, ConsoleDeleteMemberMutationVariables>;
export const ConsoleOutcomeRecordsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOutcomeRecordsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusReason"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOutcomeRecordsListQuery, ConsoleOutcomeRecordsListQueryVariables>;
export const ConsoleOutcomeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleOutcomeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"divisionId"}},{"kind":"Field","name":{"kind":"Name","value":"base"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleOutcomeRecordQuery, ConsoleOutcomeRecordQueryVariables>;
export const ConsoleRecordOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRecordOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutcomeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRecordOutcomeMutation, ConsoleRecordOutcomeMutationVariables>;
export const ConsoleUpdateOutcomeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateOutcomeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOutcomeRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateOutcomeRecordMutation, ConsoleUpdateOutcomeRecordMutationVariables>;
export const ConsoleDeleteOutcomeRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteOutcomeRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOutcomeRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteOutcomeRecordMutation, ConsoleDeleteOutcomeRecordMutationVariables>;
export const ConsoleEnterpriseChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEnterpriseChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterprises"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleEnterpriseChoicesQuery, ConsoleEnterpriseChoicesQueryVariables>;
export const ConsoleMemberChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMemberChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMemberChoicesQuery, ConsoleMemberChoicesQueryVariables>;
export const ConsoleUnitChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handlingUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitChoicesQuery, ConsoleUnitChoicesQueryVariables>;
export const ConsoleBaseChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBaseChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BaseFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBaseChoicesQuery, ConsoleBaseChoicesQueryVariables>;
export const ConsoleTeamChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTeamChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTeamChoicesQuery, ConsoleTeamChoicesQueryVariables>;
export const ConsoleMatchChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMatchChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enterprise"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"village"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleMatchChoicesQuery, ConsoleMatchChoicesQueryVariables>;
export const ConsoleServiceTeamsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceTeamsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"skip"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"take"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"memberId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"memberId"}}},{"kind":"Argument","name":{"kind":"Name","value":"skip"},"value":{"kind":"Variable","name":{"kind":"Name","value":"skip"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"Variable","name":{"kind":"Name","value":"take"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceTeamsListQuery, ConsoleServiceTeamsListQueryVariables>;
export const ConsoleServiceTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleServiceTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"leader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleServiceTeamQuery, ConsoleServiceTeamQueryVariables>;
export const ConsoleCreateServiceTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateServiceTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateServiceTeamMutation, ConsoleCreateServiceTeamMutationVariables>;
export const ConsoleUpdateServiceTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateServiceTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateServiceTeamMutation, ConsoleUpdateServiceTeamMutationVariables>;
export const ConsoleDeleteServiceTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeleteServiceTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteServiceTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<ConsoleDeleteServiceTeamMutation, ConsoleDeleteServiceTeamMutationVariables>;