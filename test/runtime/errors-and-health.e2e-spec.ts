import { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TransactionProbeModule } from '../support/transaction-probe.module.js';

/** Whatever could betray the inside of the server: SQL, table names, stack frames, file paths. */
const LEAKS = /stacktrace|\bSELECT\b|\bINSERT\b|no_such|QueryFailedError|\bat [\w.<>]+ \(|\.(js|ts):\d+|node_modules|\/work\//i;

interface RawAnswer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  headers: Headers;
}

describe('health and what errors reveal', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [TransactionProbeModule] });
  });
  afterAll(() => t.close());

  /** Posts a raw body, so that the whole response can be searched for leaks. */
  async function post(body: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.admin.token}`, ...headers },
      body,
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text), headers: response.headers };
  }

  it('GET /health answers 200 with status ok', async () => {
    const response = await fetch(`${t.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok' });
  });

  it.each([
    ['an unknown token', 'not-a-token-this-server-issued'],
    ['no token at all', undefined],
  ])('answers UNAUTHENTICATED to %s', async (_label, token) => {
    const error = await new GraphqlClient(t.url, token).fails(`{ me { id } }`);
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it.each([
    ['a malformed query', JSON.stringify({ query: '{ me { id ' }), 'GRAPHQL_PARSE_FAILED'],
    ['an unknown field', JSON.stringify({ query: '{ me { id password } }' }), 'GRAPHQL_VALIDATION_FAILED'],
    [
      'a variable of the wrong type',
      JSON.stringify({ query: 'query($id: ID!) { division(id: $id) { id } }', variables: { id: { nested: true } } }),
      'BAD_USER_INPUT',
    ],
    [
      'a number sent as text with a unit',
      JSON.stringify({
        query: 'mutation($name: String!, $holdMs: Int) { probeTransaction(name: $name, holdMs: $holdMs) }',
        variables: { name: 'x', holdMs: '1 秒' },
      }),
      'BAD_USER_INPUT',
    ],
    ['SQL that PostgreSQL refuses', JSON.stringify({ query: 'mutation { probeBrokenQuery }' }), 'INTERNAL_SERVER_ERROR'],
  ])('answers %s with %s and no SQL text or stack trace', async (_label, body, code) => {
    const answer = await post(body);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.text).not.toMatch(LEAKS);
  });

  it('masks a database failure and names the request id the logs carry', async () => {
    const answer = await post(JSON.stringify({ query: 'mutation { probeBrokenQuery }' }), { 'x-request-id': 'probe-request-1' });
    const [error] = answer.body.errors ?? [];
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'probe-request-1' });
    expect(answer.headers.get('x-request-id')).toBe('probe-request-1');
  });
});
