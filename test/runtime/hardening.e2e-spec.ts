import { getIntrospectionQuery } from 'graphql';

import { DatabaseConnection } from '@rural/database';

import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, memberFixture } from '../support/fixtures.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { TransactionProbeModule } from '../support/transaction-probe.module.js';

// Issue 4, item 7: requests built to exhaust the server are refused quickly and before any SQL
// (not even the auth guard's token lookup), while the largest real operations still pass.

const FIGURES = `areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited
  towns villages bases enterprises matches serviceActivities farmersTrained records`;
/** The bench's R6: 100 matches with their impact and sentences. */
const R6 = `{ matches(take: 100) { items { id impact { ${FIGURES} } summaryText } totalItems } }`;
/** The bench's C1: 100 bases of a county with village, town and operator. */
const C1 = `query($d: ID!) { bases(take: 100, filter: { divisionId: $d }) { items { id name village { name } town { name } operator { name } } } }`;
const SUMMARY = `{ impactSummary(groupBy: BASE) { totals { ${FIGURES} } groups { key label figures { ${FIGURES} } } groupsOverlap excludedRecords } }`;

/** A query `depth` fields deep: divisions › items › parent › … › id. */
function queryOfDepth(depth: number): string {
  return `{ divisions { items { ${'parent { '.repeat(depth - 3)}id${' }'.repeat(depth - 3)} } } }`;
}

/** A query with `count` aliased fields. */
function queryWithAliases(count: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
}

/** A tiny document that expands to 2^(levels-1) selections: each fragment spreads the next twice. */
function fragmentBomb(levels: number): string {
  const name = (i: number) => (i === 0 ? 'f' : `f${i}`);
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1 ? `fragment ${name(i)} on Match { id }` : `fragment ${name(i)} on Match { ...${name(i + 1)} ...${name(i + 1)} }`,
  );
  return `{ matches(take: 1) { items { ...f } } } ${fragments.join(' ')}`;
}

interface Answer {
  status: number;
  text: string;
  /** The first GraphQL error, when the body is a GraphQL response. */
  error?: { message: string; extensions?: Record<string, unknown> };
  data?: Record<string, any> | null;
}

describe('a hardened GraphQL endpoint', () => {
  let t: TestApp;
  let county: string;

  beforeAll(async () => {
    t = await startTestApp({ extraModules: [TransactionProbeModule] });
    county = await buildPageWorld(t);
  }, 120_000);
  afterAll(() => t?.close());

  /** Raw HTTP, for bodies and headers a GraphQL client would never send. */
  async function send(init: { method?: string; path?: string; body?: string; headers?: Record<string, string> }): Promise<Answer> {
    const response = await fetch(`${t.url}${init.path ?? '/graphql'}`, {
      method: init.method ?? 'POST',
      headers: init.headers,
      body: init.body,
    });
    const text = await response.text();
    let parsed: { errors?: Answer['error'][]; data?: Answer['data'] } | undefined;
    try {
      parsed = JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: response.status, text, error: parsed?.errors?.[0], data: parsed?.data };
  }

  /** Posts an operation as JSON, signed in as the administrator unless `token` says otherwise (null: no token). */
  function post(query: string, variables?: Record<string, unknown>, token: string | null = t.admin.token ?? null): Promise<Answer> {
    return send({
      body: JSON.stringify({ query, variables }),
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
  }

  /** Runs one probe alone and reports the SQL statements the app sent meanwhile and the time. */
  async function probe(run: () => Promise<Answer>): Promise<Answer & { statements: number; ms: number }> {
    const counter = t.app.get(DatabaseConnection).statementCounter;
    const before = counter.statements;
    const started = performance.now();
    const answer = await run();
    return { ...answer, ms: performance.now() - started, statements: counter.statements - before };
  }

  it('counts statements: a signed-in request that is let through sends SQL (so 0 below means something)', async () => {
    const answer = await probe(() => post('{ me { id } }'));
    expect(answer.error).toBeUndefined();
    expect(answer.statements).toBeGreaterThan(0);
  });

  it.each([
    ['depth 20', () => queryOfDepth(20), undefined, 'DEPTH_LIMIT', /嵌套过深.*12/],
    ['depth 13, one past the limit', () => queryOfDepth(13), undefined, 'DEPTH_LIMIT', /嵌套过深/],
    ['500 aliases', () => queryWithAliases(500), undefined, 'ALIAS_LIMIT', /别名过多.*30/],
    ['31 aliases, one past the limit', () => queryWithAliases(31), undefined, 'ALIAS_LIMIT', /别名过多/],
    ['take: 100000', () => `{ matches(take: 100000) { items { id } } }`, undefined, 'COST_LIMIT', /查询过大/],
    ['take: $n with n = 100000', () => `query($n: Int!) { matches(take: $n) { items { id } } }`, { n: 100000 }, 'COST_LIMIT', /查询过大/],
    [
      'a page of 100 inside a page of 100',
      () => `{ serviceTeams(take: 100) { items { activities(take: 100) { items { id topic } } } } }`,
      undefined,
      'COST_LIMIT',
      /查询过大/,
    ],
    [
      'unpaged lists nested three times under a page',
      () => `{ matches(take: 100) { items { brokers { matches { brokers { id } } } } } }`,
      undefined,
      'COST_LIMIT',
      /查询过大/,
    ],
    [
      'a fragment bomb (each fragment spreads the next twice, 2^24 selections)',
      () => fragmentBomb(25),
      undefined,
      'COST_LIMIT',
      /查询过大/,
    ],
  ])('refuses %s at validation, quickly and before any SQL', async (_label, query, variables, reason, message) => {
    const answer = await probe(() => post(query(), variables));
    expect(answer.status).toBe(400);
    expect(answer.error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason });
    expect(answer.error?.message).toMatch(message);
    expect(answer.data).toBeUndefined();
    expect(answer.statements).toBe(0);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('refuses a document of 20,000 aliases (350 kB) while parsing, quickly and before any SQL', async () => {
    const answer = await probe(() => post(queryWithAliases(20_000)));
    expect(answer.status).toBe(400);
    expect(answer.error?.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    expect(answer.error?.message).toMatch(/4000 tokens/);
    expect(answer.statements).toBe(0);
    // Parsed and validated in full, this document takes over a second of CPU.
    expect(answer.ms).toBeLessThan(500);
  });

  it('lets operations at the limits through: depth 12 and 30 aliases', async () => {
    const deep = await post(queryOfDepth(12));
    expect(deep.error).toBeUndefined();
    const aliased = await post(queryWithAliases(30));
    expect(aliased.error).toBeUndefined();
    expect(Object.keys(aliased.data ?? {})).toHaveLength(30);
  });

  it.each([
    [
      'a batched body (a JSON array)',
      () => send({ body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]), headers: json() }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a text/plain POST (a cross-site form)',
      () => send({ body: JSON.stringify({ query: '{ me { id } }' }), headers: { ...json(), 'content-type': 'text/plain' } }),
      400,
      'BAD_REQUEST',
    ],
    [
      'a GET with a query and no preflight header',
      () => send({ method: 'GET', path: `/graphql?query=${encodeURIComponent('{ me { id } }')}`, headers: auth() }),
      400,
      'BAD_REQUEST',
    ],
    // Refused by the body parser, before GraphQL: Nest's plain `{ statusCode, message }`.
    [
      'a 2 MB body',
      () =>
        send({ body: JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }), headers: json() }),
      413,
      undefined,
    ],
  ])('refuses %s before any SQL, with no stack trace', async (_label, run, status, code) => {
    const answer = await probe(run);
    expect(answer.status).toBe(status);
    expect(answer.error?.extensions?.code).toBe(code);
    expect(answer.data ?? undefined).toBeUndefined();
    expect(answer.text).not.toMatch(/\bat [\w.<>]+ \(|node_modules|\.js:\d+/);
    expect(answer.statements).toBe(0);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('answers a GET with the preflight header, so it is CSRF prevention that refuses the plain GET', async () => {
    const answer = await send({
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ me { username } }')}`,
      headers: { ...auth(), 'apollo-require-preflight': 'true' },
    });
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ me: { username: 'admin' } });
  });

  it.each([
    ['__schema', `{ __schema { queryType { name } } }`],
    ['__type', `{ __type(name: "Match") { fields { name } } }`],
    ["the explorer's full introspection query", getIntrospectionQuery()],
  ])('refuses anonymous introspection (%s) with UNAUTHENTICATED before any SQL', async (_label, query) => {
    const answer = await probe(() => post(query, undefined, null));
    expect(answer.status).toBe(401);
    expect(answer.error?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(answer.error?.message).toMatch(/须先登录/);
    expect(answer.data).toBeUndefined();
    expect(answer.statements).toBe(0);
    expect(answer.ms).toBeLessThan(1000);
  });

  it('refuses introspection with a token this server never issued', async () => {
    const answer = await post(`{ __schema { queryType { name } } }`, undefined, 'not-a-session-token');
    expect(answer.status).toBe(401);
    expect(answer.error?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
  });

  it('lets a signed-in user introspect, and anyone ask for __typename', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const schema = await viewer.ok<{ __schema: { types: { name: string }[] } }>(getIntrospectionQuery());
    expect(schema.__schema.types.map((type) => type.name)).toEqual(expect.arrayContaining(['Match', 'ImpactReport']));
    const typename = await probe(() => post(`{ __typename }`, undefined, null));
    expect(typename.data).toEqual({ __typename: 'Query' });
    expect(typename.statements).toBe(0);
  });

  it('masks an unexpected failure as INTERNAL_SERVER_ERROR with the request id, no SQL text', async () => {
    const answer = await send({
      body: JSON.stringify({ query: 'mutation { probeBrokenQuery }' }),
      headers: { ...json(), 'x-request-id': 'hardening-probe-1' },
    });
    expect(answer.error?.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'hardening-probe-1' });
    expect(answer.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(answer.text).not.toMatch(/\bSELECT\b|no_such|QueryFailedError|\bat [\w.<>]+ \(/);
  });

  it.each([
    ['R6: 100 matches with impact and summaryText', () => post(R6)],
    ['C1: 100 bases with village, town and operator', () => post(C1, { d: county })],
    ['impactSummary with groups', () => post(SUMMARY)],
    [
      'R6, C1 and the summary in one operation',
      () =>
        post(`query($d: ID!) { r6: ${R6.slice(1, -1)} c1: ${C1.slice(C1.indexOf('{') + 1, -1)} s: ${SUMMARY.slice(1, -1)} }`, {
          d: county,
        }),
    ],
  ])('still answers the largest real operations: %s', async (_label, run) => {
    const answer = await run();
    expect(answer.error).toBeUndefined();
    expect(answer.status).toBe(200);
    const pages = [answer.data?.matches, answer.data?.bases, answer.data?.r6, answer.data?.c1].filter(Boolean);
    for (const page of pages) expect(page.items).toHaveLength(100);
    for (const match of [...(answer.data?.matches?.items ?? []), ...(answer.data?.r6?.items ?? [])]) {
      expect(match.summaryText).toEqual(expect.any(String));
      expect(match.impact.records).toEqual(expect.any(Number));
    }
    const summary = answer.data?.impactSummary ?? answer.data?.s;
    if (summary) expect(summary.groups.length).toBeGreaterThan(0);
  });

  function json(): Record<string, string> {
    return { 'content-type': 'application/json', ...auth() };
  }

  function auth(): Record<string, string> {
    return { authorization: `Bearer ${t.admin.token}` };
  }
});

/** A county whose village holds 100 bases, each with a match, a broker and a record. Returns the county. */
async function buildPageWorld(t: TestApp): Promise<string> {
  const county = await divisionFixture(t, 'COUNTY', null, '加固县');
  const town = await divisionFixture(t, 'TOWN', county, '加固镇');
  const village = await divisionFixture(t, 'VILLAGE', town, '加固村');
  const enterpriseId = await enterpriseFixture(t, '加固企业');
  const member = await memberFixture(t, '加固委员');
  const recorder = new GraphqlClient(t.url, t.admin.token);
  for (let i = 0; i < 100; i += 1) {
    const baseId = await baseFixture(t, village, { operatorId: enterpriseId });
    const matchId = await matchFixture(t, { enterpriseId, villageId: village, baseId, brokerIds: [member] });
    await recorder.ok(`mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`, {
      input: { baseId, matchId, period: '2024', householdRentYuan: `${1000 + i}`, jobsPersonTimes: '10', atLeast: true },
    });
  }
  return county;
}
