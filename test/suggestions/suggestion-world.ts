import { addCalendarDays, todayIn } from '@rural/core';

import { graphql } from '../generated/gql.js';
import type { CreateSuggestionInput } from '../generated/graphql.js';
import { sql } from '../support/database.js';
import { memberFixture, placeFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope, type UserRole } from '../support/scoped-clients.js';
import type { TestApp } from '../support/test-app.js';

const CREATE_UNIT = graphql(`
  mutation SuggestionWorldUnit($input: CreateHandlingUnitInput!) {
    createHandlingUnit(input: $input) {
      id
    }
  }
`);
const SET_POST = graphql(`
  mutation SuggestionWorldPost($input: SetCommitteePostInput!) {
    setCommitteePost(input: $input) {
      id
    }
  }
`);
export const CREATE_SUGGESTION = graphql(`
  mutation SuggestionCreate($input: CreateSuggestionInput!) {
    createSuggestion(input: $input) {
      id
      status
      version
    }
  }
`);
export const SUBMIT = graphql(`
  mutation SuggestionSubmit($input: SuggestionStepInput!) {
    submitSuggestion(input: $input) {
      id
      status
      submittedOn
    }
  }
`);
export const FILE = graphql(`
  mutation SuggestionFile($input: FileSuggestionInput!) {
    fileSuggestion(input: $input) {
      id
      status
      filedOn
    }
  }
`);
export const ASSIGN = graphql(`
  mutation SuggestionAssign($input: AssignSuggestionInput!) {
    assignSuggestion(input: $input) {
      id
      status
      deadline
      round
      light
      daysLeft
    }
  }
`);
export const REPLY = graphql(`
  mutation SuggestionReply($input: ReplyToSuggestionInput!) {
    replyToSuggestion(input: $input) {
      id
      status
    }
  }
`);
export const EVALUATE = graphql(`
  mutation SuggestionEvaluate($input: EvaluateSuggestionReplyInput!) {
    evaluateSuggestionReply(input: $input) {
      id
      status
      round
      deadline
    }
  }
`);

/** Today on the county's calendar, and days from it. */
export const today = () => todayIn();
export const daysFromToday = (days: number) => addCalendarDays(todayIn(), days);

/** The people and places of a suggestion's life: the office, members' own accounts, three units' staff. */
export interface SuggestionWorld {
  place: PlaceFixture;
  office: GraphqlClient;
  memberId: string;
  member: GraphqlClient;
  otherMemberId: string;
  otherMember: GraphqlClient;
  unitA: string;
  unitB: string;
  unitC: string;
  staffA: GraphqlClient;
  staffB: GraphqlClient;
  staffC: GraphqlClient;
}

let unitCount = 0;

export async function handlingUnit(t: TestApp, name: string): Promise<string> {
  unitCount += 1;
  return (await t.admin.ok(CREATE_UNIT, { input: { name: `${name}${unitCount}-${Date.now() % 100000}` } })).createHandlingUnit.id;
}

/** An account with a committee post, signed in. */
export async function withPost(
  t: TestApp,
  role: UserRole,
  post: { kind: 'OFFICE' } | { kind: 'UNIT'; handlingUnitId: string } | { kind: 'MEMBER'; memberId: string },
  divisionId: string | null = null,
): Promise<GraphqlClient> {
  const client = await clientWithScope(t, role, divisionId);
  await t.admin.ok(SET_POST, { input: { userId: client.userId, ...post } as never });
  return client;
}

export async function suggestionWorld(t: TestApp): Promise<SuggestionWorld> {
  const place = await placeFixture(t);
  const memberId = await memberFixture(t, '梁贤勇');
  const otherMemberId = await memberFixture(t, '韦建东');
  const unitA = await handlingUnit(t, '县农业农村局');
  const unitB = await handlingUnit(t, '县文化广电体育和旅游局');
  const unitC = await handlingUnit(t, '县交通运输局');
  return {
    place,
    office: await withPost(t, 'EDITOR', { kind: 'OFFICE' }),
    memberId,
    member: await withPost(t, 'VIEWER', { kind: 'MEMBER', memberId }),
    otherMemberId,
    otherMember: await withPost(t, 'VIEWER', { kind: 'MEMBER', memberId: otherMemberId }),
    unitA,
    unitB,
    unitC,
    staffA: await withPost(t, 'VIEWER', { kind: 'UNIT', handlingUnitId: unitA }),
    staffB: await withPost(t, 'VIEWER', { kind: 'UNIT', handlingUnitId: unitB }),
    staffC: await withPost(t, 'VIEWER', { kind: 'UNIT', handlingUnitId: unitC }),
  };
}

export function draftInput(world: SuggestionWorld, overrides: Partial<CreateSuggestionInput> = {}): CreateSuggestionInput {
  return {
    kind: 'PROPOSAL',
    title: '关于扶持露营产业发展的提案',
    topic: '露营产业',
    content: '建议统筹规划营地用地，完善道路和水电配套。',
    divisionId: world.place.county,
    authorIds: [world.memberId],
    ...overrides,
  } as CreateSuggestionInput;
}

/** Drafted, submitted and filed by the office, ready to assign. */
export async function filedSuggestion(t: TestApp, world: SuggestionWorld, overrides: Partial<CreateSuggestionInput> = {}): Promise<string> {
  const { id } = (await world.office.ok(CREATE_SUGGESTION, { input: draftInput(world, overrides) })).createSuggestion;
  await world.office.ok(SUBMIT, { input: { id } });
  await world.office.ok(FILE, { input: { id } });
  return id;
}

/** Moves every date of a suggestion `days` back: the same as that many days passing, without waiting on the clock. */
export async function backdate(t: TestApp, id: string, days: number): Promise<void> {
  await sql(
    t,
    `UPDATE suggestion SET submitted_on = submitted_on - $2::int, filed_on = filed_on - $2::int,
            assigned_on = assigned_on - $2::int, deadline = deadline - $2::int WHERE id = $1`,
    [id, days],
  );
  await sql(t, `UPDATE suggestion_assignment SET assigned_on = assigned_on - $2::int WHERE suggestion_id = $1`, [id, days]);
}
