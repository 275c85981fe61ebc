/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDivisionPathDocument,
    "\n  query ConsoleDashboardFigures($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n": typeof types.ConsoleDashboardFiguresDocument,
    "\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n": typeof types.ConsoleDashboardSentencesDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
};
const documents: Documents = {
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDivisionPathDocument,
    "\n  query ConsoleDashboardFigures($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n": types.ConsoleDashboardFiguresDocument,
    "\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n": types.ConsoleDashboardSentencesDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": types.ConsoleLogoutDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboardFigures($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n"): (typeof documents)["\n  query ConsoleDashboardFigures($filter: ImpactFilter!, $groupBy: ImpactGrouping!) {\n    breakdown: impactSummary(filter: $filter, groupBy: $groupBy) {\n      excludedRecords\n      totals {\n        ...ConsoleDashboardFigureValues\n      }\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n    years: impactSummary(filter: $filter, groupBy: YEAR) {\n      groups {\n        key\n        label\n        figures {\n          ...ConsoleDashboardFigureValues\n        }\n      }\n    }\n  }\n\n  fragment ConsoleDashboardFigureValues on ImpactFigures {\n    householdRentYuan\n    jobsPersonTimes\n    collectiveIncomeYuan\n    areaMu\n    outputValueYuan\n    householdsBenefited\n    atLeast\n    towns\n    villages\n    bases\n    enterprises\n    matches\n    serviceActivities\n    farmersTrained\n    records\n    unapprovedRecords\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDashboardSentences($filter: ImpactFilter!, $matches: MatchFilter!, $includeUnapproved: Boolean) {\n    matches(filter: $matches, take: 100) {\n      totalItems\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n    teamsWithFigures: impactSummary(filter: $filter, groupBy: TEAM) {\n      groups {\n        key\n      }\n    }\n    serviceTeams(take: 100) {\n      items {\n        id\n        summaryText(includeUnapproved: $includeUnapproved)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;