import { DatabaseConnection } from '@rural/database';

import { approveAllRecords } from '../support/approval.js';
import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, memberFixture, teamFixture } from '../support/fixtures.js';
import { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { FIGURES } from './impact-world.js';

// Issue 3: one SQL statement per report, and `impact` / `summaryText` on a list batched into a
// constant number of statements, whatever the list's length. Counted with the app's own
// StatementCounter, one request at a time.

const SIZE = 30;
const GROUPINGS = ['TOWN', 'VILLAGE', 'BASE', 'ENTERPRISE', 'MEMBER', 'TEAM', 'YEAR', 'QUARTER', 'MONTH'];

/** A county town with SIZE villages, each with a base, an enterprise's match (two brokers), a team and a record. */
async function buildListWorld(t: TestApp): Promise<{ county: string }> {
  const county = await divisionFixture(t, 'COUNTY', null, '计数县');
  const town = await divisionFixture(t, 'TOWN', county, '计数镇');
  const members: string[] = [];
  for (let i = 0; i < SIZE; i += 1) members.push(await memberFixture(t, '计数委员'));
  for (let i = 0; i < SIZE; i += 1) {
    const village = await divisionFixture(t, 'VILLAGE', town, '计数村');
    const baseId = await baseFixture(t, village);
    const enterpriseId = await enterpriseFixture(t, '计数企业');
    const matchId = await matchFixture(t, { enterpriseId, villageId: village, baseId, brokerIds: [members[i], members[(i + 1) % SIZE]] });
    const teamId = await teamFixture(t, members[i]);
    await t.admin.ok(`mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`, {
      input: {
        baseId,
        matchId,
        teamId,
        period: i % 2 ? '2024' : '2025Q2',
        householdRentYuan: `${1000 + i}.5`,
        jobsPersonTimes: `${i + 1}`,
        areaMu: `${10 + i}`,
      },
    });
    await t.admin.ok(`mutation($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) { id } }`, {
      input: { teamId, baseId, date: '2025-03-01', topic: '计数服务', farmersTrained: i },
    });
  }
  await approveAllRecords(t);
  return { county };
}

describe('statements per report operation', () => {
  let t: TestApp;
  let county: string;
  /** What the auth guard costs a request (the token lookup), measured rather than assumed. */
  let guard: number;

  /** The statements the app sends while answering one operation (no other request in flight). */
  async function statementsOf(
    query: string,
    variables?: Record<string, unknown>,
    client: GraphqlClient = t.admin,
  ): Promise<{ statements: number; data: any }> {
    const counter = t.app.get(DatabaseConnection).statementCounter;
    const before = counter.statements;
    const data = await client.ok(query, variables);
    return { statements: counter.statements - before, data };
  }

  beforeAll(async () => {
    t = await startTestApp();
    ({ county } = await buildListWorld(t));
    // A request with an unknown token runs the guard's lookup and no resolver.
    const counter = t.app.get(DatabaseConnection).statementCounter;
    const before = counter.statements;
    const refused = await new GraphqlClient(t.url, 'not-a-token').request(`{ me { id } }`);
    guard = counter.statements - before;
    expect(refused.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  }, 120_000);
  afterAll(() => t?.close());

  it('measures the guard: a token lookup, which `me` adds its own one read to', async () => {
    expect(guard).toBeGreaterThanOrEqual(1);
    expect((await statementsOf(`{ me { id } }`)).statements).toBe(guard + 1);
  });

  const SUMMARY = `query($filter: ImpactFilter, $groupBy: ImpactGrouping) {
    impactSummary(filter: $filter, groupBy: $groupBy) { totals { ${FIGURES} } groups { key label figures { ${FIGURES} } } groupsOverlap excludedRecords }
  }`;

  it.each([undefined, ...GROUPINGS])('impactSummary (groupBy %s) is exactly one statement', async (groupBy) => {
    for (const filter of [undefined, { divisionId: county }, { divisionId: county, from: '2024Q2', to: '2025' }]) {
      const { statements, data } = await statementsOf(SUMMARY, { filter, groupBy });
      expect(data.impactSummary.totals.records).toBeGreaterThan(0);
      expect({ filter, statements }).toEqual({ filter, statements: guard + 1 });
    }
  });

  // Each list, and how to ask it for `take` items.
  const LISTS: [string, (fields: string) => string][] = [
    ['matches', (fields) => `query($take: Int!) { list: matches(take: $take) { items { id ${fields} } } }`],
    ['bases', (fields) => `query($take: Int!) { list: bases(take: $take) { items { id ${fields} } } }`],
    ['divisions', (fields) => `query($take: Int!) { list: divisions(level: VILLAGE, take: $take) { items { id ${fields} } } }`],
    ['members', (fields) => `query($take: Int!) { list: members(take: $take) { items { id ${fields} } } }`],
    ['enterprises', (fields) => `query($take: Int!) { list: enterprises(take: $take) { items { id ${fields} } } }`],
    ['serviceTeams', (fields) => `query($take: Int!) { list: serviceTeams(take: $take) { items { id ${fields} } } }`],
  ];

  /** Statements for pages of 3, 10 and SIZE items of one list, asking `fields` of each. */
  async function pages(list: (fields: string) => string, fields: string): Promise<number[]> {
    const counts: number[] = [];
    for (const take of [3, 10, SIZE]) {
      const { statements, data } = await statementsOf(list(fields), { take });
      expect(data.list.items).toHaveLength(take);
      counts.push(statements);
    }
    return counts;
  }

  it.each(LISTS)('%s { impact } costs one statement per range, whatever the page size', async (_name, list) => {
    const [plain] = await pages(list, '');
    const withImpact = await pages(list, `impact { ${FIGURES} }`);
    expect(withImpact).toEqual([plain + 1, plain + 1, plain + 1]);
    // Two ranges are two batches, not two per item.
    const twoRanges = await pages(list, `all: impact { records } y2025: impact(from: "2025", to: "2025") { records }`);
    expect(twoRanges).toEqual([plain + 2, plain + 2, plain + 2]);
  });

  it('answers the batched impact of every item, not only the first', async () => {
    const { data } = await statementsOf(`{ matches(take: ${SIZE}) { items { impact { records householdRentYuan } } } }`);
    expect(data.matches.items.map((item: any) => item.impact.records)).toEqual(Array(SIZE).fill(1));
  });

  it.each([
    ['matches', LISTS[0][1]],
    ['serviceTeams', LISTS[5][1]],
  ])(`%s { summaryText } costs the same for 3, 10 and ${SIZE} items`, async (_name, list) => {
    const [plain] = await pages(list, '');
    const counts = await pages(list, 'summaryText');
    expect(new Set(counts).size).toBe(1);
    expect(counts[0] - plain).toBeGreaterThanOrEqual(1);
    expect(counts[0] - plain).toBeLessThanOrEqual(2);
  });

  it('a page of matches with impact and summaryText (R6) stays within three statements past the list', async () => {
    const [plain] = await pages(LISTS[0][1], '');
    const counts = await pages(LISTS[0][1], `impact { ${FIGURES} } summaryText`);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0] - plain).toBeLessThanOrEqual(3);
  });
});
