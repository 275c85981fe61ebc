import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import { graphql } from '../generated/gql.js';

/** One `errors[]` entry as the API sends it. */
export interface GraphqlError {
  message: string;
  path?: (string | number)[];
  extensions?: {
    code?: string;
    fields?: { field: string; message: string }[];
    requestId?: string;
    retryAfterSeconds?: number;
    reason?: string;
  };
}

export interface GraphqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: GraphqlError[];
}

/**
 * A typed operation's variables: required when the operation has a required variable, optional
 * when it has none (or only optional ones).
 */
export type VariablesOf<TVariables> = Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** An operation declared with `graphql(…)`, or (while tests move over) a plain query string. */
type Operation = TypedDocumentNode<unknown, unknown> | string;

const LOGIN = graphql(`
  mutation ClientLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
    }
  }
`);

/** A small typed client speaking GraphQL over HTTP, as an outside system would. */
export class GraphqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  /** Sends an operation and returns status, data and errors as they came. */
  request<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    variables?: TVariables,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<TData>>;
  request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphqlResponse<T>>;
  request(operation: Operation, variables?: unknown, headers: Record<string, string> = {}): Promise<GraphqlResponse<unknown>> {
    return this.send(operation, variables, headers);
  }

  /** Sends an operation that must succeed, and returns its data. */
  ok<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesOf<TVariables>): Promise<TData>;
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  async ok(operation: Operation, variables?: unknown): Promise<unknown> {
    const result = await this.send(operation, variables);
    if (result.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    }
    return result.data;
  }

  /** Sends an operation that must fail, and returns its first error. */
  fails<TData, TVariables>(document: TypedDocumentNode<TData, TVariables>, ...variables: VariablesOf<TVariables>): Promise<GraphqlError>;
  fails(query: string, variables?: Record<string, unknown>): Promise<GraphqlError>;
  async fails(operation: Operation, variables?: unknown): Promise<GraphqlError> {
    const result = await this.send(operation, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  async signIn(username: string, password: string): Promise<GraphqlClient> {
    const data = await this.ok(LOGIN, { username, password });
    return new GraphqlClient(this.url, data.login.token);
  }

  private async send(operation: Operation, variables: unknown, headers: Record<string, string> = {}): Promise<GraphqlResponse<unknown>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: typeof operation === 'string' ? operation : print(operation), variables }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: GraphqlError[] };
    return { status: response.status, data: body.data, errors: body.errors };
  }
}
