/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** 用户角色 — what a user may do; each role includes the ones below it. */
export type Role =
  /** 管理员 — manages users, and may do everything an editor does. */
  | 'ADMIN'
  /** 录入员 — enters and corrects data. */
  | 'EDITOR'
  /** 查看者 — reads data and reports. */
  | 'VIEWER';

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

export type ConsoleDashboardFiguresQueryVariables = Exact<{
  filter: ImpactFilter;
  groupBy: ImpactGrouping;
}>;


export type ConsoleDashboardFiguresQuery = { breakdown: { excludedRecords: number, totals: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number }, groups: Array<{ key: string | null, label: string, figures: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number } }> }, years: { groups: Array<{ key: string | null, label: string, figures: { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number } }> } };

export type ConsoleDashboardFigureValuesFragment = { householdRentYuan: string, jobsPersonTimes: string, collectiveIncomeYuan: string, areaMu: string, outputValueYuan: string, householdsBenefited: string, atLeast: boolean, towns: number, villages: number, bases: number, enterprises: number, matches: number, serviceActivities: number, farmersTrained: number, records: number, unapprovedRecords: number };

export type ConsoleDashboardSentencesQueryVariables = Exact<{
  filter: ImpactFilter;
  matches: MatchFilter;
  includeUnapproved?: boolean | null | undefined;
}>;


export type ConsoleDashboardSentencesQuery = { matches: { totalItems: number, items: Array<{ id: string, summaryText: string }> }, teamsWithFigures: { groups: Array<{ key: string | null }> }, serviceTeams: { items: Array<{ id: string, summaryText: string }> } };

export type ConsoleLoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type ConsoleLoginMutation = { login: { token: string, expiresAt: string } };

export type ConsoleWhoAmIQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleWhoAmIQuery = { whoAmI: { id: string, name: string, role: Role, division: { id: string, name: string, level: DivisionLevel } | null } };

export type ConsoleLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleLogoutMutation = { logout: boolean };

export const ConsoleDashboardFigureValuesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]} as unknown as DocumentNode<ConsoleDashboardFigureValuesFragment, unknown>;
export const ConsoleTopDivisionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTopDivisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"provinces"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"PROVINCE"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"cities"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"CITY"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"counties"},"name":{"kind":"Name","value":"divisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"EnumValue","value":"COUNTY"}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTopDivisionsQuery, ConsoleTopDivisionsQueryVariables>;
export const ConsoleDivisionChildrenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisionChildren"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionChildrenQuery, ConsoleDivisionChildrenQueryVariables>;
export const ConsoleDivisionPathDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDivisionPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"division"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDivisionPathQuery, ConsoleDivisionPathQueryVariables>;
export const ConsoleDashboardFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboardFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactGrouping"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"breakdown"},"name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"excludedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"years"},"name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"YEAR"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleDashboardFigureValues"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"householdRentYuan"}},{"kind":"Field","name":{"kind":"Name","value":"jobsPersonTimes"}},{"kind":"Field","name":{"kind":"Name","value":"collectiveIncomeYuan"}},{"kind":"Field","name":{"kind":"Name","value":"areaMu"}},{"kind":"Field","name":{"kind":"Name","value":"outputValueYuan"}},{"kind":"Field","name":{"kind":"Name","value":"householdsBenefited"}},{"kind":"Field","name":{"kind":"Name","value":"atLeast"}},{"kind":"Field","name":{"kind":"Name","value":"towns"}},{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"bases"}},{"kind":"Field","name":{"kind":"Name","value":"enterprises"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"serviceActivities"}},{"kind":"Field","name":{"kind":"Name","value":"farmersTrained"}},{"kind":"Field","name":{"kind":"Name","value":"records"}},{"kind":"Field","name":{"kind":"Name","value":"unapprovedRecords"}}]}}]} as unknown as DocumentNode<ConsoleDashboardFiguresQuery, ConsoleDashboardFiguresQueryVariables>;
export const ConsoleDashboardSentencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboardSentences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpactFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matches"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MatchFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeUnapproved"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matches"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalItems"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeUnapproved"}}}]}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"teamsWithFigures"},"name":{"kind":"Name","value":"impactSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"EnumValue","value":"TEAM"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"serviceTeams"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summaryText"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeUnapproved"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeUnapproved"}}}]}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDashboardSentencesQuery, ConsoleDashboardSentencesQueryVariables>;
export const ConsoleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleLoginMutation, ConsoleLoginMutationVariables>;
export const ConsoleWhoAmIDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleWhoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whoAmI"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"division"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleWhoAmIQuery, ConsoleWhoAmIQueryVariables>;
export const ConsoleLogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleLogout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<ConsoleLogoutMutation, ConsoleLogoutMutationVariables>;