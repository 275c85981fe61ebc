import { graphql } from '../generated/gql.js';
import type { CreateEnterpriseInput, UpdateEnterpriseInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import { baseFixture, enterpriseFixture, matchFixture, memberFixture, placeFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

graphql(`
  fragment EnterprisesFields on Enterprise {
    id
    name
    creditCode
    industry
  }
`);
const CREATE = graphql(`
  mutation EnterprisesCreate($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      ...EnterprisesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation EnterprisesUpdate($input: UpdateEnterpriseInput!) {
    updateEnterprise(input: $input) {
      ...EnterprisesFields
    }
  }
`);
const DELETE = graphql(`
  mutation EnterprisesDelete($id: ID!) {
    deleteEnterprise(id: $id)
  }
`);
const ONE = graphql(`
  query EnterprisesOne($id: ID!) {
    enterprise(id: $id) {
      ...EnterprisesFields
    }
  }
`);
const LIST = graphql(`
  query EnterprisesList($search: String, $industry: String, $skip: Int, $take: Int) {
    enterprises(search: $search, industry: $industry, skip: $skip, take: $take) {
      items {
        name
      }
      totalItems
    }
  }
`);

// Valid 统一社会信用代码 (check characters per GB 32100-2015).
const CODE_A = '91350100M000100Y43';
const CODE_B = '91451224MA5K00000M';
const CODE_C = '92451224MA5K12345D';

describe('enterprises (企业)', () => {
  let t: TestApp;
  let viewer: GraphqlClient;
  let grapes: string;

  beforeAll(async () => {
    t = await startTestApp();
    viewer = await t.clientWithRole('VIEWER');
  });
  afterAll(() => t.close());

  const create = async (input: CreateEnterpriseInput) => (await t.admin.ok(CREATE, { input })).createEnterprise;

  it('creates an enterprise, normalising the credit code, and reads it back', async () => {
    const created = await create({ name: '  东兰共耕农业有限公司 ', creditCode: ` ${CODE_A.toLowerCase()} `, industry: '葡萄种植' });
    grapes = created.id;
    expect(created).toEqual({ id: grapes, name: '东兰共耕农业有限公司', creditCode: CODE_A, industry: '葡萄种植' });
    expect((await t.admin.ok(ONE, { id: grapes })).enterprise).toEqual(created);
    const [stored] = await sql<{ credit_code: string }>(t, 'SELECT credit_code FROM enterprise WHERE id = $1', [grapes]);
    expect(stored.credit_code).toBe(CODE_A);
  });

  it('lets the credit code and industry be unknown, for several enterprises', async () => {
    const first = await create({ name: '梁贤勇委员的企业（原文未具名）' });
    const second = await create({ name: '另一家未登记代码的企业', creditCode: '   ', industry: null });
    expect(first).toMatchObject({ creditCode: null, industry: null });
    expect(second).toMatchObject({ creditCode: null, industry: null });
  });

  it('answers null for an enterprise that does not exist', async () => {
    expect((await t.admin.ok(ONE, { id: '999999' })).enterprise).toBeNull();
  });

  describe('the list', () => {
    beforeAll(async () => {
      await create({ name: 'Guangxi Grape Co.', industry: '葡萄种植' });
      await create({ name: '东兰100%油茶合作社', industry: '油茶' });
    });

    it('pages in id order and counts every match', async () => {
      const all = (await t.admin.ok(LIST, {})).enterprises;
      expect(all.totalItems).toBe(5);
      const page = (await t.admin.ok(LIST, { skip: 1, take: 2 })).enterprises;
      expect(page).toEqual({ items: all.items.slice(1, 3), totalItems: 5 });
    });

    it('searches names in any case and takes % and _ literally', async () => {
      expect((await t.admin.ok(LIST, { search: 'grape' })).enterprises).toEqual({ items: [{ name: 'Guangxi Grape Co.' }], totalItems: 1 });
      expect((await t.admin.ok(LIST, { search: '东兰' })).enterprises.totalItems).toBe(2);
      expect((await t.admin.ok(LIST, { search: '100%' })).enterprises.items).toEqual([{ name: '东兰100%油茶合作社' }]);
      expect((await t.admin.ok(LIST, { search: '%' })).enterprises.totalItems).toBe(1);
      expect((await t.admin.ok(LIST, { search: '_' })).enterprises.totalItems).toBe(0);
    });

    it('filters by industry, also together with a search', async () => {
      expect((await t.admin.ok(LIST, { industry: '葡萄种植' })).enterprises.totalItems).toBe(2);
      expect((await t.admin.ok(LIST, { industry: '葡萄种植', search: '东兰' })).enterprises.items).toEqual([
        { name: '东兰共耕农业有限公司' },
      ]);
    });

    it('refuses a page larger than 100', async () => {
      const error = await t.admin.fails(LIST, { take: 101 });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain('take');
    });
  });

  it.each<[string, CreateEnterpriseInput, string, string]>([
    ['a blank name', { name: '  ' }, 'BAD_USER_INPUT', 'name'],
    ['a name over 200 characters', { name: '企'.repeat(201) }, 'BAD_USER_INPUT', 'name'],
    ['a credit code of the wrong length', { name: '甲公司', creditCode: '91350100M000100Y4' }, 'BAD_USER_INPUT', 'creditCode'],
    ['a credit code with a forbidden letter', { name: '甲公司', creditCode: '91350100M000100I43' }, 'BAD_USER_INPUT', 'creditCode'],
    ['a credit code with a wrong check character', { name: '甲公司', creditCode: '91350100M000100Y44' }, 'BAD_USER_INPUT', 'creditCode'],
    ['an industry over 100 characters', { name: '甲公司', industry: '农'.repeat(101) }, 'BAD_USER_INPUT', 'industry'],
    ['a credit code already registered', { name: '甲公司', creditCode: CODE_A }, 'CONFLICT', 'creditCode'],
    [
      'a credit code already registered, typed in lower case',
      { name: '甲公司', creditCode: CODE_A.toLowerCase() },
      'CONFLICT',
      'creditCode',
    ],
  ])('refuses %s and stores nothing', async (_label, input, code, field) => {
    const before = await countRows(t, 'enterprise');
    const error = await t.admin.fails(CREATE, { input });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await countRows(t, 'enterprise')).toBe(before);
  });

  describe('updates', () => {
    let other: string;

    beforeAll(async () => {
      other = (await create({ name: '乙公司', creditCode: CODE_B, industry: '蔬菜' })).id;
    });

    it("change only the fields given and keep the enterprise's own code", async () => {
      const data = await t.admin.ok(UPDATE, { input: { id: other, name: '乙农业公司', creditCode: CODE_B } });
      expect(data.updateEnterprise).toEqual({ id: other, name: '乙农业公司', creditCode: CODE_B, industry: '蔬菜' });
    });

    it('normalise a new code and clear optional fields with null', async () => {
      const changed = await t.admin.ok(UPDATE, { input: { id: other, creditCode: CODE_C.toLowerCase() } });
      expect(changed.updateEnterprise.creditCode).toBe(CODE_C);
      const cleared = await t.admin.ok(UPDATE, { input: { id: other, creditCode: null, industry: null } });
      expect(cleared.updateEnterprise).toEqual({ id: other, name: '乙农业公司', creditCode: null, industry: null });
    });

    it.each<[string, Omit<UpdateEnterpriseInput, 'id'>, string, string]>([
      ['clearing the name', { name: null }, 'BAD_USER_INPUT', 'name'],
      ['a wrong check character', { creditCode: '92451224MA5K12345E' }, 'BAD_USER_INPUT', 'creditCode'],
      ["another enterprise's code", { creditCode: CODE_A }, 'CONFLICT', 'creditCode'],
    ])('refuse %s and change nothing', async (_label, changes, code, field) => {
      const before = (await t.admin.ok(ONE, { id: other })).enterprise;
      const error = await t.admin.fails(UPDATE, { input: { id: other, ...changes } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect((await t.admin.ok(ONE, { id: other })).enterprise).toEqual(before);
    });

    it('answer NOT_FOUND for an enterprise that does not exist', async () => {
      const error = await t.admin.fails(UPDATE, { input: { id: '999999', name: '丙公司' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
    });
  });

  describe('deletes', () => {
    it.each([
      ['operates a base', async (enterpriseId: string) => baseFixture(t, (await placeFixture(t)).village, { operatorId: enterpriseId })],
      ['is in a match', async (enterpriseId: string) => matchFixture(t, { enterpriseId, villageId: (await placeFixture(t)).village })],
      [
        'is linked to a member',
        async (enterpriseId: string) => {
          await sql(t, 'INSERT INTO member_enterprise (member_id, enterprise_id) VALUES ($1, $2)', [await memberFixture(t), enterpriseId]);
        },
      ],
    ])('are refused with CONFLICT while the enterprise %s', async (_label, depend) => {
      const id = await enterpriseFixture(t);
      await depend(id);
      const error = await t.admin.fails(DELETE, { id });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/不能删除/);
      expect((await t.admin.ok(ONE, { id })).enterprise).not.toBeNull();
    });

    it('remove an enterprise nothing depends on', async () => {
      const { id } = await create({ name: '临时企业', creditCode: '11451224000000000T' });
      expect((await t.admin.ok(DELETE, { id })).deleteEnterprise).toBe(id);
      expect((await t.admin.ok(ONE, { id })).enterprise).toBeNull();
      // Its credit code is free again.
      expect((await create({ name: '新临时企业', creditCode: '11451224000000000T' })).creditCode).toBe('11451224000000000T');
    });

    it('answer NOT_FOUND for an enterprise that does not exist', async () => {
      expect((await t.admin.fails(DELETE, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    });
  });

  it('lets a viewer read but not write', async () => {
    expect((await viewer.ok(ONE, { id: grapes })).enterprise?.name).toBe('东兰共耕农业有限公司');
    const before = await countRows(t, 'enterprise');
    for (const write of [
      () => viewer.fails(CREATE, { input: { name: '观察员的企业' } }),
      () => viewer.fails(UPDATE, { input: { id: grapes, name: '改名' } }),
      () => viewer.fails(DELETE, { id: grapes }),
    ]) {
      expect((await write()).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countRows(t, 'enterprise')).toBe(before);
    expect((await t.admin.ok(ONE, { id: grapes })).enterprise?.name).toBe('东兰共耕农业有限公司');
  });

  it('needs a signed-in user even to read', async () => {
    expect((await t.anonymous.fails(LIST, {})).extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('has the database refuse what the API refuses: the same check character rule', async () => {
    const codes = [CODE_A, CODE_B, CODE_C, '91350100M000100Y44', '91350100M000100I43', '91350100M000100Y4', '19350100M000100Y43'];
    const rows = await sql<{ code: string; valid: boolean }>(
      t,
      'SELECT code, is_valid_credit_code(code) AS valid FROM unnest($1::text[]) AS code',
      [codes],
    );
    expect(rows.map((row) => row.valid)).toEqual([true, true, true, false, false, false, false]);
  });

  describe('natural key: the name of an enterprise without a credit code (UQ_enterprise_name_without_code)', () => {
    it('refuses (CONFLICT) a second enterprise of the same name without a code, naming the first, and stores nothing', async () => {
      const first = await create({ name: '无代码同名企业', creditCode: null, industry: null });
      const before = await countRows(t, 'enterprise');
      const error = await t.admin.fails(CREATE, { input: { name: '无代码同名企业' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['name']);
      expect(error.message).toMatch(new RegExp(`已有名为“无代码同名企业”、没有统一社会信用代码的企业（编号 ${first.id}）`));
      expect(await countRows(t, 'enterprise')).toBe(before);
    });

    it('allows the same name when the new one has a credit code (the code tells them apart)', async () => {
      await create({ name: '有码同名企业', creditCode: null, industry: null });
      expect((await create({ name: '有码同名企业', creditCode: CODE_C, industry: null })).creditCode).toBe(CODE_C);
    });

    it('refuses (CONFLICT) clearing the code of an enterprise whose name another uncoded one has', async () => {
      await create({ name: '清码企业', creditCode: null, industry: null });
      const coded = await create({ name: '清码企业', creditCode: CODE_B, industry: null });
      const error = await t.admin.fails(UPDATE, { input: { id: coded.id, creditCode: null } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect((await t.admin.ok(ONE, { id: coded.id })).enterprise?.creditCode).toBe(CODE_B);
    });
  });
});
