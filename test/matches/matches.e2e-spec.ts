import { graphql } from '../generated/gql.js';
import type { CreateMatchInput, MatchesListQueryVariables, MatchStatus, UpdateMatchInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import { baseFixture, divisionFixture, enterpriseFixture, memberFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

graphql(`
  fragment MatchesFields on Match {
    id
    enterpriseId
    villageId
    baseId
    status
    signedOn
    investmentYuan
    brokerIds
    enterprise {
      id
    }
    village {
      id
    }
    town {
      id
    }
    base {
      id
    }
    brokers {
      id
      name
    }
  }
`);
const CREATE = graphql(`
  mutation MatchesCreate($input: CreateMatchInput!) {
    createMatch(input: $input) {
      ...MatchesFields
    }
  }
`);
const UPDATE = graphql(`
  mutation MatchesUpdate($input: UpdateMatchInput!) {
    updateMatch(input: $input) {
      ...MatchesFields
    }
  }
`);
const DELETE = graphql(`
  mutation MatchesDelete($id: ID!) {
    deleteMatch(id: $id)
  }
`);
const ONE = graphql(`
  query MatchesOne($id: ID!) {
    match(id: $id) {
      ...MatchesFields
    }
  }
`);
const LIST = graphql(`
  query MatchesList($filter: MatchFilter, $skip: Int, $take: Int) {
    matches(filter: $filter, skip: $skip, take: $take) {
      items {
        id
      }
      totalItems
    }
  }
`);
const MATCHES_OF = graphql(`
  query MatchesOfMemberEnterpriseBase($member: ID!, $enterprise: ID!, $base: ID!) {
    member(id: $member) {
      matches {
        id
        brokers {
          id
        }
      }
    }
    enterprise(id: $enterprise) {
      matches {
        id
      }
    }
    base(id: $base) {
      matches {
        id
      }
    }
  }
`);

const ids = (list: { items: { id: string }[] }) => list.items.map((item) => item.id);

describe('matches (引企下乡对接)', () => {
  let t: TestApp;
  let place: PlaceFixture;
  let enterprise: string;
  let base: string;
  let liang: string;
  let wei: string;

  /** A valid createMatch input in the fixture village; overrides win. */
  function buildMatchInput(overrides: Partial<CreateMatchInput> = {}): CreateMatchInput {
    return {
      enterpriseId: enterprise,
      villageId: place.village,
      baseId: base,
      brokerIds: [liang],
      status: 'OPERATING',
      signedOn: '2023-03-15',
      investmentYuan: '5000000',
      ...overrides,
    };
  }

  /** A match for a test whose subject is something else: a fresh enterprise unless given, so no two share a natural key. */
  async function createMatch(overrides: Partial<CreateMatchInput> = {}): Promise<string> {
    const enterpriseId = overrides.enterpriseId ?? (await enterpriseFixture(t, '对接企业'));
    return (await t.admin.ok(CREATE, { input: buildMatchInput({ enterpriseId, ...overrides }) })).createMatch.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    place = await placeFixture(t);
    enterprise = await enterpriseFixture(t, '共耕社企业');
    base = await baseFixture(t, place.village);
    liang = await memberFixture(t, '梁贤勇');
    wei = await memberFixture(t, '韦建东');
  });
  afterAll(() => t.close());

  it('creates a match and answers its enterprise, village, town, base and brokers', async () => {
    const data = await t.admin.ok(CREATE, { input: buildMatchInput({ brokerIds: [wei, liang], investmentYuan: 1234.5 }) });
    expect(data.createMatch).toMatchObject({
      enterpriseId: enterprise,
      villageId: place.village,
      baseId: base,
      status: 'OPERATING',
      signedOn: '2023-03-15',
      investmentYuan: '1234.5',
      brokerIds: [liang, wei].sort((a, b) => Number(a) - Number(b)),
      enterprise: { id: enterprise },
      village: { id: place.village },
      town: { id: place.town },
      base: { id: base },
    });
    expect(data.createMatch.brokers.map((member) => member.id)).toEqual(data.createMatch.brokerIds);
    expect((await t.admin.ok(ONE, { id: data.createMatch.id })).match).toEqual(data.createMatch);
  });

  it('defaults to INTENT with no base and no brokers', async () => {
    const data = await t.admin.ok(CREATE, { input: { enterpriseId: enterprise, villageId: place.village } });
    expect(data.createMatch).toMatchObject({
      status: 'INTENT',
      baseId: null,
      base: null,
      brokerIds: [],
      brokers: [],
      signedOn: null,
      investmentYuan: null,
    });
  });

  it('answers null for a match that does not exist', async () => {
    expect((await t.admin.ok(ONE, { id: '999999' })).match).toBeNull();
  });

  describe('lists', () => {
    let otherTown: string;
    let inOtherTown: string;
    let byWei: string;
    let otherEnterprise: string;

    beforeAll(async () => {
      otherTown = await divisionFixture(t, 'TOWN', place.county, '长乐镇');
      const otherVillage = await divisionFixture(t, 'VILLAGE', otherTown, '长乐村');
      otherEnterprise = await enterpriseFixture(t, '茶业公司');
      inOtherTown = await createMatch({
        enterpriseId: otherEnterprise,
        villageId: otherVillage,
        baseId: null,
        brokerIds: [],
        status: 'SIGNED',
      });
      byWei = await createMatch({ brokerIds: [wei], status: 'SUSPENDED' });
    });

    it('by division subtree', async () => {
      expect((await t.admin.ok(LIST, { filter: { divisionId: otherTown } })).matches).toEqual({
        items: [{ id: inOtherTown }],
        totalItems: 1,
      });
      const town = (await t.admin.ok(LIST, { filter: { divisionId: place.town }, take: 100 })).matches;
      expect(ids(town)).toContain(byWei);
      expect(ids(town)).not.toContain(inOtherTown);
      const county = (await t.admin.ok(LIST, { filter: { divisionId: place.county }, take: 100 })).matches;
      expect(county.totalItems).toBe(town.totalItems + 1);
    });

    it('by enterprise, by brokering member and by status, combined with AND', async () => {
      expect(ids((await t.admin.ok(LIST, { filter: { enterpriseId: otherEnterprise } })).matches)).toEqual([inOtherTown]);
      expect(ids((await t.admin.ok(LIST, { filter: { status: 'SIGNED' } })).matches)).toEqual([inOtherTown]);
      const brokeredByWei = ids((await t.admin.ok(LIST, { filter: { memberId: wei }, take: 100 })).matches);
      expect(brokeredByWei).toContain(byWei);
      for (const id of brokeredByWei) {
        expect((await t.admin.ok(ONE, { id })).match?.brokerIds).toContain(wei);
      }
      expect(ids((await t.admin.ok(LIST, { filter: { memberId: wei, status: 'SUSPENDED' } })).matches)).toEqual([byWei]);
      expect((await t.admin.ok(LIST, { filter: { memberId: wei, status: 'SIGNED' } })).matches.totalItems).toBe(0);
    });

    it('pages by id with the total over all pages', async () => {
      const all = (await t.admin.ok(LIST, { take: 100 })).matches;
      const page = (await t.admin.ok(LIST, { skip: 1, take: 2 })).matches;
      expect(page.totalItems).toBe(all.totalItems);
      expect(page.items).toEqual(all.items.slice(1, 3));
    });

    it.each<[string, MatchesListQueryVariables, string]>([
      ['take over 100', { take: 101 }, 'take'],
      ['a malformed member id', { filter: { memberId: '0' } }, 'filter.memberId'],
      // Refused by GraphQL itself while coercing the variable; the field comes out as the path
      // inside the variable ("status"), not "filter.status".
      // Deliberately not a MatchStatus: what the server says to a client that sends one.
      ['an unknown status', { filter: { status: 'DONE' as MatchStatus } }, 'status'],
    ])('refuses %s', async (_label, variables, field) => {
      const error = await t.admin.fails(LIST, variables);
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    });
  });

  describe('refuses bad input and stores nothing', () => {
    let baseElsewhere: string;

    beforeAll(async () => {
      const village = await divisionFixture(t, 'VILLAGE', place.town, '邻村');
      baseElsewhere = await baseFixture(t, village);
    });

    it.each<
      [string, Partial<CreateMatchInput> & { villageKey?: 'town'; baseKey?: 'elsewhere'; brokerKey?: 'twice' }, string, string, RegExp]
    >([
      ['a town as the village', { villageKey: 'town', baseId: null }, 'BAD_USER_INPUT', 'villageId', /村.*乡镇级/],
      ['a village that does not exist', { villageId: '999999', baseId: null }, 'NOT_FOUND', 'villageId', /村（编号 999999）不存在/],
      ['an enterprise that does not exist', { enterpriseId: '999999' }, 'NOT_FOUND', 'enterpriseId', /企业/],
      ['a base that does not exist', { baseId: '999999' }, 'NOT_FOUND', 'baseId', /基地/],
      ['a base in another village', { baseKey: 'elsewhere' }, 'BAD_USER_INPUT', 'baseId', /不在所选的村/],
      ['a broker who does not exist', { brokerIds: ['999999'] }, 'NOT_FOUND', 'brokerIds', /牵线委员/],
      ['the same broker twice', { brokerKey: 'twice' }, 'BAD_USER_INPUT', 'brokerIds', /重复/],
      ['a signing date in the future', { signedOn: '2999-01-01' }, 'BAD_USER_INPUT', 'signedOn', /签约日期不能晚于今天/],
      ['a date that does not exist', { signedOn: '2025-02-30' }, 'BAD_USER_INPUT', 'signedOn', /YYYY-MM-DD/],
      ['a negative investment', { investmentYuan: '-5' }, 'BAD_USER_INPUT', 'investmentYuan', /协议投资不能为负数/],
      ['an investment with 3 decimals', { investmentYuan: '10.125' }, 'BAD_USER_INPUT', 'investmentYuan', /2 位小数/],
      ['an investment beyond numeric(16,2)', { investmentYuan: '1000000000000000' }, 'BAD_USER_INPUT', 'investmentYuan', /过大/],
      ['a null status', { status: null }, 'BAD_USER_INPUT', 'status', /对接状态/],
    ])('%s', async (_label, raw, code, field, message) => {
      const { villageKey, baseKey, brokerKey, ...overrides } = raw;
      const input = buildMatchInput({
        ...overrides,
        ...(villageKey ? { villageId: place.town } : {}),
        ...(baseKey ? { baseId: baseElsewhere } : {}),
        ...(brokerKey ? { brokerIds: [liang, liang] } : {}),
      });
      const before = [await countRows(t, 'match'), await countRows(t, 'match_broker')];
      const error = await t.admin.fails(CREATE, { input });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(message);
      expect([await countRows(t, 'match'), await countRows(t, 'match_broker')]).toEqual(before);
    });
  });

  describe('updates', () => {
    it('changes only the fields given; null clears an optional one', async () => {
      const company = await enterpriseFixture(t, '改状态企业');
      const id = await createMatch({ enterpriseId: company, brokerIds: [liang, wei] });
      const data = await t.admin.ok(UPDATE, { input: { id, status: 'ENDED', investmentYuan: null } });
      expect(data.updateMatch).toMatchObject({
        status: 'ENDED',
        investmentYuan: null,
        signedOn: '2023-03-15',
        baseId: base,
        enterpriseId: company,
      });
      expect(data.updateMatch.brokerIds).toHaveLength(2);
    });

    it('replaces the brokers when brokerIds is given, and clears them with an empty list', async () => {
      const id = await createMatch({ brokerIds: [liang] });
      expect((await t.admin.ok(UPDATE, { input: { id, brokerIds: [wei] } })).updateMatch.brokers).toEqual([
        { id: wei, name: expect.stringContaining('韦建东') },
      ]);
      expect((await t.admin.ok(UPDATE, { input: { id, brokerIds: [] } })).updateMatch.brokerIds).toEqual([]);
      const [{ count }] = await sql<{ count: number }>(t, 'SELECT count(*)::int AS count FROM match_broker WHERE match_id = $1', [id]);
      expect(count).toBe(0);
    });

    it('moves a match to another village together with a base there', async () => {
      const id = await createMatch();
      const village = await divisionFixture(t, 'VILLAGE', place.town, '新村');
      const newBase = await baseFixture(t, village);
      const data = await t.admin.ok(UPDATE, { input: { id, villageId: village, baseId: newBase } });
      expect(data.updateMatch).toMatchObject({ villageId: village, baseId: newBase, base: { id: newBase } });
    });

    it.each<[string, Partial<UpdateMatchInput> & { villageKey?: 'town' | 'other' }, string, string]>([
      ['moving the village away from its base', { villageKey: 'other' }, 'BAD_USER_INPUT', 'baseId'],
      ['a village that is a town', { villageKey: 'town', baseId: null }, 'BAD_USER_INPUT', 'villageId'],
      ['a signing date in the future', { signedOn: '2999-12-31' }, 'BAD_USER_INPUT', 'signedOn'],
      ['clearing the status', { status: null }, 'BAD_USER_INPUT', 'status'],
      ['clearing the enterprise', { enterpriseId: null }, 'BAD_USER_INPUT', 'enterpriseId'],
      ['a broker who does not exist', { brokerIds: ['999999'] }, 'NOT_FOUND', 'brokerIds'],
      ['a match that does not exist', { id: '999999' }, 'NOT_FOUND', 'id'],
    ])('refuses %s and changes nothing', async (_label, raw, code, field) => {
      const id = await createMatch({ brokerIds: [liang] });
      const other = await divisionFixture(t, 'VILLAGE', place.town, '别村');
      const { villageKey, ...changes } = raw;
      const villageId = villageKey === 'town' ? place.town : villageKey === 'other' ? other : undefined;
      const before = (await t.admin.ok(ONE, { id })).match;
      const error = await t.admin.fails(UPDATE, { input: { id, ...changes, ...(villageId ? { villageId } : {}) } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect((await t.admin.ok(ONE, { id })).match).toEqual(before);
    });

    it('refuses (CONFLICT) to move a match away from the base its outcome records are for', async () => {
      const id = await createMatch();
      await sql(t, `INSERT INTO outcome_record (period, base_id, match_id, household_rent_yuan) VALUES ('2024', $1, $2, 200000)`, [
        base,
        id,
      ]);
      const otherBase = await baseFixture(t, place.village);
      const error = await t.admin.fails(UPDATE, { input: { id, baseId: otherBase } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['baseId']);
      expect(error.message).toMatch(/成效记录/);
      expect((await t.admin.ok(ONE, { id })).match?.baseId).toBe(base);
    });
  });

  describe('deletes', () => {
    it('deletes a match and its broker links', async () => {
      const id = await createMatch({ brokerIds: [liang, wei] });
      expect((await t.admin.ok(DELETE, { id })).deleteMatch).toBe(id);
      expect((await t.admin.ok(ONE, { id })).match).toBeNull();
      const [{ count }] = await sql<{ count: number }>(t, 'SELECT count(*)::int AS count FROM match_broker WHERE match_id = $1', [id]);
      expect(count).toBe(0);
      // The members who brokered it stay.
      expect(await sql(t, 'SELECT id FROM member WHERE id IN ($1, $2)', [liang, wei])).toHaveLength(2);
    });

    it('refuses with NOT_FOUND for a match that does not exist', async () => {
      expect((await t.admin.fails(DELETE, { id: '999999' })).extensions?.code).toBe('NOT_FOUND');
    });

    it('refuses (CONFLICT) while an outcome record refers to it', async () => {
      const id = await createMatch();
      await sql(t, `INSERT INTO outcome_record (period, base_id, match_id, jobs_person_times) VALUES ('2023', $1, $2, 8200)`, [base, id]);
      const error = await t.admin.fails(DELETE, { id });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/成效记录/);
      expect((await t.admin.ok(ONE, { id })).match).not.toBeNull();
    });
  });

  it('answers Member.matches, Enterprise.matches and Base.matches', async () => {
    const member = await memberFixture(t, '新委员');
    const company = await enterpriseFixture(t, '新企业');
    const site = await baseFixture(t, place.village);
    const first = await createMatch({ enterpriseId: company, baseId: site, brokerIds: [member] });
    const second = await createMatch({ enterpriseId: company, baseId: null, brokerIds: [member, liang] });
    const data = await t.admin.ok(MATCHES_OF, { member, enterprise: company, base: site });
    expect(data.member?.matches.map((match) => match.id)).toEqual([first, second]);
    expect(data.member?.matches[1].brokers).toHaveLength(2);
    expect(data.enterprise?.matches).toEqual([{ id: first }, { id: second }]);
    expect(data.base?.matches).toEqual([{ id: first }]);
  });

  it('lets a VIEWER read but not write', async () => {
    const viewer = await t.clientWithRole('VIEWER');
    const id = await createMatch();
    expect((await viewer.ok(ONE, { id })).match?.id).toBe(id);
    const before = await countRows(t, 'match');
    for (const write of [
      () => viewer.fails(CREATE, { input: buildMatchInput() }),
      () => viewer.fails(UPDATE, { input: { id, status: 'ENDED' } }),
      () => viewer.fails(DELETE, { id }),
    ]) {
      expect((await write()).extensions?.code).toBe('FORBIDDEN');
    }
    expect(await countRows(t, 'match')).toBe(before);
    expect((await t.admin.ok(ONE, { id })).match?.status).toBe('OPERATING');
  });

  describe('natural key: one match per enterprise, village and base (UQ_match_enterprise_village_base)', () => {
    it('refuses (CONFLICT) a second match of the same enterprise at the same base, naming the first, and stores nothing', async () => {
      const company = await enterpriseFixture(t, '重复对接企业');
      const first = await createMatch({ enterpriseId: company });
      const before = await countRows(t, 'match');
      const error = await t.admin.fails(CREATE, { input: buildMatchInput({ enterpriseId: company }) });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['enterpriseId']);
      expect(error.message).toMatch(new RegExp(`已有对接（编号 ${first}）`));
      expect(await countRows(t, 'match')).toBe(before);
    });

    it('counts "no base" as one key: a second match without a base in the village is refused, one at a base is not', async () => {
      const company = await enterpriseFixture(t, '无基地对接企业');
      await createMatch({ enterpriseId: company, baseId: null });
      const error = await t.admin.fails(CREATE, { input: buildMatchInput({ enterpriseId: company, baseId: null }) });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toMatch(/未指定基地/);
      expect(await createMatch({ enterpriseId: company })).toMatch(/^[0-9]+$/);
    });

    it('refuses (CONFLICT) moving a match onto the key of another', async () => {
      const company = await enterpriseFixture(t, '移动对接企业');
      await createMatch({ enterpriseId: company });
      const id = await createMatch({ enterpriseId: company, baseId: null });
      expect((await t.admin.fails(UPDATE, { input: { id, baseId: base } })).extensions?.code).toBe('CONFLICT');
      expect((await t.admin.ok(ONE, { id })).match?.baseId).toBeNull();
    });
  });
});
