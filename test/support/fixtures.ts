import { sql } from './database.js';
import type { TestApp } from './test-app.js';

/**
 * Prerequisite rows inserted directly, for tests whose subject is something else (a match test
 * needs a village, an enterprise and a member, but tests only match operations). Each returns
 * the new id. Subjects themselves are always created through GraphQL.
 */

let sequence = 0;
function unique(prefix: string): string {
  sequence += 1;
  return `${prefix}${sequence}-${Date.now() % 100000}`;
}

async function insert(t: TestApp, text: string, parameters: unknown[]): Promise<string> {
  const [row] = await sql<{ id: string }>(t, `${text} RETURNING id::text AS id`, parameters);
  return row.id;
}

export interface PlaceFixture {
  province: string;
  city: string;
  county: string;
  town: string;
  village: string;
}

/** 省 › 市 › 县 › 乡镇 › 村, freshly named. */
export async function placeFixture(t: TestApp): Promise<PlaceFixture> {
  const province = await divisionFixture(t, 'PROVINCE', null, '测试省');
  const city = await divisionFixture(t, 'CITY', province, '测试市');
  const county = await divisionFixture(t, 'COUNTY', city, '测试县');
  const town = await divisionFixture(t, 'TOWN', county, '测试镇');
  const village = await divisionFixture(t, 'VILLAGE', town, '测试村');
  return { province, city, county, town, village };
}

export function divisionFixture(t: TestApp, level: string, parentId: string | null, name = '区划'): Promise<string> {
  return insert(t, `INSERT INTO division (name, level, parent_id) VALUES ($1, $2, $3)`, [unique(name), level, parentId]);
}

export function enterpriseFixture(t: TestApp, name = '企业'): Promise<string> {
  return insert(t, `INSERT INTO enterprise (name) VALUES ($1)`, [unique(name)]);
}

export function memberFixture(t: TestApp, name = '委员'): Promise<string> {
  return insert(t, `INSERT INTO member (name) VALUES ($1)`, [unique(name)]);
}

export function baseFixture(t: TestApp, villageId: string, options: { operatorId?: string; areaMu?: string } = {}): Promise<string> {
  return insert(t, `INSERT INTO base (name, village_id, operator_id, area_mu) VALUES ($1, $2, $3, $4)`, [
    unique('基地'),
    villageId,
    options.operatorId ?? null,
    options.areaMu ?? null,
  ]);
}

export async function matchFixture(
  t: TestApp,
  options: { enterpriseId: string; villageId: string; baseId?: string; brokerIds?: string[]; status?: string },
): Promise<string> {
  const id = await insert(t, `INSERT INTO match (enterprise_id, village_id, base_id, status) VALUES ($1, $2, $3, $4)`, [
    options.enterpriseId,
    options.villageId,
    options.baseId ?? null,
    options.status ?? 'OPERATING',
  ]);
  for (const memberId of options.brokerIds ?? []) {
    await sql(t, `INSERT INTO match_broker (match_id, member_id) VALUES ($1, $2)`, [id, memberId]);
  }
  return id;
}

export function teamFixture(t: TestApp, leaderId: string): Promise<string> {
  return insert(t, `INSERT INTO service_team (name, leader_id) VALUES ($1, $2)`, [unique('服务团'), leaderId]);
}
