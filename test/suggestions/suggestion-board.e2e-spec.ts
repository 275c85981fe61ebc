import { SUGGESTION_CREDITS, type SuggestionCredits } from '@rural/committee';

import { graphql } from '../generated/gql.js';
import type { AssignSuggestionInput, CreateSuggestionInput } from '../generated/graphql.js';
import { countRows } from '../support/database.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ASSIGN,
  backdate,
  CREATE_SUGGESTION,
  daysFromToday,
  draftInput,
  EVALUATE,
  filedSuggestion,
  REPLY,
  SUBMIT,
  suggestionWorld,
  today,
  type SuggestionWorld,
} from './suggestion-world.js';

const BOARD = graphql(`
  query SuggestionBoardOf($filter: SuggestionBoardFilter) {
    suggestionBoard(filter: $filter) {
      today
      yellowDays
      items {
        suggestion {
          id
        }
        unit {
          id
        }
        light
        daysLeft
        keySupervision
      }
      units {
        unitId
        open
        red
        yellow
        replied
        repliedOnTime
        onTimeRate
        evaluated
        satisfied
        satisfactionRate
      }
    }
  }
`);
const RATES = graphql(`
  query SuggestionRatesOf($year: Int, $divisionId: ID) {
    suggestionUnitRates(year: $year, divisionId: $divisionId) {
      unitId
      onTimeRate
      satisfactionRate
      unit {
        name
      }
    }
  }
`);
const FIGURES = graphql(`
  query SuggestionFiguresOf($filter: SuggestionFiguresFilter) {
    suggestionFigures(filter: $filter) {
      researchVisits
      submitted
      filed
      notFiled
      replied
      adopted
      instructed
      closed
      summaryText
    }
  }
`);
const RECORD_EVENT = graphql(`
  mutation SuggestionBoardResearch($input: RecordDutyEventInput!) {
    recordDutyEvent(input: $input) {
      id
    }
  }
`);
const LIST = graphql(`
  query SuggestionBoardList($filter: SuggestionFilter) {
    suggestions(filter: $filter) {
      items {
        id
      }
      totalItems
    }
  }
`);
const DECLINE = graphql(`
  mutation SuggestionBoardDecline($input: DeclineSuggestionInput!) {
    declineSuggestion(input: $input) {
      status
      declineReason
      turnedInto {
        kind
        status
        authors {
          id
        }
        source {
          id
        }
      }
    }
  }
`);
const INSTRUCT = graphql(`
  mutation SuggestionBoardInstruct($input: AddSuggestionInstructionInput!) {
    addSuggestionInstruction(input: $input) {
      id
    }
  }
`);
const KEY = graphql(`
  mutation SuggestionBoardKey($input: MarkKeySupervisionInput!) {
    markKeySupervision(input: $input) {
      keySupervision
    }
  }
`);

describe('the supervision board (督办看板), units’ rates and figures', () => {
  let t: TestApp;
  let w: SuggestionWorld;
  const s: Record<string, string> = {};
  const year = Number(today().slice(0, 4));

  const assign = (input: AssignSuggestionInput) => w.office.ok(ASSIGN, { input });
  const reply = (client: SuggestionWorld['staffA'], id: string, result: 'A' | 'B' | 'C' | 'D') =>
    client.ok(REPLY, { input: { id, result, text: '答复内容' } });

  beforeAll(async () => {
    t = await startTestApp();
    w = await suggestionWorld(t);
    for (const name of ['s1', 's2', 's3', 's4', 's5', 's6', 's7']) s[name] = await filedSuggestion(t, w);
    await assign({ id: s.s1, leadUnitId: w.unitA, deadline: daysFromToday(10) });
    await assign({ id: s.s2, leadUnitId: w.unitA, deadline: daysFromToday(2) });
    await assign({ id: s.s3, leadUnitId: w.unitB, deadline: today() });
    await backdate(t, s.s3, 5);
    await assign({ id: s.s4, leadUnitId: w.unitA, deadline: today() });
    await backdate(t, s.s4, 2);
    // B replies s5 on time (A, satisfied) and s6 late (C, not satisfied: a new round, green).
    await assign({ id: s.s5, leadUnitId: w.unitB, deadline: daysFromToday(5) });
    await reply(w.staffB, s.s5, 'A');
    await w.member.ok(EVALUATE, { input: { id: s.s5, evaluation: 'SATISFIED' } });
    await assign({ id: s.s6, leadUnitId: w.unitB, deadline: today() });
    await backdate(t, s.s6, 3);
    await reply(w.staffB, s.s6, 'C');
    await w.member.ok(EVALUATE, { input: { id: s.s6, evaluation: 'UNSATISFIED', deadline: daysFromToday(20) } });
    // A replies s7 on time (B, basically satisfied).
    await assign({ id: s.s7, leadUnitId: w.unitA });
    await reply(w.staffA, s.s7, 'B');
    await w.member.ok(EVALUATE, { input: { id: s.s7, evaluation: 'BASICALLY_SATISFIED' } });
    await w.office.ok(INSTRUCT, { input: { id: s.s5, leader: '县委书记', text: '请抓紧落实。' } });
    await w.office.ok(INSTRUCT, { input: { id: s.s7, leader: '县长', text: '同意。' } });
    await w.office.ok(KEY, { input: { id: s.s3, key: true } });
  });
  afterAll(() => t.close());

  it('lists open items red first (most overdue first), then yellow, then green, with unit, days and key supervision', async () => {
    const board = (await t.admin.ok(BOARD, { filter: { divisionId: w.place.county } })).suggestionBoard;
    expect(board).toMatchObject({ today: today(), yellowDays: 7 });
    expect(board.items.map((item) => [item.suggestion.id, item.unit?.id, item.light, item.daysLeft, item.keySupervision])).toEqual([
      [s.s3, w.unitB, 'RED', -5, true],
      [s.s4, w.unitA, 'RED', -2, false],
      [s.s2, w.unitA, 'YELLOW', 2, false],
      [s.s1, w.unitA, 'GREEN', 10, false],
      [s.s6, w.unitB, 'GREEN', 20, false],
    ]);
  });

  it('gives each unit its open, red and yellow items and its on-time and satisfaction rates, exactly', async () => {
    const board = (await w.office.ok(BOARD, { filter: { year } })).suggestionBoard;
    expect(board.units).toEqual([
      {
        unitId: w.unitA,
        open: 3,
        red: 1,
        yellow: 1,
        replied: 1,
        repliedOnTime: 1,
        onTimeRate: '1',
        evaluated: 1,
        satisfied: 1,
        satisfactionRate: '1',
      },
      {
        unitId: w.unitB,
        open: 2,
        red: 1,
        yellow: 0,
        replied: 2,
        repliedOnTime: 1,
        onTimeRate: '0.5',
        evaluated: 2,
        satisfied: 1,
        satisfactionRate: '0.5',
      },
    ]);
    const rates = (await t.admin.ok(RATES, { year, divisionId: w.place.county })).suggestionUnitRates;
    expect(rates.map((row) => [row.unitId, row.onTimeRate, row.satisfactionRate])).toEqual([
      [w.unitA, '1', '1'],
      [w.unitB, '0.5', '0.5'],
    ]);
    // Another year has no replies: no rate, rather than 0.
    expect((await t.admin.ok(RATES, { year: year - 1 })).suggestionUnitRates.every((row) => row.onTimeRate === null)).toBe(true);
  });

  it.each<[string, (year: number) => Record<string, unknown>, string[]]>([
    ['status', () => ({ status: 'EVALUATED' }), ['s5', 's7']],
    ['unit', () => ({ unitId: 'B' }), ['s3', 's5', 's6']],
    ['year', (year) => ({ year }), ['s1', 's2', 's3', 's4', 's5', 's6', 's7']],
    ['another year', (year) => ({ year: year - 1 }), []],
    ['search in the title', () => ({ search: '露营产业发展' }), ['s1', 's2', 's3', 's4', 's5', 's6', 's7']],
    ['light and division', () => ({ light: 'RED', divisionId: 'COUNTY' }), ['s3', 's4']],
    ['author and kind', () => ({ memberId: 'MEMBER', kind: 'PROPOSAL', status: 'ASSIGNED' }), ['s1', 's2', 's3', 's4', 's6']],
  ])('lists suggestions by %s', async (_label, build, expected) => {
    const names: Record<string, string> = { B: w.unitB, COUNTY: w.place.county, MEMBER: w.memberId };
    const filter = Object.fromEntries(Object.entries(build(year)).map(([key, value]) => [key, names[value as string] ?? value]));
    const found = (await t.admin.ok(LIST, { filter })).suggestions;
    expect(found.items.map((item) => item.id)).toEqual(expected.map((name) => s[name]));
    expect(found.totalItems).toBe(expected.length);
  });

  it('shows a unit’s staff only their unit’s items on the board', async () => {
    const board = (await w.staffB.ok(BOARD, {})).suggestionBoard;
    expect(board.items.map((item) => item.suggestion.id)).toEqual([s.s3, s.s6]);
  });

  it('turns a proposal not filed into a social-conditions report with the same authors', async () => {
    const { id } = (await w.office.ok(CREATE_SUGGESTION, { input: draftInput(w, { authorIds: [w.memberId, w.otherMemberId] }) }))
      .createSuggestion;
    await w.office.ok(SUBMIT, { input: { id } });
    const declined = (await w.office.ok(DECLINE, { input: { id, reason: '属于社情民意范畴', toSocialConditions: true } }))
      .declineSuggestion;
    expect(declined).toMatchObject({
      status: 'NOT_FILED',
      declineReason: '属于社情民意范畴',
      turnedInto: { kind: 'SOCIAL_CONDITIONS', status: 'SUBMITTED', source: { id } },
    });
    expect(declined.turnedInto?.authors.map((author) => author.id)).toEqual([w.memberId, w.otherMemberId]);
  });

  it('counts figures and writes the sentence (drafts never count; research visits of the topic and year)', async () => {
    await w.member.ok(CREATE_SUGGESTION, { input: draftInput(w) });
    const visit = (title: string, topic: string | null, heldOn: string, kind: 'RESEARCH' | 'CONSULTATION' = 'RESEARCH') =>
      t.admin.ok(RECORD_EVENT, { input: { divisionId: w.place.county, kind, title, topic, heldOn, participants: [] } });
    await visit('露营基地调研', null, `${year}-01-02`);
    await visit('产业调研', '露营产业', `${year}-01-03`);
    await visit('产业协商', '露营产业', `${year}-01-04`, 'CONSULTATION');
    await visit('中药材调研', '中药材', `${year}-01-05`);
    await visit('往年露营调研', '露营产业', `${year - 1}-06-01`);
    const figures = (await t.admin.ok(FIGURES, { filter: { divisionId: w.place.county, year, topic: '露营' } })).suggestionFigures;
    // s1–s7 filed; the declined proposal and the report it became.
    expect(figures).toEqual({
      researchVisits: 2,
      submitted: 9,
      filed: 7,
      notFiled: 1,
      replied: 3,
      adopted: 2,
      instructed: 2,
      closed: 0,
      summaryText: '围绕露营开展调研2次，提出意见建议9条，其中2条得到采纳，2条获领导批示。',
    });
    const none = (await t.admin.ok(FIGURES, { filter: { topic: '中药材' } })).suggestionFigures;
    expect(none.summaryText).toBe('围绕中药材开展调研1次，尚未提出意见建议。');
  });

  it('provides duty points their credits: a co-signer’s steps of the year, drafts left out', async () => {
    const credits = t.app.get<SuggestionCredits>(SUGGESTION_CREDITS);
    const { id } = (await w.office.ok(CREATE_SUGGESTION, { input: draftInput(w, { authorIds: [w.otherMemberId, w.memberId] }) }))
      .createSuggestion;
    await w.office.ok(SUBMIT, { input: { id } });
    const mine = (await credits.creditsIn(year, [w.otherMemberId])).filter((credit) => credit.suggestionId === id);
    expect(mine).toEqual([
      {
        memberId: w.otherMemberId,
        suggestionId: id,
        title: '关于扶持露营产业发展的提案',
        kind: 'PROPOSAL',
        event: 'SUBMITTED',
        lead: true,
        on: today(),
      },
    ]);
    const lead = await credits.creditsIn(year, [w.memberId]);
    const s5 = lead.filter((credit) => credit.suggestionId === s.s5).map((credit) => `${credit.event}:${credit.lead}`);
    expect(s5.sort()).toEqual(['ADOPTED:true', 'FILED:true', 'INSTRUCTED:true', 'SUBMITTED:true']);
    // s6 was replied C: filed and submitted, never adopted.
    expect(lead.filter((credit) => credit.suggestionId === s.s6).map((credit) => credit.event)).not.toContain('ADOPTED');
    expect(await credits.creditsIn(year - 1, null)).toEqual([]);
  });

  describe('refusals', () => {
    it.each<[string, Partial<CreateSuggestionInput>, string, string]>([
      ['a blank title', { title: '  ' }, 'BAD_USER_INPUT', 'title'],
      ['no author', { authorIds: [] }, 'BAD_USER_INPUT', 'authorIds'],
      ['an author twice', { authorIds: ['MEMBER', 'MEMBER'] }, 'BAD_USER_INPUT', 'authorIds'],
      ['an author who does not exist', { authorIds: ['MEMBER', '999999'] }, 'NOT_FOUND', 'authorIds'],
      ['a committee division that does not exist', { divisionId: '999999' }, 'NOT_FOUND', 'divisionId'],
      ['a base that does not exist', { baseIds: ['999999'] }, 'NOT_FOUND', 'baseIds'],
      ['an unknown kind', { kind: 'LETTER' as never }, 'BAD_USER_INPUT', 'kind'],
    ])('refuses a draft with %s and stores nothing', async (_label, overrides, code, field) => {
      const input = draftInput(w, overrides);
      input.authorIds = input.authorIds.map((id) => (id === 'MEMBER' ? w.memberId : id));
      const before = await countRows(t, 'suggestion');
      const error = await w.office.fails(CREATE_SUGGESTION, { input });
      expect(error.extensions?.code).toBe(code);
      if (code !== 'BAD_USER_INPUT' || field !== 'kind') expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(/[\u4e00-\u9fff]/);
      expect(await countRows(t, 'suggestion')).toBe(before);
    });

    it.each<[string, (id: string) => Partial<AssignSuggestionInput>, string, string, RegExp]>([
      ['the lead unit also a co-unit', () => ({ leadUnitId: w.unitA, coUnitIds: [w.unitA] }), 'BAD_USER_INPUT', 'coUnitIds', /主办单位/],
      ['a unit that does not exist', () => ({ leadUnitId: '999999' }), 'NOT_FOUND', 'leadUnitId', /主办单位/],
      [
        'both a deadline and a rule',
        () => ({ deadline: daysFromToday(9), deadlineRule: { unit: 'MONTHS', amount: 1 } }),
        'BAD_USER_INPUT',
        'deadlineRule',
        /其一/,
      ],
      ['a deadline before the assignment', () => ({ deadline: daysFromToday(-1) }), 'BAD_USER_INPUT', 'deadline', /不能早于交办日期/],
      [
        'working days into a year without an official holiday calendar',
        () => ({ deadlineRule: { unit: 'WORKING_DAYS', amount: 366 } }),
        'BAD_USER_INPUT',
        'deadlineRule',
        /年的法定节假日安排尚未收录/,
      ],
      ['an assignment day in the future', () => ({ assignedOn: daysFromToday(1) }), 'BAD_USER_INPUT', 'assignedOn', /不能晚于今天/],
    ])('refuses an assignment with %s and writes nothing', async (_label, build, code, field, words) => {
      const id = await filedSuggestion(t, w);
      const before = { assignments: await countRows(t, 'suggestion_assignment'), steps: await countRows(t, 'suggestion_step') };
      const error = await w.office.fails(ASSIGN, { input: { id, leadUnitId: w.unitA, ...build(id) } });
      expect(error.extensions?.code).toBe(code);
      expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
      expect(error.message).toMatch(words);
      expect({ assignments: await countRows(t, 'suggestion_assignment'), steps: await countRows(t, 'suggestion_step') }).toEqual(before);
    });

    it('refuses turning anything but a proposal into a social-conditions report', async () => {
      const { id } = (await w.office.ok(CREATE_SUGGESTION, { input: draftInput(w, { kind: 'RESEARCH' }) })).createSuggestion;
      await w.office.ok(SUBMIT, { input: { id } });
      const error = await w.office.fails(DECLINE, { input: { id, reason: '重复', toSocialConditions: true } });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['toSocialConditions']);
    });
  });
});
