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
    "\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n      }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n": typeof types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": typeof types.ConsoleDeleteUserDocument,
    "\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n": typeof types.ConsoleDivisionNameDocument,
    "\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleApiKeysDocument,
    "\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ConsoleCreateApiKeyDocument,
    "\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": typeof types.ConsoleRevokeApiKeyDocument,
    "\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n": typeof types.ConsoleOutcomeWriterFragmentDoc,
    "\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n": typeof types.ConsoleApprovalQueueDocument,
    "\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleSubmitOutcomesDocument,
    "\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": typeof types.ConsoleApproveOutcomesDocument,
    "\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ConsoleReturnOutcomesDocument,
    "\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": typeof types.ConsoleReopenOutcomesDocument,
    "\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ConsoleAuditLogDocument,
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ConsoleDivisionPathDocument,
    "\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n": typeof types.ConsoleImportProblemFragmentDoc,
    "\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n": typeof types.ConsoleUndoImportDocument,
    "\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n": typeof types.ConsoleImportHistoryDocument,
    "\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n": typeof types.ConsoleImportProblemsDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n    }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  query ConsoleWhoAmI {\n    whoAmI {\n      id\n      name\n      role\n      division {\n        id\n        name\n        level\n      }\n    }\n  }\n": typeof types.ConsoleWhoAmIDocument,
    "\n  mutation ConsoleLogout {\n    logout\n  }\n": typeof types.ConsoleLogoutDocument,
};
const documents: Documents = {
    "\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n      }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n": types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n": types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n": types.ConsoleDeleteUserDocument,
    "\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n": types.ConsoleDivisionNameDocument,
    "\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleApiKeysDocument,
    "\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n": types.ConsoleCreateApiKeyDocument,
    "\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n": types.ConsoleRevokeApiKeyDocument,
    "\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n": types.ConsoleOutcomeWriterFragmentDoc,
    "\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n": types.ConsoleApprovalQueueDocument,
    "\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ConsoleSubmitOutcomesDocument,
    "\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n": types.ConsoleApproveOutcomesDocument,
    "\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ConsoleReturnOutcomesDocument,
    "\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n": types.ConsoleReopenOutcomesDocument,
    "\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ConsoleAuditLogDocument,
    "\n  query ConsoleTopDivisions {\n    provinces: divisions(level: PROVINCE, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    cities: divisions(level: CITY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n    counties: divisions(level: COUNTY, take: 100) {\n      items {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleTopDivisionsDocument,
    "\n  query ConsoleDivisionChildren($id: ID!) {\n    division(id: $id) {\n      id\n      children {\n        id\n        name\n        level\n      }\n    }\n  }\n": types.ConsoleDivisionChildrenDocument,
    "\n  query ConsoleDivisionPath($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n      parent {\n        id\n        name\n        level\n        parent {\n          id\n          name\n          level\n          parent {\n            id\n            name\n            level\n            parent {\n              id\n              name\n              level\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ConsoleDivisionPathDocument,
    "\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n": types.ConsoleImportProblemFragmentDoc,
    "\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n": types.ConsoleUndoImportDocument,
    "\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n": types.ConsoleImportHistoryDocument,
    "\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n": types.ConsoleImportProblemsDocument,
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
export function graphql(source: "\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleUsers($skip: Int!, $take: Int!) {\n    users(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        username\n        role\n        divisionId\n        version\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      id\n      role\n      divisionId\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleDeleteUser($id: ID!) {\n    deleteUser(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n"): (typeof documents)["\n  query ConsoleDivisionName($id: ID!) {\n    division(id: $id) {\n      id\n      name\n      level\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApiKeys($skip: Int!, $take: Int!) {\n    apiKeys(skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        name\n        role\n        createdAt\n        lastUsedAt\n        revokedAt\n        division {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleCreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      key\n      apiKey {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"): (typeof documents)["\n  mutation ConsoleRevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n"): (typeof documents)["\n  fragment ConsoleOutcomeWriter on OutcomeWriter {\n    kind\n    name\n    isCaller\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleApprovalQueue($statuses: [OutcomeStatus!], $skip: Int!, $take: Int!) {\n    outcomeRecords(statuses: $statuses, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        period\n        status\n        statusReason\n        updatedAt\n        outputValueYuan\n        householdRentYuan\n        jobsPersonTimes\n        collectiveIncomeYuan\n        base {\n          id\n          name\n        }\n        division {\n          id\n          name\n        }\n        recordedBy {\n          ...ConsoleOutcomeWriter\n        }\n        changedBy {\n          ...ConsoleOutcomeWriter\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleSubmitOutcomes($ids: [ID!]!) {\n    submitOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleApproveOutcomes($ids: [ID!]!) {\n    approveOutcomes(ids: $ids) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReturnOutcomes($ids: [ID!]!, $reason: String!) {\n    returnOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleReopenOutcomes($ids: [ID!]!, $reason: String!) {\n    reopenOutcomes(ids: $ids, reason: $reason) {\n      id\n      status\n      statusReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleAuditLog($filter: AuditFilter, $skip: Int!, $take: Int!) {\n    auditLog(filter: $filter, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        at\n        action\n        entityType\n        entityId\n        importId\n        before\n        after\n        actor {\n          kind\n          id\n          name\n        }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment ConsoleImportProblem on ImportProblem {\n    sheet\n    row\n    column\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n"): (typeof documents)["\n  mutation ConsoleUndoImport($id: ID!) {\n    undoSpreadsheetImport(id: $id) {\n      id\n      status\n      undoneAt\n      undoneBy\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleImportHistory($kind: String, $status: ImportStatus, $skip: Int!, $take: Int!) {\n    spreadsheetImports(kind: $kind, status: $status, skip: $skip, take: $take) {\n      totalItems\n      items {\n        id\n        kind\n        dryRun\n        submit\n        status\n        fileName\n        bytes\n        rows\n        created\n        updated\n        unchanged\n        errorCount\n        actorName\n        startedAt\n        finishedAt\n        undoneAt\n        undoneBy\n        progress {\n          bytes\n          bytesRead\n          rowsRead\n          phase\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n"): (typeof documents)["\n  query ConsoleImportProblems($id: ID!) {\n    spreadsheetImport(id: $id) {\n      id\n      errorCount\n      errors {\n        ...ConsoleImportProblem\n      }\n    }\n  }\n"];
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