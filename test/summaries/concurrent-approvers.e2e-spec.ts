import { approverOf } from '../support/approval.js';
import { sql } from '../support/database.js';
import { baseFixture, divisionFixture, enterpriseFixture, matchFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { Random, type RandomWorld } from '../support/random-world.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { expectSameAnswers, randomCases } from './summary-world.js';

// Issue 12: sixteen clerks approving at once, each in their own town, while the towns share
// enterprises (whose reach units they all touch): every approval commits — no deadlock, no
// serialization failure — and the summaries then answer exactly like the records (no lost update).
const TOWNS = 16;
const RECORDS_PER_TOWN = 12;
const PERIODS = ['2023', '2024', '2025', '2024Q1', '2024Q3', '2025Q2', '2024-02', '2024-05', '2024-11', '2025-01', '2025-06', '2025-09'];

const SUBMIT = `mutation($ids: [ID!]!) { submitOutcomes(ids: $ids) { id } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveOutcomes(ids: $ids) { id status } }`;

describe('sixteen concurrent approvers in different towns', () => {
  let t: TestApp;
  let world: Pick<RandomWorld, 'county' | 'towns' | 'villages'>;
  const drafts = new Map<string, string[]>();

  beforeAll(async () => {
    t = await startTestApp();
    const county = await divisionFixture(t, 'COUNTY', null, '并发县');
    const enterprises = [
      await enterpriseFixture(t, '并发企业'),
      await enterpriseFixture(t, '并发企业'),
      await enterpriseFixture(t, '并发企业'),
    ];
    const place = (id: string, level: 'COUNTY' | 'TOWN' | 'VILLAGE', ancestors: string[], townId: string | null) => ({
      id,
      level,
      ancestors,
      townId,
      villageId: level === 'VILLAGE' ? id : null,
    });
    world = { county: place(county, 'COUNTY', [county], null), towns: [], villages: [] };
    for (let i = 0; i < TOWNS; i += 1) {
      const town = await divisionFixture(t, 'TOWN', county, '并发镇');
      const village = await divisionFixture(t, 'VILLAGE', town, '并发村');
      world.towns.push(place(town, 'TOWN', [county, town], town));
      world.villages.push(place(village, 'VILLAGE', [county, town, village], town));
      const baseId = await baseFixture(t, village);
      const matchId = await matchFixture(t, { enterpriseId: enterprises[i % enterprises.length], villageId: village, baseId });
      await sql(t, `UPDATE match SET signed_on = DATE '2024-03-01' + $2::int WHERE id = $1`, [matchId, i]);
      const ids: string[] = [];
      for (const [k, period] of PERIODS.slice(0, RECORDS_PER_TOWN).entries()) {
        const [{ id }] = await sql<{ id: string }>(
          t,
          `INSERT INTO outcome_record (period, period_start, period_end, base_id, match_id, area_mu, output_value_yuan, jobs_person_times)
           VALUES ($1::text, period_first_day($1::text), period_last_day($1::text), $2, $3, $4, $5, $6) RETURNING id::text AS id`,
          [period, baseId, k % 3 === 0 ? null : matchId, String(100 + i + k), String(1000 * (i + 1) + k), String(k)],
        );
        ids.push(id);
      }
      await t.admin.ok(SUBMIT, { ids });
      drafts.set(town, ids);
    }
  }, 180_000);
  afterAll(() => t?.close());

  it('all commit, and the summaries answer like the records', async () => {
    const approvers: GraphqlClient[] = [await approverOf(t), await t.clientWithRole('ADMIN'), await t.clientWithRole('ADMIN')];
    const started = Date.now();
    const results = await Promise.all(
      [...drafts.values()].map(
        (ids, i) => approvers[i % approvers.length].ok(APPROVE, { ids }) as Promise<{ approveOutcomes: { status: string }[] }>,
      ),
    );
    const seconds = (Date.now() - started) / 1000;
    expect(results.flatMap((result) => result.approveOutcomes.map((record) => record.status))).toEqual(
      Array(TOWNS * RECORDS_PER_TOWN).fill('APPROVED'),
    );
    // For the record: the throughput of this run (2 cores, the test's own app).
    console.info(`${TOWNS} approvers: ${TOWNS * RECORDS_PER_TOWN} records approved in ${seconds.toFixed(2)} s`);
    await expectSameAnswers(t, randomCases(world as RandomWorld, new Random(16), 60));
  }, 120_000);
});
