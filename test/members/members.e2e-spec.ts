import { jest } from '@jest/globals';

import { EnterpriseRepository } from '@rural/enterprises';
import { MemberRepository } from '@rural/members';

import { graphql } from '../generated/gql.js';
import type { CreateMemberInput, UpdateMemberInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import { enterpriseFixture, matchFixture, memberFixture, placeFixture, teamFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

graphql(`
  fragment MembersFields on Member {
    id
    name
    sector
    title
    enterpriseIds
    enterprises {
      id
      name
    }
  }
`);
const CREATE = graphql(`
  mutation MembersCreate($input: CreateMemberInput!) {
    createMember(input: $input) {
      ...MembersFields
    }
  }
`);
const UPDATE = graphql(`
  mutation MembersUpdate($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      ...MembersFields
    }
  }
`);
const DELETE = graphql(`
  mutation MembersDelete($id: ID!) {
    deleteMember(id: $id)
  }
`);
const ONE = graphql(`
  query MembersOne($id: ID!) {
    member(id: $id) {
      ...MembersFields
    }
  }
`);
const LIST = graphql(`
  query MembersList($search: String, $skip: Int, $take: Int) {
    members(search: $search, skip: $skip, take: $take) {
      items {
        name
      }
      totalItems
    }
  }
`);
const ENTERPRISE_MEMBERS = graphql(`
  query MembersOfEnterprise($id: ID!) {
    enterprise(id: $id) {
      members {
        name
      }
    }
  }
`);
const PAGE_WITH_RELATIONS = graphql(`
  query MembersPageWithRelations {
    members {
      items {
        name
        enterprises {
          name
          members {
            name
          }
        }
      }
    }
  }
`);
const ENTERPRISE_ID = graphql(`
  query MembersEnterpriseId($id: ID!) {
    enterprise(id: $id) {
      id
    }
  }
`);
const DELETE_ENTERPRISE = graphql(`
  mutation MembersDeleteEnterprise($id: ID!) {
    deleteEnterprise(id: $id)
  }
`);

const byId = (a: string, b: string) => Number(a) - Number(b);

/** The tables below are built before any enterprise exists: 'ENTERPRISE' stands for a real one. */
function withEnterprise<T extends { enterpriseIds?: (string | number)[] | string | number | null }>(input: T, enterpriseId: string): T {
  const ids = input.enterpriseIds;
  return Array.isArray(ids) ? { ...input, enterpriseIds: ids.map((id) => (id === 'ENTERPRISE' ? enterpriseId : id)) } : input;
}

describe('members (政协委员)', () => {
  let t: TestApp;
  let viewer: GraphqlClient;
  let vineyard: string;
  let orchard: string;
  let liang: string;

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.clientWithRole('VIEWER');
    vineyard = await enterpriseFixture(t, '葡萄公司');
    orchard = await enterpriseFixture(t, '果园公司');
  });
  afterAll(() => t.close());

  const create = async (input: CreateMemberInput) => (await t.admin.ok(CREATE, { input })).createMember;

  it('creates a member with the enterprises they own or represent, and reads them back', async () => {
    const created = await create({ name: ' 梁贤勇 ', sector: '经济界', title: '县政协委员', enterpriseIds: [orchard, vineyard] });
    liang = created.id;
    expect(created).toMatchObject({ name: '梁贤勇', sector: '经济界', title: '县政协委员' });
    // Listed in id order whatever order they were given in.
    expect(created.enterpriseIds).toEqual([vineyard, orchard].sort(byId));
    expect(created.enterprises.map((enterprise) => enterprise.id)).toEqual(created.enterpriseIds);
    expect((await t.admin.ok(ONE, { id: liang })).member).toEqual(created);
  });

  it('creates a member without sector, title or enterprises', async () => {
    const created = await create({ name: '韦建东' });
    expect(created).toMatchObject({ sector: null, title: null, enterpriseIds: [], enterprises: [] });
  });

  it('answers null for a member that does not exist', async () => {
    expect((await t.admin.ok(ONE, { id: '999999' })).member).toBeNull();
  });

  it('shows on an enterprise the members linked to it', async () => {
    const other = await create({ name: '覃委员', enterpriseIds: [vineyard] });
    expect((await t.admin.ok(ENTERPRISE_MEMBERS, { id: vineyard })).enterprise?.members).toEqual([{ name: '梁贤勇' }, { name: '覃委员' }]);
    expect((await t.admin.ok(ENTERPRISE_MEMBERS, { id: await enterpriseFixture(t) })).enterprise?.members).toEqual([]);
    await t.admin.ok(DELETE, { id: other.id });
  });

  it('resolves the relations of a whole page with one batched query per level', async () => {
    const second = await create({ name: '第二位委员', enterpriseIds: [orchard] });
    const enterpriseLookups = jest.spyOn(t.app.get(EnterpriseRepository), 'findByIds');
    const memberLookups = jest.spyOn(t.app.get(MemberRepository), 'findByIds');
    try {
      const data = await t.admin.ok(PAGE_WITH_RELATIONS);
      const liangRow = data.members.items.find((member) => member.name === '梁贤勇');
      expect(liangRow?.enterprises).toHaveLength(2);
      expect(liangRow?.enterprises.find((enterprise) => enterprise.name.startsWith('葡萄公司'))?.members).toEqual([{ name: '梁贤勇' }]);
      expect(liangRow?.enterprises.find((enterprise) => enterprise.name.startsWith('果园公司'))?.members).toEqual([
        { name: '梁贤勇' },
        { name: '第二位委员' },
      ]);
      expect(enterpriseLookups).toHaveBeenCalledTimes(1);
      expect(memberLookups).toHaveBeenCalledTimes(1);
    } finally {
      enterpriseLookups.mockRestore();
      memberLookups.mockRestore();
      await t.admin.ok(DELETE, { id: second.id });
    }
  });

  describe('the list', () => {
    beforeAll(async () => {
      await create({ name: '韦小明' });
      await create({ name: '黄_丽' });
    });

    it('pages in id order and counts every member', async () => {
      const all = (await t.admin.ok(LIST, {})).members;
      expect(all.items.map((member: { name: string }) => member.name)).toEqual(['梁贤勇', '韦建东', '韦小明', '黄_丽']);
      expect(all.totalItems).toBe(4);
      expect((await t.admin.ok(LIST, { skip: 2, take: 1 })).members).toEqual({ items: [{ name: '韦小明' }], totalItems: 4 });
    });

    it('searches names, taking _ literally', async () => {
      expect((await t.admin.ok(LIST, { search: '韦' })).members).toEqual({
        items: [{ name: '韦建东' }, { name: '韦小明' }],
        totalItems: 2,
      });
      expect((await t.admin.ok(LIST, { search: '_' })).members.items).toEqual([{ name: '黄_丽' }]);
    });
  });

  it.each<[string, CreateMemberInput, string, string]>([
    ['a blank name', { name: '   ' }, 'BAD_USER_INPUT', 'name'],
    ['a name over 50 characters', { name: '名'.repeat(51) }, 'BAD_USER_INPUT', 'name'],
    ['a sector over 100 characters', { name: '甲', sector: '界'.repeat(101) }, 'BAD_USER_INPUT', 'sector'],
    ['an enterprise given twice', { name: '甲', enterpriseIds: ['ENTERPRISE', 'ENTERPRISE'] }, 'BAD_USER_INPUT', 'enterpriseIds'],
    ['a malformed enterprise id', { name: '甲', enterpriseIds: ['abc'] }, 'BAD_USER_INPUT', 'enterpriseIds'],
    ['an enterprise that does not exist', { name: '甲', enterpriseIds: ['ENTERPRISE', '999999'] }, 'NOT_FOUND', 'enterpriseIds'],
  ])('refuses %s and stores nothing', async (_label, raw, code, field) => {
    const input = withEnterprise(raw, vineyard);
    const before = { members: await countRows(t, 'member'), links: await countRows(t, 'member_enterprise') };
    const error = await t.admin.fails(CREATE, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect({ members: await countRows(t, 'member'), links: await countRows(t, 'member_enterprise') }).toEqual(before);
  });

  describe('updates', () => {
    let member: string;

    beforeAll(async () => {
      member = (await create({ name: '蓝委员', sector: '农业界', title: '合作社理事长', enterpriseIds: [vineyard] })).id;
    });

    it('change only the fields given and keep the enterprises when enterpriseIds is left out', async () => {
      const data = await t.admin.ok(UPDATE, { input: { id: member, title: '县政协常委' } });
      expect(data.updateMember).toMatchObject({ name: '蓝委员', sector: '农业界', title: '县政协常委', enterpriseIds: [vineyard] });
    });

    it('replace the whole set of enterprises when enterpriseIds is given', async () => {
      const replaced = await t.admin.ok(UPDATE, { input: { id: member, enterpriseIds: [orchard] } });
      expect(replaced.updateMember.enterpriseIds).toEqual([orchard]);
      const both = await t.admin.ok(UPDATE, { input: { id: member, enterpriseIds: [vineyard, orchard] } });
      expect(both.updateMember.enterpriseIds).toEqual([vineyard, orchard].sort(byId));
    });

    it('clear optional fields and the enterprises with null or an empty list', async () => {
      const emptied = await t.admin.ok(UPDATE, { input: { id: member, enterpriseIds: [], sector: null } });
      expect(emptied.updateMember).toMatchObject({ sector: null, enterpriseIds: [], enterprises: [] });
      await t.admin.ok(UPDATE, { input: { id: member, enterpriseIds: [orchard] } });
      const cleared = await t.admin.ok(UPDATE, { input: { id: member, enterpriseIds: null, title: null } });
      expect(cleared.updateMember).toMatchObject({ title: null, enterpriseIds: [] });
    });

    it.each<[string, Omit<UpdateMemberInput, 'id'>, string, string]>([
      ['clearing the name', { name: null }, 'BAD_USER_INPUT', 'name'],
      ['a name over 50 characters', { name: '名'.repeat(51) }, 'BAD_USER_INPUT', 'name'],
      ['an enterprise given twice', { name: '新名字', enterpriseIds: ['ENTERPRISE', 'ENTERPRISE'] }, 'BAD_USER_INPUT', 'enterpriseIds'],
      ['an enterprise that does not exist', { name: '新名字', enterpriseIds: ['ENTERPRISE', '999999'] }, 'NOT_FOUND', 'enterpriseIds'],
    ])('refuse %s and change nothing', async (_label, changes, code, field) => {
      await t.admin.ok(UPDATE, { input: { id: member, enterpriseIds: [vineyard] } });
      const before = (await t.admin.ok(ONE, { id: member })).member;
      const error = await t.admin.fails(UPDATE, { input: { id: member, ...withEnterprise(changes, orchard) } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect((await t.admin.ok(ONE, { id: member })).member).toEqual(before);
    });

    it('answer NOT_FOUND for a member that does not exist', async () => {
      expect((await t.admin.fails(UPDATE, { input: { id: '999999', name: '某人' } })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('deletes', () => {
    it.each([
      [
        'brokers a match',
        async (memberId: string) => {
          await matchFixture(t, {
            enterpriseId: await enterpriseFixture(t),
            villageId: (await placeFixture(t)).village,
            brokerIds: [memberId],
          });
        },
      ],
      [
        'leads a service team',
        async (memberId: string) => {
          await teamFixture(t, memberId);
        },
      ],
      [
        'serves on a service team',
        async (memberId: string) => {
          const team = await teamFixture(t, await memberFixture(t));
          await sql(t, 'INSERT INTO service_team_member (team_id, member_id) VALUES ($1, $2)', [team, memberId]);
        },
      ],
    ])('are refused with CONFLICT while the member %s', async (_label, depend) => {
      const id = await memberFixture(t);
      await depend(id);
      const error = await t.admin.fails(DELETE, { id });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/不能删除/);
      expect((await t.admin.ok(ONE, { id })).member).not.toBeNull();
    });

    it('remove a member together with their enterprise links, leaving the enterprises', async () => {
      const { id } = await create({ name: '临时委员', enterpriseIds: [vineyard, orchard] });
      const links = await countRows(t, 'member_enterprise');
      expect((await t.admin.ok(DELETE, { id })).deleteMember).toBe(id);
      expect((await t.admin.ok(ONE, { id })).member).toBeNull();
      expect(await countRows(t, 'member_enterprise')).toBe(links - 2);
      expect((await t.admin.ok(ENTERPRISE_ID, { id: vineyard })).enterprise).not.toBeNull();
    });

    it('answer NOT_FOUND for a member that does not exist', async () => {
      expect((await t.admin.fails(DELETE, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('keeps an enterprise that members are linked to from being deleted', async () => {
    const error = await t.admin.fails(DELETE_ENTERPRISE, { id: vineyard });
    expect(error.extensions?.code).toBe('CONFLICT');
  });

  it('lets a viewer read but not write', async () => {
    expect((await viewer.ok(ONE, { id: liang })).member?.name).toBe('梁贤勇');
    const before = { members: await countRows(t, 'member'), links: await countRows(t, 'member_enterprise') };
    for (const write of [
      () => viewer.fails(CREATE, { input: { name: '观察员加的委员' } }),
      () => viewer.fails(UPDATE, { input: { id: liang, enterpriseIds: [] } }),
      () => viewer.fails(DELETE, { id: liang }),
    ]) {
      expect((await write()).extensions?.code).toBe('FORBIDDEN');
    }
    expect({ members: await countRows(t, 'member'), links: await countRows(t, 'member_enterprise') }).toEqual(before);
  });
});
