import { graphql } from '../generated/gql.js';
import type { CreateServiceTeamInput, UpdateServiceTeamInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import { baseFixture, memberFixture, placeFixture, teamFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

graphql(`
  fragment ServiceTeamsFields on ServiceTeam {
    id
    name
    leaderId
    memberIds
    leader {
      id
      name
    }
    members {
      id
      name
    }
  }
`);
const CREATE = graphql(`
  mutation ServiceTeamsCreate($input: CreateServiceTeamInput!) {
    createServiceTeam(input: $input) {
      ...ServiceTeamsFields
    }
  }
`);
const UPDATE = graphql(`
  mutation ServiceTeamsUpdate($input: UpdateServiceTeamInput!) {
    updateServiceTeam(input: $input) {
      ...ServiceTeamsFields
    }
  }
`);
const DELETE = graphql(`
  mutation ServiceTeamsDelete($id: ID!) {
    deleteServiceTeam(id: $id)
  }
`);
const RECORD = graphql(`
  mutation ServiceTeamsRecordActivity($input: RecordServiceActivityInput!) {
    recordServiceActivity(input: $input) {
      id
    }
  }
`);
const TEAM = graphql(`
  query ServiceTeamsOne($id: ID!) {
    serviceTeam(id: $id) {
      ...ServiceTeamsFields
    }
  }
`);
const PAGE = graphql(`
  query ServiceTeamsPage($skip: Int, $take: Int) {
    serviceTeams(skip: $skip, take: $take) {
      items {
        id
      }
      totalItems
    }
  }
`);
const OF_MEMBER = graphql(`
  query ServiceTeamsOfMember($memberId: ID) {
    serviceTeams(memberId: $memberId) {
      items {
        name
      }
      totalItems
    }
  }
`);
const WHOLE_LIST = graphql(`
  query ServiceTeamsWholeList {
    serviceTeams(take: 100) {
      items {
        name
        leader {
          id
          ledTeams {
            name
          }
        }
        members {
          id
        }
        memberIds
      }
    }
  }
`);

describe('service teams (农业科技服务团)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let base: string;
  let weiJiandong: string;
  let expertA: string;
  let expertB: string;
  let expertC: string;

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    base = await baseFixture(t, place.village);
    weiJiandong = await memberFixture(t, '韦建东');
    expertA = await memberFixture(t, '专家甲');
    expertB = await memberFixture(t, '专家乙');
    expertC = await memberFixture(t, '专家丙');
  });
  afterAll(() => t.close());

  async function createTeam(input: CreateServiceTeamInput, client: GraphqlClient = t.admin) {
    return (await client.ok(CREATE, { input })).createServiceTeam;
  }

  async function linkCount(teamId: string): Promise<number> {
    const [row] = await sql<{ count: number }>(t, 'SELECT count(*)::int AS count FROM service_team_member WHERE team_id = $1', [teamId]);
    return row.count;
  }

  it('forms a team under its leader with its members', async () => {
    const team = await createTeam({ name: '  东兰县农业科技服务团 ', leaderId: weiJiandong, memberIds: [expertB, expertA] });
    expect(team).toMatchObject({ name: '东兰县农业科技服务团', leaderId: weiJiandong, leader: { id: weiJiandong } });
    expect(team.leader.name).toMatch(/^韦建东/);
    expect(team.memberIds).toEqual([expertA, expertB]);
    expect(team.members.map((member) => member.id)).toEqual([expertA, expertB]);

    const read = (await t.admin.ok(TEAM, { id: team.id })).serviceTeam;
    expect(read).toEqual(team);
  });

  it('forms a team with only its leader when no members are given', async () => {
    const team = await createTeam({ name: '葡萄技术小组', leaderId: expertC });
    expect(team.memberIds).toEqual([]);
    expect(team.members).toEqual([]);
  });

  it('answers null for a team that does not exist', async () => {
    expect((await t.admin.ok(TEAM, { id: '987654' })).serviceTeam).toBeNull();
  });

  it('lists teams in pages, with the total', async () => {
    const all = (await t.admin.ok(PAGE)).serviceTeams;
    expect(all.totalItems).toBeGreaterThanOrEqual(2);
    const ids = all.items.map((team) => team.id);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a) - Number(b)));
    const second = (await t.admin.ok(PAGE, { skip: 1, take: 1 })).serviceTeams;
    expect(second).toEqual({ items: [{ id: ids[1] }], totalItems: all.totalItems });
  });

  it('lists the teams a member leads or serves on', async () => {
    const led = await createTeam({ name: '茶叶服务团', leaderId: expertA, memberIds: [] });
    const ofA = (await t.admin.ok(OF_MEMBER, { memberId: expertA })).serviceTeams;
    expect(ofA.items.map((team) => team.name)).toEqual(['东兰县农业科技服务团', led.name]);
    expect(ofA.totalItems).toBe(2);
    const nobody = await memberFixture(t, '旁观委员');
    expect((await t.admin.ok(OF_MEMBER, { memberId: nobody })).serviceTeams).toEqual({ items: [], totalItems: 0 });
  });

  it("answers leader, members and a member's led teams for a whole list", async () => {
    const teams = (await t.admin.ok(WHOLE_LIST)).serviceTeams.items;
    const main = teams.find((team) => team.name === '东兰县农业科技服务团');
    expect(main?.leader.ledTeams).toEqual([{ name: '东兰县农业科技服务团' }]);
    for (const team of teams) expect(team.members.map((member) => member.id)).toEqual(team.memberIds);
    expect(teams.find((team) => team.name === '茶叶服务团')?.leader.ledTeams).toEqual([{ name: '茶叶服务团' }]);
  });

  it.each<[string, Partial<CreateServiceTeamInput>, string, string]>([
    ['a blank name', { name: '   ' }, 'BAD_USER_INPUT', 'name'],
    ['a name over 200 characters', { name: '团'.repeat(201) }, 'BAD_USER_INPUT', 'name'],
    ['a malformed leader id', { leaderId: 'abc' }, 'BAD_USER_INPUT', 'leaderId'],
    ['a leader who does not exist', { leaderId: '987654' }, 'NOT_FOUND', 'leaderId'],
    ['a member who does not exist', { memberIds: ['987654'] }, 'NOT_FOUND', 'memberIds'],
    ['a member listed twice', { memberIds: ['A', 'A'] }, 'BAD_USER_INPUT', 'memberIds'],
    ['the leader listed as a member', { memberIds: ['LEADER', 'A'] }, 'BAD_USER_INPUT', 'memberIds'],
  ])('refuses %s and stores nothing', async (_label, overrides, code, field) => {
    const names: Record<string, string> = { A: expertA, LEADER: weiJiandong };
    const input: CreateServiceTeamInput = { name: '新服务团', leaderId: weiJiandong, memberIds: [expertB], ...overrides };
    if (Array.isArray(input.memberIds)) input.memberIds = input.memberIds.map((id) => names[id] ?? id);
    const teamsBefore = await countRows(t, 'service_team');
    const linksBefore = await countRows(t, 'service_team_member');
    const error = await t.admin.fails(CREATE, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t, 'service_team')).toBe(teamsBefore);
    expect(await countRows(t, 'service_team_member')).toBe(linksBefore);
  });

  describe('updateServiceTeam', () => {
    let team: string;
    let made = 0;
    beforeEach(async () => {
      // A name of its own per test: team names are unique (UQ_service_team_name) and one test renames.
      team = (await createTeam({ name: `待修改服务团${++made}`, leaderId: weiJiandong, memberIds: [expertA, expertB] })).id;
    });

    it('renames and keeps the members when memberIds is left out', async () => {
      const updated = (await t.admin.ok(UPDATE, { input: { id: team, name: '新名称服务团' } })).updateServiceTeam;
      expect(updated).toMatchObject({ name: '新名称服务团', leaderId: weiJiandong, memberIds: [expertA, expertB] });
    });

    it('replaces the members when memberIds is given, and clears them with []', async () => {
      expect((await t.admin.ok(UPDATE, { input: { id: team, memberIds: [expertC] } })).updateServiceTeam.memberIds).toEqual([expertC]);
      expect((await t.admin.ok(UPDATE, { input: { id: team, memberIds: [] } })).updateServiceTeam.memberIds).toEqual([]);
      expect(await linkCount(team)).toBe(0);
    });

    it('hands the lead to a member when the same change takes them off the member list', async () => {
      const updated = (await t.admin.ok(UPDATE, { input: { id: team, leaderId: expertA, memberIds: [expertB, weiJiandong] } }))
        .updateServiceTeam;
      expect(updated).toMatchObject({ leaderId: expertA, memberIds: [weiJiandong, expertB] });
    });

    it.each<[string, Omit<UpdateServiceTeamInput, 'id'>, string, string]>([
      ['a member made leader while still listed', { leaderId: 'A' }, 'BAD_USER_INPUT', 'leaderId'],
      ['the leader added as a member', { memberIds: ['LEADER'] }, 'BAD_USER_INPUT', 'memberIds'],
      ['a cleared name', { name: null }, 'BAD_USER_INPUT', 'name'],
      ['a leader who does not exist', { leaderId: '987654' }, 'NOT_FOUND', 'leaderId'],
      ['a member who does not exist', { memberIds: ['987654'] }, 'NOT_FOUND', 'memberIds'],
    ])('refuses %s and changes nothing', async (_label, overrides, code, field) => {
      const names: Record<string, string> = { A: expertA, LEADER: weiJiandong };
      const changes = { ...overrides };
      if (typeof changes.leaderId === 'string') changes.leaderId = names[changes.leaderId] ?? changes.leaderId;
      if (Array.isArray(changes.memberIds)) changes.memberIds = changes.memberIds.map((id) => names[id] ?? id);
      const before = (await t.admin.ok(TEAM, { id: team })).serviceTeam;
      const error = await t.admin.fails(UPDATE, { input: { id: team, ...changes } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect((await t.admin.ok(TEAM, { id: team })).serviceTeam).toEqual(before);
    });

    it('says NOT_FOUND for a team that does not exist', async () => {
      const error = await t.admin.fails(UPDATE, { input: { id: '987654', name: '无' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('deleteServiceTeam', () => {
    it('removes a team and its member list, keeping the members', async () => {
      const team = (await createTeam({ name: '临时服务团', leaderId: expertC, memberIds: [expertA] })).id;
      const members = await countRows(t, 'member');
      expect((await t.admin.ok(DELETE, { id: team })).deleteServiceTeam).toBe(team);
      expect((await t.admin.ok(TEAM, { id: team })).serviceTeam).toBeNull();
      expect(await linkCount(team)).toBe(0);
      expect(await countRows(t, 'member')).toBe(members);
    });

    it('refuses (CONFLICT) while the team has service activities', async () => {
      const team = (await createTeam({ name: '有活动的服务团', leaderId: expertC, memberIds: [expertA] })).id;
      await t.admin.ok(RECORD, { input: { teamId: team, baseId: base, date: '2024-05-01', topic: '葡萄修剪技术培训' } });
      const error = await t.admin.fails(DELETE, { id: team });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/服务活动/);
      expect((await t.admin.ok(TEAM, { id: team })).serviceTeam?.memberIds).toEqual([expertA]);
    });

    it('refuses (CONFLICT) while outcome records name the team', async () => {
      const team = await teamFixture(t, weiJiandong);
      await sql(
        t,
        `INSERT INTO outcome_record (period, division_id, team_id, area_mu, output_value_yuan) VALUES ('2024', $1, $2, 11897, 24259000)`,
        [place.county, team],
      );
      const error = await t.admin.fails(DELETE, { id: team });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/成效记录/);
      expect((await t.admin.ok(TEAM, { id: team })).serviceTeam).not.toBeNull();
    });

    it('says NOT_FOUND for a team that does not exist', async () => {
      expect((await t.admin.fails(DELETE, { id: '987654' })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('lets a viewer read teams but not change them', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const team = await teamFixture(t, weiJiandong);
    expect((await viewer.ok(TEAM, { id: team })).serviceTeam?.id).toBe(team);
    const before = await countRows(t, 'service_team');
    for (const write of [
      () => viewer.fails(CREATE, { input: { name: '越权服务团', leaderId: weiJiandong } }),
      () => viewer.fails(UPDATE, { input: { id: team, name: '越权改名' } }),
      () => viewer.fails(DELETE, { id: team }),
    ]) {
      expect((await write()).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countRows(t, 'service_team')).toBe(before);
    const after = (await t.admin.ok(TEAM, { id: team })).serviceTeam;
    expect(after?.id).toBe(team);
    expect(after?.name).not.toBe('越权改名');
  });

  describe('natural key: team names are unique (UQ_service_team_name)', () => {
    it('refuses (CONFLICT) a second team of the same name, naming the first, and stores nothing', async () => {
      const first = await createTeam({ name: '同名服务团', leaderId: expertC });
      const before = await countRows(t, 'service_team');
      const error = await t.admin.fails(CREATE, { input: { name: ' 同名服务团 ', leaderId: weiJiandong } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['name']);
      expect(error.message).toBe(`已有名为“同名服务团”的服务团（编号 ${first.id}）`);
      expect(await countRows(t, 'service_team')).toBe(before);
    });

    it("refuses (CONFLICT) renaming a team to another team's name", async () => {
      await createTeam({ name: '先成立的服务团', leaderId: expertC });
      const later = await createTeam({ name: '后成立的服务团', leaderId: expertC });
      expect((await t.admin.fails(UPDATE, { input: { id: later.id, name: '先成立的服务团' } })).extensions?.code).toBe('CONFLICT');
    });
  });
});
