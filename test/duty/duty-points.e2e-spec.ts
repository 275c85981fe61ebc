import { graphql } from '../generated/gql.js';
import type { DutyCategoryRuleInput, DutyItemRuleInput, SaveDutyRuleSetInput } from '../generated/graphql.js';
import { baseFixture, enterpriseFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  committeeMember,
  FILE,
  memberAccount,
  officeClient,
  PROPOSED_RULES,
  RANKING,
  RECORD_EVENT,
  ruleInput,
  RULES,
  SAVE_RULES,
  saveProposedRules,
  suggestionThroughApi,
  teamWithVisits,
  unitWithStaff,
} from './duty-operations.js';

const CREATE_MATCH = graphql(`
  mutation DutyPointsCreateMatch($input: CreateMatchInput!) {
    createMatch(input: $input) {
      id
      version
    }
  }
`);
const UPDATE_MATCH = graphql(`
  mutation DutyPointsUpdateMatch($input: UpdateMatchInput!) {
    updateMatch(input: $input) {
      id
      status
    }
  }
`);

type Kind = 'PLENARY' | 'STANDING' | 'CONSULTATION' | 'RESEARCH' | 'STUDY' | 'OUTREACH' | 'OTHER';
type Attendance = 'PRESENT' | 'EXCUSED' | 'ABSENT';
interface Part {
  memberId: string;
  attendance: Attendance;
  speeches?: number;
  writtenSpeeches?: number;
}

let t: TestApp;
let office: GraphqlClient;
let place: PlaceFixture;
let a: string;
let b: string;
let c: string;
let leader: string;
let x: string;
let matchId: string;

async function event(kind: Kind, heldOn: string, participants: Part[], divisionId = place.county): Promise<string> {
  const { recordDutyEvent } = await office.ok(RECORD_EVENT, {
    input: { divisionId, kind, title: `${kind} ${heldOn}`, heldOn, participants },
  });
  return recordDutyEvent.id;
}

beforeAll(async () => {
  t = await startTestApp();
  place = await placeFixture(t);
  office = await officeClient(t, null);
  a = await committeeMember(t, '委员甲', place.county, '经济界');
  b = await committeeMember(t, '委员乙', place.county, '农业界');
  c = await committeeMember(t, '委员丙', place.county, '农业界');
  leader = await committeeMember(t, '团长', place.county, '科技界');
  x = await committeeMember(t, '委员丁', place.county, '经济界');
  await saveProposedRules(t, 2024);

  // 会议: A present at the 全体会议, at three of four 常委会议, absent without leave at the fourth;
  // B absent without leave at the 全体会议, present at two 常委会议.
  await event('PLENARY', '2024-01-15', [
    { memberId: a, attendance: 'PRESENT' },
    { memberId: b, attendance: 'ABSENT' },
  ]);
  await event('STANDING', '2024-03-01', [
    { memberId: a, attendance: 'PRESENT' },
    { memberId: b, attendance: 'PRESENT' },
  ]);
  await event('STANDING', '2024-05-01', [
    { memberId: a, attendance: 'PRESENT' },
    { memberId: b, attendance: 'PRESENT' },
  ]);
  await event('STANDING', '2024-07-01', [{ memberId: a, attendance: 'PRESENT' }]);
  await event('STANDING', '2024-09-01', [{ memberId: a, attendance: 'ABSENT' }]);
  // 活动: three 调研视察 and two 协商议事, one 书面发言.
  await event('RESEARCH', '2024-04-10', [{ memberId: a, attendance: 'PRESENT' }]);
  await event('RESEARCH', '2024-06-10', [{ memberId: a, attendance: 'PRESENT' }]);
  await event('RESEARCH', '2024-08-10', [{ memberId: a, attendance: 'PRESENT', writtenSpeeches: 1 }]);
  await event('CONSULTATION', '2024-10-10', [{ memberId: a, attendance: 'PRESENT' }]);
  await event('CONSULTATION', '2024-11-10', [{ memberId: a, attendance: 'PRESENT' }]);
  // Another year's event counts for its own year only.
  await event('PLENARY', '2023-12-30', [{ memberId: a, attendance: 'PRESENT' }]);

  // 提案 and 社情民意, through the suggestions API.
  const unit = await unitWithStaff(t, '县农业农村局');
  const suggestion = { divisionId: place.county };
  await suggestionThroughApi(t, office, {
    ...suggestion,
    kind: 'PROPOSAL',
    title: 'P1 关于发展葡萄产业的提案',
    authorIds: [a],
    submittedOn: '2024-03-01',
    filedOn: '2024-03-10',
    reply: { result: 'A', on: '2024-06-01', ...unit },
  });
  await suggestionThroughApi(t, office, {
    ...suggestion,
    kind: 'PROPOSAL',
    title: 'P2 附议的提案',
    authorIds: [x, a],
    submittedOn: '2024-03-02',
    filedOn: '2024-03-12',
  });
  await suggestionThroughApi(t, office, {
    ...suggestion,
    kind: 'PROPOSAL',
    title: 'P3 未立案的提案',
    authorIds: [a],
    submittedOn: '2024-03-05',
    declined: '不属于提案受理范围',
  });
  await suggestionThroughApi(t, office, {
    ...suggestion,
    kind: 'SOCIAL_CONDITIONS',
    title: 'S1 社情民意',
    authorIds: [a],
    submittedOn: '2024-04-01',
    filedOn: '2024-04-02',
    reply: { result: 'B', on: '2024-05-01', ...unit },
  });

  // 服务乡村振兴: an OPERATING match A brokered (signed in 2023), a team A serves in with eight 2024 visits.
  const baseId = await baseFixture(t, place.village);
  const enterpriseId = await enterpriseFixture(t);
  const { createMatch } = await t.admin.ok(CREATE_MATCH, {
    input: { enterpriseId, villageId: place.village, baseId, brokerIds: [a], status: 'OPERATING', signedOn: '2023-06-01' },
  });
  matchId = createMatch.id;
  const visits2024 = ['2024-01-20', '2024-02-20', '2024-03-20', '2024-04-20', '2024-05-20', '2024-06-20', '2024-07-20', '2024-08-20'];
  await teamWithVisits(t, baseId, leader, [a], [...visits2024, '2023-12-31', '2025-01-01']);

  // C: one match in force in 2024 but ENDED since; one entered now as INTENT and SIGNED since, with no signing date.
  const ended = await t.admin.ok(CREATE_MATCH, {
    input: {
      enterpriseId: await enterpriseFixture(t),
      villageId: place.village,
      brokerIds: [c],
      status: 'OPERATING',
      signedOn: '2023-01-01',
    },
  });
  await t.admin.ok(UPDATE_MATCH, { input: { id: ended.createMatch.id, status: 'ENDED' } });
  const late = await t.admin.ok(CREATE_MATCH, {
    input: { enterpriseId: await enterpriseFixture(t), villageId: place.village, brokerIds: [c], status: 'INTENT' },
  });
  await t.admin.ok(UPDATE_MATCH, { input: { id: late.createMatch.id, status: 'SIGNED' } });
});

afterAll(async () => {
  await t?.close();
});

function row(ranking: { items: { member: { id: string } }[] }, memberId: string) {
  const found = ranking.items.find((item) => item.member.id === memberId);
  if (!found) throw new Error(`member ${memberId} not ranked`);
  return found as (typeof ranking.items)[number] & {
    rank: number;
    total: number;
    grade: string;
    categories: { code: string; raw: number; counted: number }[];
  };
}

describe('the worked example of domain.md (2024, default rules)', () => {
  it('Member A: 17 / 15 / 18 / 10 / 15 → 75, 称职; Member B: 0, 不称职', async () => {
    const { dutyRanking } = await t.admin.ok(RANKING, { year: 2024, divisionId: place.county });
    const memberA = row(dutyRanking, a);
    expect(memberA.categories.map((category) => [category.code, category.raw, category.counted])).toEqual([
      ['MEETINGS', 17, 17],
      ['ACTIVITIES', 15, 15],
      ['PROPOSALS', 18, 18],
      ['SOCIAL', 10, 10],
      ['RURAL', 18, 15],
    ]);
    expect([memberA.rank, memberA.total, memberA.grade]).toEqual([1, 75, 'COMPETENT']);
    const memberB = row(dutyRanking, b);
    expect(memberB.categories[0]).toEqual({ code: 'MEETINGS', raw: -2, counted: 0 });
    expect([memberB.total, memberB.grade]).toEqual([0, 'INCOMPETENT']);
    // The others: X lead author of P2 (filed, +10), the leader's eight visits (+8), C's match in force in 2024 (+10).
    expect(dutyRanking.items.map((item) => [item.member.name, item.rank, item.total])).toEqual([
      ['委员甲', 1, 75],
      ['委员丙', 2, 10],
      ['委员丁', 2, 10],
      ['团长', 4, 8],
      ['委员乙', 5, 0],
    ]);
    expect(dutyRanking.totalItems).toBe(5);
  });

  it('the sector filter ranks only that sector', async () => {
    const { dutyRanking } = await t.admin.ok(RANKING, { year: 2024, divisionId: place.county, sector: '农业界' });
    expect(dutyRanking.items.map((item) => [item.member.name, item.rank, item.total])).toEqual([
      ['委员丙', 1, 10],
      ['委员乙', 2, 0],
    ]);
  });

  it("A's file (一人一档): every point with its record, the categories, the match's figures", async () => {
    const { memberDutyFile } = await office.ok(FILE, { memberId: a, year: 2024 });
    expect([memberDutyFile.total, memberDutyFile.grade, memberDutyFile.ruleSet.year]).toEqual([75, 'COMPETENT', 2024]);
    expect(memberDutyFile.categories.map((category) => category.counted)).toEqual([17, 15, 18, 10, 15]);
    const points = memberDutyFile.points;
    const byKind = (kind: string) => points.filter((point) => point.sourceKind === kind);
    expect(
      byKind('DUTY_EVENT')
        .map((point) => `${point.fact}×${point.quantity}`)
        .sort(),
    ).toEqual(
      [
        'PLENARY_PRESENT×1',
        ...Array(3).fill('STANDING_PRESENT×1'),
        'STANDING_ABSENT×1',
        ...Array(5).fill('ACTIVITY_PRESENT×1'),
        'WRITTEN_SPEECH×1',
      ].sort(),
    );
    expect(points.find((point) => point.fact === 'WRITTEN_SPEECH')).toMatchObject({
      quantity: 1,
      pointsEach: 5,
      points: 5,
      on: '2024-08-10',
    });
    expect(points.find((point) => point.fact === 'STANDING_ABSENT')).toMatchObject({ category: 'MEETINGS', points: -5, on: '2024-09-01' });
    expect(byKind('SERVICE_ACTIVITY')).toHaveLength(8);
    expect(byKind('MATCH')).toEqual([
      expect.objectContaining({ fact: 'MATCH_BROKERED', sourceId: matchId, points: 10, on: '2023-06-01', category: 'RURAL' }),
    ]);
    expect(
      byKind('SUGGESTION')
        .map((point) => [point.title.slice(0, 2), point.fact, point.points])
        .sort(),
    ).toEqual(
      [
        ['P1', 'PROPOSAL_SUBMITTED_LEAD', 0],
        ['P1', 'PROPOSAL_FILED_LEAD', 10],
        ['P1', 'PROPOSAL_ADOPTED_LEAD', 5],
        ['P2', 'PROPOSAL_SUBMITTED_COSIGNER', 0],
        ['P2', 'PROPOSAL_FILED_COSIGNER', 3],
        ['P3', 'PROPOSAL_SUBMITTED_LEAD', 0],
        ['S1', 'SOCIAL_SUBMITTED', 5],
        ['S1', 'SOCIAL_ADOPTED', 5],
      ].sort(),
    );
    // Points are dated in order; the evidence adds up to the raw category sums.
    expect(points.map((point) => point.on)).toEqual([...points.map((point) => point.on)].sort());
    for (const category of memberDutyFile.categories) {
      const sum = points.filter((point) => point.category === category.code).reduce((total, point) => total + point.points, 0);
      expect(sum).toBe(category.raw);
    }
    expect(memberDutyFile.brokeredMatches.map((entry) => [entry.matchId, entry.status, entry.signedOn])).toEqual([
      [matchId, 'OPERATING', '2023-06-01'],
    ]);
    expect(memberDutyFile.brokeredMatches[0].figures).toEqual({ jobsPersonTimes: '0', householdRentYuan: '0' });
  });

  it("a match's history, not its current status: ENDED now but in force in 2024 counts; SIGNED only since now does not", async () => {
    const { memberDutyFile } = await office.ok(FILE, { memberId: c, year: 2024 });
    expect(memberDutyFile.points.filter((point) => point.fact === 'MATCH_BROKERED')).toHaveLength(1);
    expect(memberDutyFile.points[0].on).toBe('2023-01-01');
    expect(memberDutyFile.total).toBe(10);
  });
});

describe('a year scores by its own rules', () => {
  it('changing 2025 leaves 2024 identical; changing 2024 changes 2024', async () => {
    const before = (await t.admin.ok(RANKING, { year: 2024, divisionId: place.county })).dutyRanking;

    await saveProposedRules(t, 2025, { excellentFrom: 95 });
    const { proposedDutyRuleSet } = await t.admin.ok(PROPOSED_RULES, { year: 2025 });
    const { dutyRuleSet: saved2025 } = await t.admin.ok(RULES, { year: 2025 });
    expect([proposedDutyRuleSet.saved, saved2025?.saved, saved2025?.version]).toEqual([false, true, 1]);
    await t.admin.ok(SAVE_RULES, {
      input: ruleInput(proposedDutyRuleSet, {
        version: saved2025?.version,
        items: proposedDutyRuleSet.items.map((item) => (item.fact === 'TEAM_ACTIVITY' ? { ...item, points: 3 } : item)),
        categories: proposedDutyRuleSet.categories.map((category) => ({ ...category, cap: 100 })),
      }),
    });
    expect((await t.admin.ok(RANKING, { year: 2024, divisionId: place.county })).dutyRanking).toEqual(before);
    // 2025 under its own rules: A's match still OPERATING (+10) and one visit (+3).
    const in2025 = (await t.admin.ok(RANKING, { year: 2025, divisionId: place.county })).dutyRanking;
    expect(row(in2025, a).total).toBe(13);

    const { dutyRuleSet: saved2024 } = await t.admin.ok(RULES, { year: 2024 });
    await t.admin.ok(SAVE_RULES, {
      input: ruleInput(proposedDutyRuleSet, {
        year: 2024,
        version: saved2024?.version,
        categories: proposedDutyRuleSet.categories.map((category) => (category.code === 'RURAL' ? { ...category, cap: 20 } : category)),
      }),
    });
    const after = (await t.admin.ok(RANKING, { year: 2024, divisionId: place.county })).dutyRanking;
    expect(row(after, a).total).toBe(78);
    expect(row(after, b).total).toBe(0);
    expect(after.ruleSet.version).toBe((saved2024?.version ?? 0) + 1);
  });
});

// A small, seeded generator: the same "random" year on every run.
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let n = Math.imul(state ^ (state >>> 15), 1 | state);
    n = (n + Math.imul(n ^ (n >>> 7), 61 | n)) ^ n;
    return ((n ^ (n >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rules {
  basePoints?: number;
  excellentFrom: number;
  goodFrom: number;
  competentFrom: number;
  categories: DutyCategoryRuleInput[];
  items: DutyItemRuleInput[];
}

/** The rules applied by hand, for the generated year: facts tallied from the generated events. */
function expectedRanking(rules: Rules, members: { id: string; sector: string }[], events: { kind: Kind; participants: Part[] }[]) {
  const tally = new Map(members.map((member) => [member.id, new Map<string, number>()]));
  const add = (memberId: string, fact: string, times: number) => {
    const facts = tally.get(memberId)!;
    facts.set(fact, (facts.get(fact) ?? 0) + times);
  };
  for (const generated of events) {
    const group = generated.kind === 'PLENARY' || generated.kind === 'STANDING' ? generated.kind : 'ACTIVITY';
    for (const part of generated.participants) {
      add(part.memberId, `${group}_${part.attendance}`, 1);
      add(part.memberId, 'SPEECH', part.speeches ?? 0);
      add(part.memberId, 'WRITTEN_SPEECH', part.writtenSpeeches ?? 0);
    }
  }
  const scored = members.map((member) => {
    const facts = tally.get(member.id)!;
    const categories = rules.categories.map((category) => {
      let raw = 0;
      for (const item of rules.items) if (item.category === category.code) raw += (facts.get(item.fact) ?? 0) * item.points;
      return {
        code: category.code,
        raw,
        counted: raw < (category.floor ?? 0) ? (category.floor ?? 0) : raw > category.cap ? category.cap : raw,
      };
    });
    const total = (rules.basePoints ?? 0) + categories.reduce((sum, category) => sum + category.counted, 0);
    const grade =
      total >= rules.excellentFrom
        ? 'EXCELLENT'
        : total >= rules.goodFrom
          ? 'GOOD'
          : total >= rules.competentFrom
            ? 'COMPETENT'
            : 'INCOMPETENT';
    return { id: member.id, sector: member.sector, total, grade, categories };
  });
  scored.sort((one, other) => other.total - one.total || Number(one.id) - Number(other.id));
  let previous: { total: number; rank: number } | null = null;
  return scored.map((entry, index) => {
    const rank = previous && previous.total === entry.total ? previous.rank : index + 1;
    previous = { total: entry.total, rank };
    return { ...entry, rank };
  });
}

describe('a generated year (2023, ~20 members, seeded) against an independent computation', () => {
  const random = mulberry32(20231231);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)];
  let county2: PlaceFixture;
  let members: { id: string; sector: string }[];
  let events: { kind: Kind; participants: Part[] }[];
  let rules: SaveDutyRuleSetInput;

  beforeAll(async () => {
    county2 = await placeFixture(t);
    members = [];
    for (let index = 0; index < 20; index += 1) {
      const sector = pick(['经济界', '农业界', '教育界']);
      members.push({ id: await committeeMember(t, `生成委员${index}`, county2.county, sector), sector });
    }
    // The 2023 rules: the proposal with a base, a smaller activities cap and a floor above 0.
    const { proposedDutyRuleSet } = await t.admin.ok(PROPOSED_RULES, { year: 2023 });
    rules = ruleInput(proposedDutyRuleSet, {
      basePoints: 5,
      categories: proposedDutyRuleSet.categories.map((category) =>
        category.code === 'ACTIVITIES' ? { ...category, cap: 12 } : category.code === 'SOCIAL' ? { ...category, floor: 2 } : category,
      ),
      items: [...proposedDutyRuleSet.items, { fact: 'ACTIVITY_ABSENT', category: 'ACTIVITIES', points: -2 }],
    });
    await t.admin.ok(SAVE_RULES, { input: rules });

    events = [];
    const kinds: Kind[] = ['PLENARY', 'STANDING', 'STANDING', 'CONSULTATION', 'RESEARCH', 'STUDY', 'OUTREACH', 'OTHER'];
    for (let index = 0; index < 14; index += 1) {
      const kind = pick(kinds);
      const participants: Part[] = members
        .filter(() => random() < 0.6)
        .map((member) => ({
          memberId: member.id,
          attendance: pick<Attendance>(['PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED', 'ABSENT']),
          speeches: random() < 0.2 ? 1 + Math.floor(random() * 2) : 0,
          writtenSpeeches: random() < 0.15 ? 1 : 0,
        }));
      const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
      const day = String(1 + Math.floor(random() * 28)).padStart(2, '0');
      await event(kind, `2023-${month}-${day}`, participants, county2.county);
      events.push({ kind, participants });
    }
  });

  it('ranks every member as the rules say', async () => {
    const expected = expectedRanking(rules, members, events);
    const { dutyRanking } = await t.admin.ok(RANKING, { year: 2023, divisionId: county2.county, take: 100 });
    expect(dutyRanking.totalItems).toBe(20);
    expect(
      dutyRanking.items.map((item) => ({
        id: item.member.id,
        rank: item.rank,
        total: item.total,
        grade: item.grade,
        categories: item.categories,
      })),
    ).toEqual(expected.map(({ id, rank, total, grade, categories }) => ({ id, rank, total, grade, categories })));
    // The generator gave a spread worth checking: some deductions held at a floor, some totals tied.
    expect(new Set(expected.map((entry) => entry.total)).size).toBeGreaterThan(5);
  });

  it('pages keep the ranks of the whole list; a sector ranks among itself', async () => {
    const expected = expectedRanking(rules, members, events);
    const page = (await t.admin.ok(RANKING, { year: 2023, divisionId: county2.county, skip: 5, take: 5 })).dutyRanking;
    expect(page.items.map((item) => [item.member.id, item.rank])).toEqual(expected.slice(5, 10).map((entry) => [entry.id, entry.rank]));
    const sector = expected[0].sector;
    const inSector = expectedRanking(
      rules,
      members.filter((member) => member.sector === sector),
      events.map((generated) => ({
        ...generated,
        participants: generated.participants.filter((part) => members.find((member) => member.id === part.memberId)?.sector === sector),
      })),
    );
    const bySector = (await t.admin.ok(RANKING, { year: 2023, divisionId: county2.county, sector, take: 100 })).dutyRanking;
    expect(bySector.items.map((item) => [item.member.id, item.rank, item.total])).toEqual(
      inSector.map((entry) => [entry.id, entry.rank, entry.total]),
    );
  });

  it('a leader limited to the second county sees its members only, and cannot ask for the first', async () => {
    const leaderClient = await clientWithScope(t, 'VIEWER', county2.county);
    const { dutyRanking } = await leaderClient.ok(RANKING, { year: 2023, take: 100 });
    expect(dutyRanking.items.map((item) => item.member.id).sort()).toEqual(members.map((member) => member.id).sort());
    const refused = await leaderClient.fails(RANKING, { year: 2024, divisionId: place.county });
    expect(refused.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('refusals', () => {
  const bad = (change: (input: SaveDutyRuleSetInput) => SaveDutyRuleSetInput) => async () => {
    const { proposedDutyRuleSet } = await t.admin.ok(PROPOSED_RULES, { year: 2030 });
    return change(ruleInput(proposedDutyRuleSet));
  };

  it.each<[string, string, () => Promise<SaveDutyRuleSetInput>]>([
    [
      'a negative cap',
      'categories.1.cap',
      bad((input) => ({ ...input, categories: input.categories.map((c, i) => (i === 1 ? { ...c, cap: -5 } : c)) })),
    ],
    [
      'an item in an unknown category',
      'items.2.category',
      bad((input) => ({ ...input, items: input.items.map((it, i) => (i === 2 ? { ...it, category: 'NOPE' } : it)) })),
    ],
    ['thresholds not descending', 'excellentFrom', bad((input) => ({ ...input, goodFrom: 95 }))],
    ['a fact twice', 'items.17.fact', bad((input) => ({ ...input, items: [...input.items, input.items[0]] }))],
    ['a year out of range', 'year', bad((input) => ({ ...input, year: 1990 }))],
  ])('saveDutyRuleSet refuses %s (BAD_USER_INPUT, field %s)', async (_case, field, input) => {
    const error = await t.admin.fails(SAVE_RULES, { input: await input() });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    expect((await t.admin.ok(RULES, { year: 2030 })).dutyRuleSet).toBeNull();
  });

  it.each<[string, () => Promise<GraphqlClient>]>([
    ['an editor without the office post', () => clientWithScope(t, 'EDITOR', null)],
    ['a viewer', () => clientWithScope(t, 'VIEWER', null)],
  ])('recordDutyEvent: %s is FORBIDDEN', async (_who, client) => {
    const error = await (
      await client()
    ).fails(RECORD_EVENT, {
      input: {
        divisionId: place.county,
        kind: 'PLENARY',
        title: '全体会议',
        heldOn: '2024-01-15',
        participants: [{ memberId: a, attendance: 'PRESENT' }],
      },
    });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it.each<[string, () => Promise<GraphqlClient>]>([
    ['an administrator limited to a division', () => clientWithScope(t, 'ADMIN', place.county)],
    ['an editor', () => clientWithScope(t, 'EDITOR', null)],
  ])('saveDutyRuleSet: %s is FORBIDDEN', async (_who, client) => {
    const { proposedDutyRuleSet } = await t.admin.ok(PROPOSED_RULES, { year: 2031 });
    const error = await (await client()).fails(SAVE_RULES, { input: ruleInput(proposedDutyRuleSet) });
    expect(error.extensions?.code).toBe('FORBIDDEN');
  });

  it('a year without saved rules is refused, not scored by the proposal', async () => {
    const error = await t.admin.fails(RANKING, { year: 2022 });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.extensions?.fields?.[0]?.field).toBe('year');
  });

  it('a file: the member reads their own, nobody but the office reads others', async () => {
    const own = await memberAccount(t, a);
    expect((await own.ok(FILE, { memberId: a, year: 2024 })).memberDutyFile.member.id).toBe(a);
    expect((await own.fails(FILE, { memberId: b, year: 2024 })).extensions?.code).toBe('FORBIDDEN');
    const viewer = await clientWithScope(t, 'VIEWER', null);
    expect((await viewer.fails(FILE, { memberId: a, year: 2024 })).extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await officeClient(t, (await placeFixture(t)).county);
    expect((await elsewhere.fails(FILE, { memberId: a, year: 2024 })).extensions?.code).toBe('FORBIDDEN');
  });
});
