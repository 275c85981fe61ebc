import { graphql } from '../generated/gql.js';
import { approveAllRecords } from '../support/approval.js';
import { sql } from '../support/database.js';
import { baseFixture, divisionFixture, enterpriseFixture, matchFixture, memberFixture, teamFixture } from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';

/**
 * A small county whose totals are worked out by hand in the tests:
 *
 *   county C › town T1 › villages V1 (base B1), V2 (base B2)
 *            › town T2 › village V3 (base B3)
 *   X1: E1 at B1, brokered by M1 and M2, signed 2024-03-01
 *   X2: E2 at B3, brokered by M2, signed 2025-06-01
 *   X3: E2 in V2, no base, no broker, signed 2023-01-01, no records
 *   team TM1 led by M3; it visited B2 on 2025-05-10 (12 farmers) and B3 on 2024-08-01 (3)
 *
 *   r1 B1 X1 2024      rent 100  jobs 10  area 50  households 5
 *   r2 B1 X1 2025      rent 200  jobs 20  area 60
 *   r3 B3 X2 2025Q1    output 1000        area 30
 *   r4 B3 X2 2025Q2    output 2000        area 35
 *   r5 C  TM1 2025     output 5000        area 400
 *   r6 T2 2025-07      income 70
 *   r7 B2 TM1 2024Q4   jobs 5             area 10
 */
export interface ImpactWorld {
  county: string;
  t1: string;
  t2: string;
  v1: string;
  v2: string;
  v3: string;
  b1: string;
  b2: string;
  b3: string;
  e1: string;
  e2: string;
  m1: string;
  m2: string;
  m3: string;
  x1: string;
  x2: string;
  x3: string;
  tm1: string;
}

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;
const VISIT = `mutation($input: RecordServiceActivityInput!) { recordServiceActivity(input: $input) { id } }`;

export async function buildImpactWorld(t: TestApp): Promise<ImpactWorld> {
  const county = await divisionFixture(t, 'COUNTY', null, '测试县');
  const t1 = await divisionFixture(t, 'TOWN', county, '一镇');
  const t2 = await divisionFixture(t, 'TOWN', county, '二镇');
  const v1 = await divisionFixture(t, 'VILLAGE', t1, '甲村');
  const v2 = await divisionFixture(t, 'VILLAGE', t1, '乙村');
  const v3 = await divisionFixture(t, 'VILLAGE', t2, '丙村');
  const [b1, b2, b3] = [await baseFixture(t, v1), await baseFixture(t, v2), await baseFixture(t, v3)];
  const [e1, e2] = [await enterpriseFixture(t, '一号企业'), await enterpriseFixture(t, '二号企业')];
  const [m1, m2, m3] = [await memberFixture(t, '张'), await memberFixture(t, '李'), await memberFixture(t, '王')];
  const x1 = await matchFixture(t, { enterpriseId: e1, villageId: v1, baseId: b1, brokerIds: [m1, m2] });
  const x2 = await matchFixture(t, { enterpriseId: e2, villageId: v3, baseId: b3, brokerIds: [m2] });
  const x3 = await matchFixture(t, { enterpriseId: e2, villageId: v2 });
  await sql(
    t,
    `UPDATE match SET signed_on = CASE id WHEN $1 THEN date '2024-03-01' WHEN $2 THEN date '2025-06-01' ELSE date '2023-01-01' END WHERE id IN ($1, $2, $3)`,
    [x1, x2, x3],
  );
  const tm1 = await teamFixture(t, m3);

  const records = [
    { baseId: b1, matchId: x1, period: '2024', householdRentYuan: '100', jobsPersonTimes: '10', areaMu: '50', householdsBenefited: '5' },
    { baseId: b1, matchId: x1, period: '2025', householdRentYuan: '200', jobsPersonTimes: '20', areaMu: '60' },
    { baseId: b3, matchId: x2, period: '2025Q1', outputValueYuan: '1000', areaMu: '30' },
    { baseId: b3, matchId: x2, period: '2025Q2', outputValueYuan: '2000', areaMu: '35' },
    { divisionId: county, teamId: tm1, period: '2025', outputValueYuan: '5000', areaMu: '400' },
    { divisionId: t2, period: '2025-07', collectiveIncomeYuan: '70' },
    { baseId: b2, teamId: tm1, period: '2024Q4', jobsPersonTimes: '5', areaMu: '10' },
  ];
  for (const input of records) await t.admin.ok(RECORD, { input });
  await t.admin.ok(VISIT, { input: { teamId: tm1, baseId: b2, date: '2025-05-10', topic: '葡萄修剪', farmersTrained: 12 } });
  await t.admin.ok(VISIT, { input: { teamId: tm1, baseId: b3, date: '2024-08-01', topic: '病虫害防治', farmersTrained: 3 } });
  await approveAllRecords(t);
  return { county, t1, t2, v1, v2, v3, b1, b2, b3, e1, e2, m1, m2, m3, x1, x2, x3, tm1 };
}

/** The figures the report tests read, for the string queries not yet typed (the same fields as ImpactWorldFigures). */
export const FIGURES = `areaMu outputValueYuan jobsPersonTimes householdRentYuan collectiveIncomeYuan householdsBenefited
  towns villages bases enterprises matches serviceActivities farmersTrained records`;

graphql(`
  fragment ImpactWorldFigures on ImpactFigures {
    areaMu
    outputValueYuan
    jobsPersonTimes
    householdRentYuan
    collectiveIncomeYuan
    householdsBenefited
    towns
    villages
    bases
    enterprises
    matches
    serviceActivities
    farmersTrained
    records
  }
`);

export const SUMMARY = graphql(`
  query ImpactWorldSummary($filter: ImpactFilter, $groupBy: ImpactGrouping) {
    impactSummary(filter: $filter, groupBy: $groupBy) {
      totals {
        ...ImpactWorldFigures
      }
      groups {
        key
        label
        figures {
          ...ImpactWorldFigures
        }
      }
      groupsOverlap
      excludedRecords
    }
  }
`);
