import { graphql } from '../generated/gql.js';
import { countRows } from '../support/database.js';
import { baseFixture, divisionFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  ASSIGN,
  backdate,
  CREATE_SUGGESTION,
  daysFromToday,
  draftInput,
  EVALUATE,
  FILE,
  filedSuggestion,
  REPLY,
  SUBMIT,
  suggestionWorld,
  today,
  type SuggestionWorld,
} from './suggestion-world.js';

const ONE = graphql(`
  query SuggestionLifeOne($id: ID!) {
    suggestion(id: $id) {
      id
      status
      version
      round
      deadline
      light
      daysLeft
      leadUnit {
        id
      }
      authors {
        id
      }
      divisions {
        id
      }
      bases {
        id
      }
      assignments {
        unitId
        role
        endedOn
      }
      opinions {
        unitId
        round
      }
      replies {
        round
        result
        evaluation
        late
      }
      steps {
        action
        statusAfter
        actorName
        note
      }
    }
  }
`);
const LIST = graphql(`
  query SuggestionLifeList($filter: SuggestionFilter) {
    suggestions(filter: $filter) {
      items {
        id
      }
      totalItems
    }
  }
`);
const UPDATE = graphql(`
  mutation SuggestionLifeUpdate($input: UpdateSuggestionInput!) {
    updateSuggestion(input: $input) {
      id
      title
    }
  }
`);
const OPINION = graphql(`
  mutation SuggestionLifeOpinion($input: SendCoUnitOpinionInput!) {
    sendCoUnitOpinion(input: $input) {
      id
    }
  }
`);
const CLOSE = graphql(`
  mutation SuggestionLifeClose($input: SuggestionStepInput!) {
    closeSuggestion(input: $input) {
      id
      status
      closedOn
    }
  }
`);
const RETURN = graphql(`
  mutation SuggestionLifeReturn($input: ReturnSuggestionAssignmentInput!) {
    returnSuggestionAssignment(input: $input) {
      id
      status
      leadUnit {
        id
      }
    }
  }
`);
const SETTINGS = graphql(`
  mutation SuggestionLifeSettings($input: UpdateSuggestionSettingsInput!) {
    updateSuggestionSettings(input: $input) {
      yellowDays
    }
  }
`);
const AUDIT = graphql(`
  query SuggestionLifeAudit($filter: AuditFilter) {
    auditLog(filter: $filter, take: 100) {
      items {
        action
        entityType
      }
    }
  }
`);

describe('a suggestion’s life (建言督办), by the roles who do each step', () => {
  let t: TestApp;
  let w: SuggestionWorld;

  beforeAll(async () => {
    t = await startTestApp();
    w = await suggestionWorld(t);
  });
  afterAll(() => t.close());

  const read = async (client: GraphqlClient, id: string) => (await client.ok(ONE, { id })).suggestion;
  const written = async (id: string) => ({ version: (await read(w.office, id))?.version, steps: await countRows(t, 'suggestion_step') });

  describe('from draft to closed', () => {
    let id: string;

    it('a member drafts one they author, with the places and bases it is about; nobody else sees the draft', async () => {
      const base = await baseFixture(t, w.place.village);
      const input = draftInput(w, { authorIds: [w.memberId, w.otherMemberId], divisionIds: [w.place.village], baseIds: [base] });
      const created = (await w.member.ok(CREATE_SUGGESTION, { input })).createSuggestion;
      id = created.id;
      expect(created.status).toBe('DRAFT');
      const mine = await read(w.member, id);
      expect(mine?.authors.map((author) => author.id)).toEqual([w.memberId, w.otherMemberId]);
      expect(mine?.divisions.map((division) => division.id)).toEqual([w.place.village]);
      expect(mine?.bases.map((row) => row.id)).toEqual([base]);
      // A unit's staff and an ordinary reader never see a draft.
      expect(await read(w.staffA, id)).toBeNull();
      expect(await read(await t.clientWithRole('VIEWER'), id)).toBeNull();
    });

    it('refuses a member changing another member’s draft (NOT_FOUND: the draft is not theirs to see) and writes nothing', async () => {
      const draft = (await w.otherMember.ok(CREATE_SUGGESTION, { input: draftInput(w, { authorIds: [w.otherMemberId] }) }))
        .createSuggestion;
      const before = await written(draft.id);
      const error = await w.member.fails(UPDATE, { input: { id: draft.id, title: '改标题' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect((await w.member.fails(SUBMIT, { input: { id: draft.id } })).extensions?.code).toBe('NOT_FOUND');
      expect(await written(draft.id)).toEqual(before);
    });

    it('refuses a member drafting a suggestion they do not author', async () => {
      const error = await w.member.fails(CREATE_SUGGESTION, { input: draftInput(w, { authorIds: [w.otherMemberId] }) });
      expect(error.extensions?.code).toBe('BAD_USER_INPUT');
      expect(error.extensions?.fields?.map((problem) => problem.field)).toEqual(['authorIds']);
    });

    it('the member submits it; now readers in scope see it', async () => {
      const submitted = (await w.member.ok(SUBMIT, { input: { id } })).submitSuggestion;
      expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedOn: today() });
      expect(await read(await t.clientWithRole('VIEWER'), id)).not.toBeNull();
    });

    it.each<[string, (id: string) => Promise<{ code?: string; message: string }>, string]>([
      [
        'the lead author evaluating before any reply',
        (id) => w.member.fails(EVALUATE, { input: { id, evaluation: 'SATISFIED' } }),
        '不能评价',
      ],
      ['the office closing before it is filed', (id) => w.office.fails(CLOSE, { input: { id } }), '不能办结'],
      ['the office assigning before it is filed', (id) => w.office.fails(ASSIGN, { input: { id, leadUnitId: w.unitA } }), '不能交办'],
    ])('refuses a step out of order — %s — with CONFLICT naming the state, and writes nothing', async (_label, attempt, words) => {
      const before = await written(id);
      const error = await attempt(id);
      expect((error as { extensions?: { code?: string } }).extensions?.code).toBe('CONFLICT');
      expect(error.message).toBe(`该建言当前状态为“已提交”，${words}`);
      expect(await written(id)).toEqual(before);
    });

    it('refuses a member filing (only the office files)', async () => {
      expect((await w.member.fails(FILE, { input: { id } })).extensions?.code).toBe('FORBIDDEN');
    });

    it('the office files it and assigns unit A to lead and unit B to help, due in ten days: a green light', async () => {
      await w.office.ok(FILE, { input: { id } });
      const assigned = (
        await w.office.ok(ASSIGN, { input: { id, leadUnitId: w.unitA, coUnitIds: [w.unitB], deadline: daysFromToday(10) } })
      ).assignSuggestion;
      expect(assigned).toMatchObject({ status: 'ASSIGNED', round: 1, deadline: daysFromToday(10), light: 'GREEN', daysLeft: 10 });
    });

    it('unit C’s staff neither see A’s item nor answer it (NOT_FOUND), and nothing is written', async () => {
      expect(await read(w.staffC, id)).toBeNull();
      expect((await w.staffC.ok(LIST, {})).suggestions.totalItems).toBe(0);
      const before = await written(id);
      const error = await w.staffC.fails(REPLY, { input: { id, result: 'A', text: '已办理' } });
      expect(error.extensions?.code).toBe('NOT_FOUND');
      expect((await w.staffC.fails(OPINION, { input: { id, text: '意见' } })).extensions?.code).toBe('NOT_FOUND');
      expect(await written(id)).toEqual(before);
    });

    it('the co-unit sends its opinion but may not reply', async () => {
      expect((await w.staffB.fails(REPLY, { input: { id, result: 'A', text: '已办理' } })).extensions?.code).toBe('FORBIDDEN');
      await w.staffB.ok(OPINION, { input: { id, text: '我局将配合做好营地周边旅游线路规划。' } });
      expect((await read(w.staffB, id))?.opinions).toEqual([{ unitId: w.unitB, round: 1 }]);
    });

    it('the lead unit replies B; a second reply is a step out of order', async () => {
      expect((await w.staffA.ok(REPLY, { input: { id, result: 'B', text: '已列入明年计划。' } })).replyToSuggestion.status).toBe('REPLIED');
      const before = await written(id);
      const error = await w.staffA.fails(REPLY, { input: { id, result: 'A', text: '再答复' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toBe('该建言当前状态为“已答复”，不能答复');
      expect(await written(id)).toEqual(before);
    });

    it('only the lead author evaluates: the co-signer is refused', async () => {
      expect((await w.otherMember.fails(EVALUATE, { input: { id, evaluation: 'SATISFIED' } })).extensions?.code).toBe('FORBIDDEN');
    });

    it('the lead author is not satisfied: back to the units with a new deadline, the first reply kept', async () => {
      const back = (
        await w.member.ok(EVALUATE, { input: { id, evaluation: 'UNSATISFIED', note: '用地问题未落实', deadline: daysFromToday(30) } })
      ).evaluateSuggestionReply;
      expect(back).toMatchObject({ status: 'ASSIGNED', round: 2, deadline: daysFromToday(30) });
      expect((await read(w.office, id))?.replies).toEqual([{ round: 1, result: 'B', evaluation: 'UNSATISFIED', late: false }]);
    });

    it('the lead unit replies A, the lead author is satisfied, the office closes it', async () => {
      await w.staffA.ok(REPLY, { input: { id, result: 'A', text: '营地用地已落实。' } });
      expect((await w.member.ok(EVALUATE, { input: { id, evaluation: 'SATISFIED' } })).evaluateSuggestionReply.status).toBe('EVALUATED');
      expect((await w.office.ok(CLOSE, { input: { id } })).closeSuggestion).toMatchObject({ status: 'CLOSED', closedOn: today() });
      const closed = await read(w.office, id);
      expect(closed?.replies.map((reply) => [reply.round, reply.result, reply.evaluation])).toEqual([
        [1, 'B', 'UNSATISFIED'],
        [2, 'A', 'SATISFIED'],
      ]);
      expect(closed?.steps.map((step) => `${step.action}→${step.statusAfter}`)).toEqual([
        'CREATE→DRAFT',
        'SUBMIT→SUBMITTED',
        'FILE→FILED',
        'ASSIGN→ASSIGNED',
        'OPINION→ASSIGNED',
        'REPLY→REPLIED',
        'EVALUATE→ASSIGNED',
        'REPLY→REPLIED',
        'EVALUATE→EVALUATED',
        'CLOSE→CLOSED',
      ]);
      expect(closed?.light).toBeNull();
    });

    it('keeps an audit entry for every step', async () => {
      const entries = async (entityType: string) =>
        (await t.admin.ok(AUDIT, { filter: { entityType } })).auditLog.items.map((entry) => entry.action);
      expect(await entries('Suggestion')).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
      expect((await entries('SuggestionStep')).filter((action) => action === 'CREATE').length).toBeGreaterThanOrEqual(10);
      expect(await entries('SuggestionReply')).toEqual(expect.arrayContaining(['CREATE', 'UPDATE']));
      expect(await entries('SuggestionAssignment')).toContain('CREATE');
    });

    it('a leader limited to another county sees nothing of it', async () => {
      const elsewhere = await divisionFixture(t, 'COUNTY', w.place.city, '别县');
      const leader = await clientWithScope(t, 'VIEWER', elsewhere);
      expect(await read(leader, id)).toBeNull();
      expect((await leader.ok(LIST, {})).suggestions.totalItems).toBe(0);
    });
  });

  describe('a unit wrongly assigned', () => {
    it('returns the item within the settings’ days, and the office assigns it again', async () => {
      const id = await filedSuggestion(t, w);
      await w.office.ok(ASSIGN, { input: { id, leadUnitId: w.unitC, coUnitIds: [w.unitB] } });
      const returned = (await w.staffC.ok(RETURN, { input: { id, reason: '不属于本单位职责' } })).returnSuggestionAssignment;
      expect(returned).toMatchObject({ status: 'FILED', leadUnit: null });
      expect(await read(w.staffC, id)).toBeNull();
      const again = (await w.office.ok(ASSIGN, { input: { id, leadUnitId: w.unitA } })).assignSuggestion;
      // The default deadline: three calendar months.
      expect(again.status).toBe('ASSIGNED');
      expect((again.deadline ?? '') > daysFromToday(27)).toBe(true);
      expect((await read(w.office, id))?.assignments.map((row) => [row.unitId, row.role, row.endedOn !== null])).toEqual([
        [w.unitC, 'LEAD', true],
        [w.unitB, 'CO', true],
        [w.unitA, 'LEAD', false],
      ]);
    });

    it('is refused once the days to return have passed', async () => {
      const id = await filedSuggestion(t, w);
      await w.office.ok(ASSIGN, { input: { id, leadUnitId: w.unitC } });
      await backdate(t, id, 11);
      const error = await w.staffC.fails(RETURN, { input: { id, reason: '不属于本单位职责' } });
      expect(error.extensions?.code).toBe('CONFLICT');
      expect(error.message).toContain('超过 10 天');
    });
  });

  describe('the lights around a deadline (set the deadline; never wait on the clock)', () => {
    let green: string;
    let yellow: string;
    let red: string;

    beforeAll(async () => {
      green = await filedSuggestion(t, w);
      yellow = await filedSuggestion(t, w);
      red = await filedSuggestion(t, w);
      await w.office.ok(ASSIGN, { input: { id: green, leadUnitId: w.unitA, deadline: daysFromToday(10) } });
      await w.office.ok(ASSIGN, { input: { id: yellow, leadUnitId: w.unitA, deadline: daysFromToday(3) } });
      await w.office.ok(ASSIGN, { input: { id: red, leadUnitId: w.unitA, deadline: today() } });
      // A day passes for this one: its deadline was yesterday.
      await backdate(t, red, 1);
    });
    afterAll(() => w.office.ok(SETTINGS, { input: { yellowDays: 7 } }));

    it('green ten days ahead, yellow three days ahead, red a day past', async () => {
      expect(await read(w.staffA, green)).toMatchObject({ light: 'GREEN', daysLeft: 10 });
      expect(await read(w.staffA, yellow)).toMatchObject({ light: 'YELLOW', daysLeft: 3 });
      expect(await read(w.staffA, red)).toMatchObject({ light: 'RED', daysLeft: -1, deadline: daysFromToday(-1) });
      const byLight = async (light: 'GREEN' | 'YELLOW' | 'RED') =>
        (await w.staffA.ok(LIST, { filter: { light } })).suggestions.items.map((item) => item.id);
      expect(await byLight('RED')).toEqual([red]);
      expect(await byLight('YELLOW')).toEqual([yellow]);
      expect(await byLight('GREEN')).toContain(green);
    });

    it('follows the yellow-days setting', async () => {
      await w.office.ok(SETTINGS, { input: { yellowDays: 2 } });
      expect((await read(w.staffA, yellow))?.light).toBe('GREEN');
      await w.office.ok(SETTINGS, { input: { yellowDays: 10 } });
      expect((await read(w.staffA, green))?.light).toBe('YELLOW');
    });

    it('a reply after the deadline is kept as late', async () => {
      await w.staffA.ok(REPLY, { input: { id: red, result: 'C', text: '条件成熟时解决。' } });
      expect((await read(w.office, red))?.replies).toEqual([{ round: 1, result: 'C', evaluation: null, late: true }]);
    });

    it('only the office changes the settings', async () => {
      expect((await w.staffA.fails(SETTINGS, { input: { yellowDays: 1 } })).extensions?.code).toBe('FORBIDDEN');
    });
  });
});
