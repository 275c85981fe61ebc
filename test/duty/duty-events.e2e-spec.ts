import { graphql } from '../generated/gql.js';
import type { RecordDutyEventInput } from '../generated/graphql.js';
import { countRows, sql } from '../support/database.js';
import { placeFixture, type PlaceFixture } from '../support/fixtures.js';
import type { GraphqlClient } from '../support/graphql-client.js';
import { clientWithScope } from '../support/scoped-clients.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { committeeMember, DELETE_EVENT, EVENT, EVENTS, officeClient, RECORD_EVENT, UPDATE_EVENT } from './duty-operations.js';

const DELETE_MEMBER = graphql(`
  mutation DutyEventsDeleteMember($id: ID!) {
    deleteMember(id: $id)
  }
`);
const UPDATE_MEMBER = graphql(`
  mutation DutyEventsUpdateMember($input: UpdateMemberInput!) {
    updateMember(input: $input) {
      id
      divisionId
    }
  }
`);

let t: TestApp;
let office: GraphqlClient;
let place: PlaceFixture;
let other: PlaceFixture;
let a: string;
let b: string;

function input(overrides: Partial<RecordDutyEventInput> = {}): RecordDutyEventInput {
  return {
    divisionId: place.county,
    kind: 'CONSULTATION',
    title: '乡村振兴专题协商会',
    topic: '村级集体经济',
    heldOn: '2024-06-18',
    place: '县政协会议室',
    participants: [
      { memberId: a, attendance: 'PRESENT', speeches: 1 },
      { memberId: b, attendance: 'EXCUSED' },
    ],
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  place = await placeFixture(t);
  other = await placeFixture(t);
  office = await officeClient(t, null);
  a = await committeeMember(t, '委员甲', place.county);
  b = await committeeMember(t, '委员乙', place.county);
});

afterAll(async () => {
  await t?.close();
});

describe('duty events', () => {
  it('records an event with its participants, audited', async () => {
    const { recordDutyEvent } = await office.ok(RECORD_EVENT, { input: input() });
    expect(recordDutyEvent.participants).toEqual([
      { memberId: a, attendance: 'PRESENT', speeches: 1, writtenSpeeches: 0, member: { name: '委员甲' } },
      { memberId: b, attendance: 'EXCUSED', speeches: 0, writtenSpeeches: 0, member: { name: '委员乙' } },
    ]);
    const audited = await sql<{ entity_type: string }>(
      t,
      `SELECT entity_type FROM audit_entry WHERE entity_type IN ('duty_event', 'duty_participant') AND action = 'CREATE' ORDER BY id`,
    );
    expect(audited.map((row) => row.entity_type)).toEqual(['duty_event', 'duty_participant', 'duty_participant']);
  });

  it('updates the event and replaces the participants; a stale version is a CONFLICT', async () => {
    const { recordDutyEvent } = await office.ok(RECORD_EVENT, { input: input({ title: '调研' }) });
    const { updateDutyEvent } = await office.ok(UPDATE_EVENT, {
      input: {
        id: recordDutyEvent.id,
        version: recordDutyEvent.version,
        title: '调研（更正）',
        participants: [{ memberId: b, attendance: 'ABSENT' }],
      },
    });
    expect(updateDutyEvent).toMatchObject({
      title: '调研（更正）',
      version: recordDutyEvent.version + 1,
      participants: [{ memberId: b, attendance: 'ABSENT' }],
    });
    const stale = await office.fails(UPDATE_EVENT, { input: { id: recordDutyEvent.id, version: recordDutyEvent.version, title: '再改' } });
    expect(stale.extensions?.code).toBe('CONFLICT');
    // Fields alone leave the participants as they are.
    const { updateDutyEvent: again } = await office.ok(UPDATE_EVENT, { input: { id: recordDutyEvent.id, topic: null } });
    expect(again.participants).toEqual([{ memberId: b, attendance: 'ABSENT' }]);
  });

  it('lists by member, kind and dates, newest first; deletes with the participants', async () => {
    const first = (
      await office.ok(RECORD_EVENT, {
        input: input({ kind: 'STUDY', heldOn: '2023-02-01', participants: [{ memberId: a, attendance: 'PRESENT' }] }),
      })
    ).recordDutyEvent;
    const { dutyEvents } = await office.ok(EVENTS, { filter: { memberId: a, kind: 'STUDY', from: '2023-01-01', to: '2023-12-31' } });
    expect(dutyEvents.items.map((item) => item.id)).toEqual([first.id]);
    const all = (await office.ok(EVENTS, { filter: { divisionId: place.county } })).dutyEvents;
    expect(all.items.map((item) => item.heldOn)).toEqual([...all.items.map((item) => item.heldOn)].sort().reverse());

    const participants = await countRows(t, 'duty_participant');
    expect((await office.ok(DELETE_EVENT, { id: first.id })).deleteDutyEvent).toBe(first.id);
    expect(await countRows(t, 'duty_participant')).toBe(participants - 1);
    expect((await office.ok(EVENT, { id: first.id })).dutyEvent).toBeNull();
  });

  it('a member with recorded attendance cannot be deleted', async () => {
    const error = await t.admin.fails(DELETE_MEMBER, { id: a });
    expect(error.extensions?.code).toBe('CONFLICT');
    expect(error.message).toContain('履职活动记录');
  });
});

describe('refusals', () => {
  it.each<[string, string, string, () => RecordDutyEventInput]>([
    [
      'an unknown member',
      'NOT_FOUND',
      'participants.0.memberId',
      () => input({ participants: [{ memberId: '999999', attendance: 'PRESENT' }] }),
    ],
    [
      'a member twice',
      'BAD_USER_INPUT',
      'participants',
      () =>
        input({
          participants: [
            { memberId: a, attendance: 'PRESENT' },
            { memberId: a, attendance: 'ABSENT' },
          ],
        }),
    ],
    ['a day in the future', 'BAD_USER_INPUT', 'heldOn', () => input({ heldOn: '2999-01-01' })],
    ['a blank title', 'BAD_USER_INPUT', 'title', () => input({ title: '  ' })],
    [
      'negative speeches',
      'BAD_USER_INPUT',
      'participants.0.speeches',
      () => input({ participants: [{ memberId: a, attendance: 'PRESENT', speeches: -1 }] }),
    ],
    ['an unknown division', 'NOT_FOUND', 'divisionId', () => input({ divisionId: '999999' })],
    [
      'a participant without attendance',
      'BAD_USER_INPUT',
      'participants[0].attendance',
      () => input({ participants: [{ memberId: a } as RecordDutyEventInput['participants'][number]] }),
    ],
  ])('recordDutyEvent refuses %s (%s, field %s)', async (_case, code, field, make) => {
    const before = await countRows(t, 'duty_event');
    const error = await office.fails(RECORD_EVENT, { input: make() });
    expect(error.extensions?.code).toBe(code);
    expect(error.extensions?.fields?.map((problem) => problem.field)).toContain(field);
    // In the clerk's words, whatever the depth of the field.
    expect(error.message).not.toMatch(/[A-Za-z]/);
    expect(await countRows(t, 'duty_event')).toBe(before);
  });

  it('an office limited to one county neither sees nor writes another county’s events', async () => {
    const { recordDutyEvent } = await office.ok(RECORD_EVENT, { input: input() });
    const scoped = await officeClient(t, other.county);
    expect((await scoped.fails(RECORD_EVENT, { input: input() })).extensions?.code).toBe('FORBIDDEN');
    expect((await scoped.fails(UPDATE_EVENT, { input: { id: recordDutyEvent.id, title: '改' } })).extensions?.code).toBe('FORBIDDEN');
    expect((await scoped.fails(DELETE_EVENT, { id: recordDutyEvent.id })).extensions?.code).toBe('FORBIDDEN');
    expect((await scoped.ok(EVENT, { id: recordDutyEvent.id })).dutyEvent).toBeNull();
    expect((await scoped.ok(EVENTS)).dutyEvents.totalItems).toBe(0);
    const own = await scoped.ok(RECORD_EVENT, { input: input({ divisionId: other.county }) });
    expect((await scoped.ok(EVENTS)).dutyEvents.items.map((item) => item.id)).toEqual([own.recordDutyEvent.id]);
  });

  it('a member’s committee division must lie in the caller’s division', async () => {
    const clerk = await clientWithScope(t, 'EDITOR', other.county);
    const error = await clerk.fails(UPDATE_MEMBER, { input: { id: b, divisionId: other.county } });
    expect(error.extensions?.code).toBe('FORBIDDEN');
    const unknown = await t.admin.fails(UPDATE_MEMBER, { input: { id: b, divisionId: '999999' } });
    expect([unknown.extensions?.code, unknown.extensions?.fields?.[0]?.field]).toEqual(['NOT_FOUND', 'divisionId']);
    expect((await t.admin.ok(UPDATE_MEMBER, { input: { id: b, divisionId: other.county } })).updateMember.divisionId).toBe(other.county);
  });
});
