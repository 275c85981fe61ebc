import { proposedRules } from '@rural/duty';

import { approveAllRecords } from '../support/approval.js';
import { sql } from '../support/database.js';
import {
  baseFixture,
  divisionFixture,
  enterpriseFixture,
  matchFixture,
  memberFixture,
  placeFixture,
  teamFixture,
} from '../support/fixtures.js';
import type { TestApp } from '../support/test-app.js';

/**
 * Two towns of one county, A and B, sharing the county's registries: an enterprise with a
 * match in each town, a member brokering both, a team (led by that member) visiting bases in
 * both, approved records in both — and a record kept at county level for town A's match, which
 * a caller limited to town A must not see either. Figures outside town A are distinctive, so a
 * sentence that quotes one gives itself away.
 */
export interface TwoTownsWorld {
  county: string;
  townA: string;
  townB: string;
  /** Ids by GraphQL type: the rows inside town A and the rows outside it. */
  rows: Record<string, { inside: string[]; outside: string[] }>;
  /** The shared rows whose `impact` must count town A only. */
  enterprise: string;
  broker: string;
  team: string;
  /** Figures of the records outside town A: none may reach a caller limited to it. */
  outsideFigures: { yuan: string[]; personTimes: string[]; mu: string[] };
}

const RECORD = `mutation($input: RecordOutcomeInput!) { recordOutcome(input: $input) { id } }`;

export async function buildTwoTownsWorld(t: TestApp): Promise<TwoTownsWorld> {
  const place = await placeFixture(t);
  const townA = place.town;
  const villageA = place.village;
  const townB = await divisionFixture(t, 'TOWN', place.county, '乙镇');
  const villageB = await divisionFixture(t, 'VILLAGE', townB, '乙村');

  const enterprise = await enterpriseFixture(t, '共享企业');
  const onlyInB = await enterpriseFixture(t, '乙镇企业');
  const broker = await memberFixture(t, '两镇委员');
  const brokerB = await memberFixture(t, '乙镇委员');
  await sql(t, `INSERT INTO member_enterprise (member_id, enterprise_id) VALUES ($1, $2), ($3, $4)`, [
    broker,
    enterprise,
    brokerB,
    onlyInB,
  ]);

  const baseA = await baseFixture(t, villageA, { operatorId: enterprise, areaMu: '120' });
  const baseB = await baseFixture(t, villageB, { operatorId: enterprise, areaMu: '987.65' });
  const matchA = await matchFixture(t, { enterpriseId: enterprise, villageId: villageA, baseId: baseA, brokerIds: [broker] });
  const matchB = await matchFixture(t, { enterpriseId: enterprise, villageId: villageB, baseId: baseB, brokerIds: [broker, brokerB] });
  const matchOnlyB = await matchFixture(t, { enterpriseId: onlyInB, villageId: villageB, brokerIds: [brokerB] });
  await sql(t, `UPDATE match SET signed_on = '2024-03-01', investment_yuan = 7654321.09 WHERE id = ANY($1::bigint[])`, [
    [matchB, matchOnlyB],
  ]);
  await sql(t, `UPDATE base SET operating_model = '支部+基地+农户', industry = '葡萄' WHERE id = ANY($1::bigint[])`, [[baseA, baseB]]);

  const team = await teamFixture(t, broker);
  const teamB = await teamFixture(t, brokerB);
  await sql(t, `INSERT INTO service_team_member (team_id, member_id) VALUES ($1, $2)`, [team, brokerB]);
  const [visitA, visitB, visitOnlyB] = await sql<{ id: string }>(
    t,
    `INSERT INTO service_activity (team_id, base_id, date, topic, farmers_trained, area_covered_mu)
     VALUES ($1, $2, '2024-05-01', '修剪培训', 12, 100), ($1, $3, '2024-06-01', '病虫害防治', 34, 200), ($4, $3, '2024-07-01', '施肥', 5, 50)
     RETURNING id::text AS id`,
    [team, baseA, baseB, teamB],
  );

  const recordA = await record(t, {
    period: '2024',
    baseId: baseA,
    matchId: matchA,
    teamId: team,
    householdRentYuan: '150000',
    jobsPersonTimes: '1200',
    collectiveIncomeYuan: '30000',
    areaMu: '120',
    outputValueYuan: '800000',
  });
  const recordB = await record(t, {
    period: '2024',
    baseId: baseB,
    matchId: matchB,
    teamId: team,
    householdRentYuan: '987654.32',
    jobsPersonTimes: '97531',
    collectiveIncomeYuan: '86420.5',
    areaMu: '987.65',
    outputValueYuan: '24681357',
  });
  const recordOnlyB = await record(t, {
    period: '2024',
    baseId: baseB,
    matchId: matchOnlyB,
    teamId: teamB,
    householdRentYuan: '765432.1',
    jobsPersonTimes: '86753',
  });
  // Kept at county level but tied to town A's match (allowed: the match lies in the county), in a later year.
  const recordCounty = await record(t, {
    period: '2025',
    divisionId: place.county,
    matchId: matchA,
    householdRentYuan: '543210.98',
    jobsPersonTimes: '64208',
    collectiveIncomeYuan: '13579.24',
  });
  await approveAllRecords(t);
  // One import sent from each town: a town's editors list their own town's imports only.
  const [importA, importB] = await sql<{ id: string }>(
    t,
    `INSERT INTO spreadsheet_import (kind, dry_run, status, sha256, bytes, rows, actor_kind, actor_name, division_id)
     VALUES ('outcomes', true, 'VALID', repeat('a', 64), 100, 1, 'USER', '甲镇录入员', $1), ('outcomes', true, 'VALID', repeat('b', 64), 100, 1, 'USER', '乙镇录入员', $2)
     RETURNING id::text AS id`,
    [townA, townB],
  );

  // A handling unit (shared) and a suggestion in each town and at the county, each assigned with a
  // step, a reply, an instruction and a supervision note, authored by the shared broker.
  const [{ id: unit }] = await sql<{ id: string }>(t, `INSERT INTO handling_unit (name) VALUES ('两镇承办单位') RETURNING id::text AS id`);
  const suggestions: string[] = [];
  for (const divisionId of [townA, townB, place.county]) {
    const [{ id }] = await sql<{ id: string }>(
      t,
      `INSERT INTO suggestion (kind, title, topic, division_id, status, submitted_on, filed_on, lead_unit_id, assigned_on, deadline, round)
       VALUES ('PROPOSAL', '建言', '葡萄', $1, 'ASSIGNED', '2024-03-01', '2024-03-02', $2, '2024-03-03', '2024-06-03', 1) RETURNING id::text AS id`,
      [divisionId, unit],
    );
    await sql(t, `INSERT INTO suggestion_author (suggestion_id, member_id, position) VALUES ($1, $2, 0)`, [id, broker]);
    await sql(t, `INSERT INTO suggestion_base (suggestion_id, base_id) VALUES ($1, $2), ($1, $3)`, [id, baseA, baseB]);
    await sql(t, `INSERT INTO suggestion_assignment (suggestion_id, unit_id, role, assigned_on) VALUES ($1, $2, 'LEAD', '2024-03-03')`, [
      id,
      unit,
    ]);
    await sql(
      t,
      `INSERT INTO suggestion_step (suggestion_id, action, status_after, actor_kind, note) VALUES ($1, 'ASSIGN', 'ASSIGNED', 'SYSTEM', '交办')`,
      [id],
    );
    await sql(t, `INSERT INTO suggestion_instruction (suggestion_id, leader, text, given_on) VALUES ($1, '县长', '请办理', '2024-03-05')`, [
      id,
    ]);
    await sql(t, `INSERT INTO suggestion_supervision_note (suggestion_id, text, noted_on) VALUES ($1, '电话督办', '2024-04-01')`, [id]);
    await sql(
      t,
      `INSERT INTO suggestion_opinion (suggestion_id, unit_id, round, text, sent_on) VALUES ($1, $2, 1, '会办意见', '2024-03-10')`,
      [id, unit],
    );
    await sql(
      t,
      `INSERT INTO suggestion_reply (suggestion_id, unit_id, round, result, text, replied_on, deadline) VALUES ($1, $2, 0, 'A', '答复', '2024-03-20', '2024-06-03')`,
      [id, unit],
    );
    suggestions.push(id);
  }

  // Members' duty: the year's rules, an event held by each town's committee and one by the county's.
  const rules = proposedRules(2024);
  await sql(
    t,
    `INSERT INTO duty_rule_set (year, base_points, categories, items, excellent_from, good_from, competent_from)
     VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6, $7)`,
    [
      rules.year,
      rules.basePoints,
      JSON.stringify(rules.categories),
      JSON.stringify(rules.items),
      rules.excellentFrom,
      rules.goodFrom,
      rules.competentFrom,
    ],
  );
  const [eventA, eventB, eventCounty] = await sql<{ id: string }>(
    t,
    `INSERT INTO duty_event (division_id, kind, title, held_on)
     VALUES ($1, 'RESEARCH', '甲镇调研', '2024-04-01'), ($2, 'RESEARCH', '乙镇调研', '2024-04-02'), ($3, 'PLENARY', '全体会议', '2024-01-10')
     RETURNING id::text AS id`,
    [townA, townB, place.county],
  );
  await sql(
    t,
    `INSERT INTO duty_participant (event_id, member_id, attendance) VALUES ($1, $4, 'PRESENT'), ($2, $5, 'PRESENT'), ($3, $4, 'ABSENT')`,
    [eventA.id, eventB.id, eventCounty.id, broker, brokerB],
  );

  return {
    county: place.county,
    townA,
    townB,
    rows: {
      Division: { inside: [townA, villageA], outside: [place.province, place.city, place.county, townB, villageB] },
      Base: { inside: [baseA], outside: [baseB] },
      Match: { inside: [matchA], outside: [matchB, matchOnlyB] },
      ServiceActivity: { inside: [visitA.id], outside: [visitB.id, visitOnlyB.id] },
      OutcomeRecord: { inside: [recordA], outside: [recordB, recordOnlyB, recordCounty] },
      Enterprise: { inside: [enterprise, onlyInB], outside: [] },
      Member: { inside: [broker, brokerB], outside: [] },
      ServiceTeam: { inside: [team, teamB], outside: [] },
      SpreadsheetImport: { inside: [importA.id], outside: [importB.id] },
      HandlingUnit: { inside: [unit], outside: [] },
      Suggestion: { inside: [suggestions[0]], outside: [suggestions[1], suggestions[2]] },
      DutyEvent: { inside: [eventA.id], outside: [eventB.id, eventCounty.id] },
    },
    enterprise,
    broker,
    team,
    outsideFigures: {
      yuan: ['987654.32', '86420.5', '24681357', '765432.1', '543210.98', '13579.24', '7654321.09'],
      personTimes: ['97531', '86753', '64208'],
      mu: ['987.65'],
    },
  };
}

async function record(t: TestApp, input: Record<string, unknown>): Promise<string> {
  const data = await t.admin.ok<{ recordOutcome: { id: string } }>(RECORD, { input: { atLeast: false, ...input } });
  return data.recordOutcome.id;
}
