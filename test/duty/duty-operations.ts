import { graphql } from '../generated/gql.js';
import type { DutyCategoryRuleInput, DutyItemRuleInput, SaveDutyRuleSetInput } from '../generated/graphql.js';
import { sql } from '../support/database.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import type { TestApp } from '../support/test-app.js';

/** The duty operations the duty tests speak. */

export const CREATE_MEMBER = graphql(`
  mutation DutyCreateMember($input: CreateMemberInput!) {
    createMember(input: $input) {
      id
      divisionId
    }
  }
`);
export const SET_POST = graphql(`
  mutation DutySetPost($input: SetCommitteePostInput!) {
    setCommitteePost(input: $input) {
      id
    }
  }
`);
export const RECORD_EVENT = graphql(`
  mutation DutyRecordEvent($input: RecordDutyEventInput!) {
    recordDutyEvent(input: $input) {
      id
      version
      kind
      heldOn
      participants {
        memberId
        attendance
        speeches
        writtenSpeeches
        member {
          name
        }
      }
    }
  }
`);
export const UPDATE_EVENT = graphql(`
  mutation DutyUpdateEvent($input: UpdateDutyEventInput!) {
    updateDutyEvent(input: $input) {
      id
      version
      title
      participants {
        memberId
        attendance
      }
    }
  }
`);
export const DELETE_EVENT = graphql(`
  mutation DutyDeleteEvent($id: ID!) {
    deleteDutyEvent(id: $id)
  }
`);
export const EVENTS = graphql(`
  query DutyEvents($filter: DutyEventFilter, $skip: Int, $take: Int) {
    dutyEvents(filter: $filter, skip: $skip, take: $take) {
      totalItems
      items {
        id
        title
        heldOn
      }
    }
  }
`);
export const EVENT = graphql(`
  query DutyEvent($id: ID!) {
    dutyEvent(id: $id) {
      id
      title
    }
  }
`);
export const PROPOSED_RULES = graphql(`
  query DutyProposedRules($year: Int!) {
    proposedDutyRuleSet(year: $year) {
      year
      saved
      version
      basePoints
      excellentFrom
      goodFrom
      competentFrom
      categories {
        code
        name
        cap
        floor
      }
      items {
        fact
        category
        points
      }
    }
  }
`);
export const RULES = graphql(`
  query DutyRules($year: Int!) {
    dutyRuleSet(year: $year) {
      year
      saved
      version
    }
  }
`);
export const SAVE_RULES = graphql(`
  mutation DutySaveRules($input: SaveDutyRuleSetInput!) {
    saveDutyRuleSet(input: $input) {
      year
      saved
      version
    }
  }
`);
export const RANKING = graphql(`
  query DutyRanking($year: Int!, $divisionId: ID, $sector: String, $skip: Int, $take: Int) {
    dutyRanking(year: $year, divisionId: $divisionId, sector: $sector, skip: $skip, take: $take) {
      year
      totalItems
      ruleSet {
        year
        version
      }
      items {
        rank
        total
        grade
        member {
          id
          name
        }
        categories {
          code
          raw
          counted
        }
      }
    }
  }
`);
export const FILE = graphql(`
  query DutyFile($memberId: ID!, $year: Int!) {
    memberDutyFile(memberId: $memberId, year: $year) {
      year
      total
      grade
      basePoints
      member {
        id
      }
      ruleSet {
        year
      }
      categories {
        code
        name
        cap
        raw
        counted
      }
      points {
        fact
        category
        quantity
        pointsEach
        points
        sourceKind
        sourceId
        title
        on
      }
      brokeredMatches {
        matchId
        title
        status
        signedOn
        figures {
          jobsPersonTimes
          householdRentYuan
        }
      }
    }
  }
`);

/** An input for saveDutyRuleSet from a rule set as read (the proposal or a saved one). */
export function ruleInput(
  rules: {
    year: number;
    basePoints: number;
    excellentFrom: number;
    goodFrom: number;
    competentFrom: number;
    categories: DutyCategoryRuleInput[];
    items: DutyItemRuleInput[];
  },
  changes: Partial<SaveDutyRuleSetInput> = {},
): SaveDutyRuleSetInput {
  return {
    year: rules.year,
    basePoints: rules.basePoints,
    excellentFrom: rules.excellentFrom,
    goodFrom: rules.goodFrom,
    competentFrom: rules.competentFrom,
    categories: rules.categories.map(({ code, name, cap, floor }) => ({ code, name, cap, floor })),
    items: rules.items.map(({ fact, category, points }) => ({ fact, category, points })),
    ...changes,
  };
}

/** Saves the proposed (domain) rules for a year as they are, or changed. */
export async function saveProposedRules(t: TestApp, year: number, changes: Partial<SaveDutyRuleSetInput> = {}): Promise<void> {
  const { proposedDutyRuleSet } = await t.admin.ok(PROPOSED_RULES, { year });
  await t.admin.ok(SAVE_RULES, { input: ruleInput(proposedDutyRuleSet, changes) });
}

/** An editor holding the committee office's post (政协办), limited to `divisionId`. */
export async function officeClient(t: TestApp, divisionId: string | null): Promise<GraphqlClient> {
  const client = await clientWithScope(t, 'EDITOR', divisionId);
  await t.admin.ok(SET_POST, { input: { userId: client.userId, kind: 'OFFICE' } });
  return client;
}

/** A member's own account (委员本人): a viewer whose post names the member. */
export async function memberAccount(t: TestApp, memberId: string): Promise<GraphqlClient> {
  const client = await clientWithScope(t, 'VIEWER', null);
  await t.admin.ok(SET_POST, { input: { userId: client.userId, kind: 'MEMBER', memberId } });
  return client;
}

/** A member on the committee of `divisionId`, created through the API. */
export async function committeeMember(t: TestApp, name: string, divisionId: string, sector: string | null = null): Promise<string> {
  const { createMember } = await t.admin.ok(CREATE_MEMBER, { input: { name, divisionId, sector } });
  return createMember.id;
}

/** A service team led by `leaderId` with `memberIds`, and one visit on each of `dates` (prerequisites, inserted). */
export async function teamWithVisits(t: TestApp, baseId: string, leaderId: string, memberIds: string[], dates: string[]): Promise<string> {
  const [team] = await sql<{ id: string }>(t, `INSERT INTO service_team (name, leader_id) VALUES ($1, $2) RETURNING id::text AS id`, [
    `服务团-${leaderId}-${Date.now() % 100000}`,
    leaderId,
  ]);
  for (const memberId of memberIds)
    await sql(t, `INSERT INTO service_team_member (team_id, member_id) VALUES ($1, $2)`, [team.id, memberId]);
  for (const date of dates) {
    await sql(t, `INSERT INTO service_activity (team_id, base_id, date, topic) VALUES ($1, $2, $3, '葡萄修剪技术培训')`, [
      team.id,
      baseId,
      date,
    ]);
  }
  return team.id;
}

const CREATE_SUGGESTION = graphql(`
  mutation DutyCreateSuggestion($input: CreateSuggestionInput!) {
    createSuggestion(input: $input) {
      id
    }
  }
`);
const SUBMIT_SUGGESTION = graphql(`
  mutation DutySubmitSuggestion($input: SuggestionStepInput!) {
    submitSuggestion(input: $input) {
      id
    }
  }
`);
const FILE_SUGGESTION = graphql(`
  mutation DutyFileSuggestion($input: FileSuggestionInput!) {
    fileSuggestion(input: $input) {
      id
    }
  }
`);
const DECLINE_SUGGESTION = graphql(`
  mutation DutyDeclineSuggestion($input: DeclineSuggestionInput!) {
    declineSuggestion(input: $input) {
      id
      status
    }
  }
`);
const ASSIGN_SUGGESTION = graphql(`
  mutation DutyAssignSuggestion($input: AssignSuggestionInput!) {
    assignSuggestion(input: $input) {
      id
    }
  }
`);
const REPLY_SUGGESTION = graphql(`
  mutation DutyReplySuggestion($input: ReplyToSuggestionInput!) {
    replyToSuggestion(input: $input) {
      id
      status
    }
  }
`);
const CREATE_UNIT = graphql(`
  mutation DutyCreateUnit($input: CreateHandlingUnitInput!) {
    createHandlingUnit(input: $input) {
      id
    }
  }
`);

/** A handling unit and an account of its staff (who replies to what the unit is assigned). */
export async function unitWithStaff(t: TestApp, name: string): Promise<{ unitId: string; staff: GraphqlClient }> {
  const { createHandlingUnit } = await t.admin.ok(CREATE_UNIT, { input: { name } });
  const staff = await clientWithScope(t, 'VIEWER', null);
  await t.admin.ok(SET_POST, { input: { userId: staff.userId, kind: 'UNIT', handlingUnitId: createHandlingUnit.id } });
  return { unitId: createHandlingUnit.id, staff };
}

export interface SuggestionLife {
  kind: 'PROPOSAL' | 'SOCIAL_CONDITIONS';
  title: string;
  /** Lead author first. */
  authorIds: string[];
  divisionId: string;
  submittedOn: string;
  filedOn?: string;
  declined?: string;
  /** Assigned to the unit on the filing day and answered by its staff (A or B: adopted). */
  reply?: { result: 'A' | 'B' | 'C' | 'D'; on: string; unitId: string; staff: GraphqlClient };
}

/**
 * A suggestion taken through the suggestions API by the office and the unit's staff. Submitting
 * takes no date (it is today's); the test enters last year's work, so the day submitted is set
 * back in the table — as the suggestions tests do — before the dated steps.
 */
export async function suggestionThroughApi(t: TestApp, office: GraphqlClient, life: SuggestionLife): Promise<string> {
  const { createSuggestion } = await office.ok(CREATE_SUGGESTION, {
    input: { kind: life.kind, title: life.title, content: `${life.title}的内容`, divisionId: life.divisionId, authorIds: life.authorIds },
  });
  const id = createSuggestion.id;
  await office.ok(SUBMIT_SUGGESTION, { input: { id } });
  await sql(t, `UPDATE suggestion SET submitted_on = $2 WHERE id = $1`, [id, life.submittedOn]);
  if (life.declined) await office.ok(DECLINE_SUGGESTION, { input: { id, reason: life.declined } });
  if (life.filedOn) await office.ok(FILE_SUGGESTION, { input: { id, filedOn: life.filedOn } });
  if (life.reply && life.filedOn) {
    await office.ok(ASSIGN_SUGGESTION, { input: { id, leadUnitId: life.reply.unitId, assignedOn: life.filedOn, deadline: life.reply.on } });
    await life.reply.staff.ok(REPLY_SUGGESTION, { input: { id, result: life.reply.result, text: '已办理', repliedOn: life.reply.on } });
  }
  return id;
}
