/* eslint-disable */
import * as types from './graphql.js';
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
    "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n": typeof types.AuthCreateUserDocument,
    "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n": typeof types.AuthUpdateUserDocument,
    "\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.AuthDeleteUserDocument,
    "\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": typeof types.AuthCreateDivisionDocument,
    "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n": typeof types.AuthUsersDocument,
    "\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n": typeof types.AuthDivisionCountDocument,
    "\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovalSubmitOutcomesDocument,
    "\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ApprovalApproveOutcomesDocument,
    "\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": typeof types.ClientLoginDocument,
    "\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.ScopedCreateUserDocument,
    "\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": typeof types.ScopedCreateApiKeyDocument,
};
const documents: Documents = {
    "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n": types.AuthCreateUserDocument,
    "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n": types.AuthUpdateUserDocument,
    "\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.AuthDeleteUserDocument,
    "\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n": types.AuthCreateDivisionDocument,
    "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.AuthLoginDocument,
    "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n": types.AuthUsersDocument,
    "\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n": types.AuthDivisionCountDocument,
    "\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ApprovalSubmitOutcomesDocument,
    "\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ApprovalApproveOutcomesDocument,
    "\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n": types.ClientLoginDocument,
    "\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.ScopedCreateUserDocument,
    "\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n": types.ScopedCreateApiKeyDocument,
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
export function graphql(source: "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n      username\n      role\n      divisionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation AuthDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateDivision($input: CreateDivisionInput!) {\n    createDivision(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation AuthLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      username\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query AuthUsers {\n    users(take: 100) {\n      items {\n        username\n      }\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n"): (typeof documents)["\n  query AuthDivisionCount {\n    divisions {\n      totalItems\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ApprovalApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"): (typeof documents)["\n  mutation ClientLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ScopedCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScopedCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;