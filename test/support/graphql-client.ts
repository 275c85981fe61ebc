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

/** A small typed client speaking GraphQL over HTTP, as an outside system would. */
export class GraphqlClient {
  constructor(
    readonly url: string,
    readonly token?: string,
  ) {}

  /** Sends an operation and returns status, data and errors as they came. */
  async request<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphqlError[] };
    return { status: response.status, data: body.data, errors: body.errors };
  }

  /** Sends an operation that must succeed, and returns its data. */
  async ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
    }
    return result.data as T;
  }

  /** Sends an operation that must fail, and returns its first error. */
  async fails(query: string, variables?: Record<string, unknown>): Promise<GraphqlError> {
    const result = await this.request(query, variables);
    if (!result.errors?.length) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return result.errors[0];
  }

  async signIn(username: string, password: string): Promise<GraphqlClient> {
    const data = await this.ok<{ login: { token: string } }>(
      `mutation($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`,
      { username, password },
    );
    return new GraphqlClient(this.url, data.login.token);
  }
}
