import { sql } from '../support/database.js';
import { baseFixture, enterpriseFixture, memberFixture, placeFixture, teamFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlResponse } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * One updatable type: how to create a row through the API, and an update that sets one column
 * to a value told apart by `n`, so every write leaves a trace to look for.
 */
interface Subject {
  type: string;
  table: string;
  column: string;
  create: () => Promise<{ id: string; version: number }>;
  /** The update's input fields besides id and version. */
  change: (n: number) => Record<string, unknown>;
  /** The column's stored text after `change(n)`. */
  stored: (n: number) => string;
}

describe('optimistic concurrency: version on every updatable type (版本)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let enterprise: string;
  let member: string;
  let team: string;
  let base: string;
  let created = 0;
  /** Distinct names per created row. */
  const fresh = (prefix: string) => `${prefix}${(created += 1)}-${Date.now() % 100000}`;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    enterprise = await enterpriseFixture(t);
    member = await memberFixture(t);
    team = await teamFixture(t, member);
    base = await baseFixture(t, place.village);
  });
  afterAll(() => t.close());

  const create = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
    const data = await t.admin.ok(`mutation($input: ${inputType}!) { result: ${mutation}(input: $input) { id version } }`, { input });
    return data.result as { id: string; version: number };
  };

  const subjects: Subject[] = [
    {
      type: 'Division',
      table: 'division',
      column: 'name',
      create: () => create('createDivision', 'CreateDivisionInput', { name: fresh('版本村'), level: 'VILLAGE', parentId: place.town }),
      change: (n) => ({ name: `改名村${n}` }),
      stored: (n) => `改名村${n}`,
    },
    {
      type: 'Base',
      table: 'base',
      column: 'name',
      create: () => create('createBase', 'CreateBaseInput', { name: fresh('版本基地'), villageId: place.village }),
      change: (n) => ({ name: `改名基地${n}` }),
      stored: (n) => `改名基地${n}`,
    },
    {
      type: 'Match',
      table: 'match',
      column: 'investment_yuan',
      create: () => create('createMatch', 'CreateMatchInput', { enterpriseId: enterprise, villageId: place.village, status: 'INTENT' }),
      change: (n) => ({ investmentYuan: `${n}000` }),
      stored: (n) => `${n}000.00`,
    },
    {
      type: 'OutcomeRecord',
      table: 'outcome_record',
      column: 'jobs_person_times',
      create: () =>
        create('recordOutcome', 'RecordOutcomeInput', { period: `${2000 + (created += 1)}`, baseId: base, jobsPersonTimes: '1' }),
      change: (n) => ({ jobsPersonTimes: `${n}` }),
      stored: (n) => `${n}`,
    },
    {
      type: 'User',
      table: 'app_user',
      column: 'username',
      create: () => create('createUser', 'CreateUserInput', { username: fresh('version-user-'), password: 'password-123', role: 'VIEWER' }),
      change: (n) => ({ username: `renamed-user-${n}` }),
      stored: (n) => `renamed-user-${n}`,
    },
    {
      type: 'ServiceTeam',
      table: 'service_team',
      column: 'name',
      create: () => create('createServiceTeam', 'CreateServiceTeamInput', { name: fresh('版本服务团'), leaderId: member }),
      change: (n) => ({ name: `改名服务团${n}` }),
      stored: (n) => `改名服务团${n}`,
    },
    {
      type: 'Enterprise',
      table: 'enterprise',
      column: 'name',
      create: () => create('createEnterprise', 'CreateEnterpriseInput', { name: fresh('版本企业') }),
      change: (n) => ({ name: `改名企业${n}` }),
      stored: (n) => `改名企业${n}`,
    },
    {
      type: 'Member',
      table: 'member',
      column: 'name',
      create: () => create('createMember', 'CreateMemberInput', { name: fresh('版本委员') }),
      change: (n) => ({ name: `改名委员${n}` }),
      stored: (n) => `改名委员${n}`,
    },
    {
      type: 'ServiceActivity',
      table: 'service_activity',
      column: 'topic',
      create: () =>
        create('recordServiceActivity', 'RecordServiceActivityInput', {
          teamId: team,
          baseId: base,
          date: '2024-05-01',
          topic: fresh('版本培训'),
        }),
      change: (n) => ({ topic: `改题培训${n}` }),
      stored: (n) => `改题培训${n}`,
    },
  ];

  describe.each(subjects)('$type', (subject) => {
    const mutation = `mutation($input: Update${subject.type}Input!) { result: update${subject.type}(input: $input) { id version } }`;
    let id: string;
    const update = (input: Record<string, unknown>): Promise<GraphqlResponse> => t.admin.request(mutation, { input: { id, ...input } });
    const stored = async () =>
      (
        await sql<{ version: number; value: string; row: unknown }>(
          t,
          `SELECT version, ${subject.column}::text AS value, to_jsonb(x) AS row FROM ${subject.table} x WHERE id = $1`,
          [id],
        )
      )[0];

    it('starts at version 1, and every update adds one, with or without a version sent', async () => {
      const row = await subject.create();
      id = row.id;
      expect(row.version).toBe(1);

      const withVersion = await update({ ...subject.change(1), version: 1 });
      expect(withVersion.errors).toBeUndefined();
      expect(withVersion.data?.result).toEqual({ id, version: 2 });
      expect(await stored()).toMatchObject({ version: 2, value: subject.stored(1) });

      // Left out, the update applies to whatever is stored.
      const without = await update(subject.change(2));
      expect(without.errors).toBeUndefined();
      expect(without.data?.result).toEqual({ id, version: 3 });
      expect(await stored()).toMatchObject({ version: 3, value: subject.stored(2) });
    });

    it('refuses a stale version (CONFLICT on version) and changes nothing', async () => {
      const before = await stored();
      const refused = await update({ ...subject.change(3), version: 2 });
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', fields: [{ field: 'version' }] });
      expect(refused.errors?.[0].message).toContain('第 3 版');
      expect(await stored()).toEqual(before);
    });

    it('lets exactly one of four concurrent updates carrying the same version win', async () => {
      const { version } = await stored();
      const attempts = [4, 5, 6, 7];
      const results = await Promise.all(attempts.map((n) => update({ ...subject.change(n), version })));
      const winners = attempts.filter((_n, index) => !results[index].errors);
      const losers = results.filter((result) => result.errors);
      expect(winners).toHaveLength(1);
      expect(losers.map((result) => result.errors?.[0].extensions?.code)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT']);
      expect(await stored()).toMatchObject({ version: version + 1, value: subject.stored(winners[0]) });
    });

    it('counts an update made outside the API too (the database keeps the version)', async () => {
      const { version } = await stored();
      await sql(t, `UPDATE ${subject.table} SET updated_at = now() WHERE id = $1`, [id]);
      expect((await stored()).version).toBe(version + 1);
      const refused = await update({ ...subject.change(8), version });
      expect(refused.errors?.[0].extensions?.code).toBe('CONFLICT');
      const accepted = await update({ ...subject.change(9), version: version + 1 });
      expect(accepted.data?.result).toEqual({ id, version: version + 2 });
    });
  });
});
