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
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
    "\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleBasesListDocument,
    "\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleBaseDocument,
    "\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateBaseDocument,
    "\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateBaseDocument,
    "\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n": typeof types.ConsoleDeleteBaseDocument,
    "\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n": typeof types.ConsoleEnterprisesListDocument,
    "\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n": typeof types.ConsoleEnterpriseDocument,
    "\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateEnterpriseDocument,
    "\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.ConsoleUpdateEnterpriseDocument,
    "\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": typeof types.ConsoleDeleteEnterpriseDocument,
    "\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleEnterpriseChoicesDocument,
    "\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n": typeof types.ConsoleMemberChoicesDocument,
    "\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleBaseChoicesDocument,
    "\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleTeamChoicesDocument,
    "\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleMatchChoicesDocument,
};
const documents: Documents = {
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDivisionPathDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": types.ConsoleLogoutDocument,
    "\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleBasesListDocument,
    "\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleBaseDocument,
    "\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateBaseDocument,
    "\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateBaseDocument,
    "\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n": types.ConsoleDeleteBaseDocument,
    "\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n": types.ConsoleEnterprisesListDocument,
    "\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n": types.ConsoleEnterpriseDocument,
    "\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateEnterpriseDocument,
    "\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n": types.ConsoleUpdateEnterpriseDocument,
    "\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n": types.ConsoleDeleteEnterpriseDocument,
    "\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleEnterpriseChoicesDocument,
    "\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n": types.ConsoleMemberChoicesDocument,
    "\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleBaseChoicesDocument,
    "\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleTeamChoicesDocument,
    "\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleMatchChoicesDocument,
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
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout {\n    logout\n  }\n"): (typeof documents)["\n  mutation ConsoleLogout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBasesList($filter: BaseFilter, $skip: Int!, $take: Int!) {\n    bases(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        areaMu\n        industry\n        operatingModel\n        village {\n          id\n          name\n        }\n        town {\n          id\n          name\n        }\n        operator {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBase($id: ID!) {\n    base(id: $id) {\n      id\n      version\n      name\n      villageId\n      areaMu\n      industry\n      operatingModel\n      operator {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateBase($input: CreateBaseInput!) {\n    createBase(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateBase($input: UpdateBaseInput!) {\n    updateBase(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteBase($id: ID!) {\n    deleteBase(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEnterprisesList($search: String, $industry: String, $skip: Int!, $take: Int!) {\n    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        creditCode\n        industry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEnterprise($id: ID!) {\n    enterprise(id: $id) {\n      id\n      version\n      name\n      creditCode\n      industry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateEnterprise($input: UpdateEnterpriseInput!) {\n    updateEnterprise(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteEnterprise($id: ID!) {\n    deleteEnterprise(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleEnterpriseChoices($search: String, $take: Int!) {\n    enterprises(search: $search, take: $take) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMemberChoices($search: String, $take: Int!) {\n    members(search: $search, take: $take) {\n      items {\n        id\n        name\n        sector\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleBaseChoices($filter: BaseFilter, $take: Int!) {\n    bases(filter: $filter, take: $take) {\n      items {\n        id\n        name\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleTeamChoices {\n    serviceTeams(take: 100) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleMatchChoices($filter: MatchFilter) {\n    matches(filter: $filter, take: 100) {\n      items {\n        id\n        enterprise {\n          id\n          name\n        }\n        village {\n          id\n          name\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;