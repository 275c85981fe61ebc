import type { ParsedRow } from '../rows/parsed-row.js';
import { eventFields, participantOf, sameEvent, type EventRow } from './duty-event-rows.js';
import type { StoredDutyEvent } from './stored-duty-events.js';

/** A parsed row of the ledger: only the columns given are in the file. */
function row(number: number, cells: Record<string, string | null>): EventRow {
  const parsed: ParsedRow = { sheet: '履职活动', row: number, values: new Map(Object.entries(cells)), problems: [] };
  return { row: parsed, memberId: String(number) };
}

const stored: StoredDutyEvent = {
  id: '1',
  version: 1,
  kind: 'PLENARY',
  topic: '审议工作报告',
  place: null,
  participants: [{ memberId: '2', attendance: 'PRESENT', speeches: 1, writtenSpeeches: 0 }],
};

describe('the rows of one duty event', () => {
  it('takes 议题 and 地点 from the row that fills them; empty rows do not disagree', () => {
    expect(
      eventFields([
        row(2, { kind: 'PLENARY', topic: null, place: '会议中心' }),
        row(3, { kind: 'PLENARY', topic: '工作报告', place: null }),
        row(4, { kind: 'PLENARY', topic: '工作报告', place: '会议中心' }),
      ]),
    ).toEqual({ kind: 'PLENARY', topic: '工作报告', place: '会议中心' });
  });

  it('leaves a column the file lacks undefined (an update keeps it), and an empty one null (clears it)', () => {
    expect(eventFields([row(2, { kind: 'STUDY', topic: null })])).toEqual({ kind: 'STUDY', topic: null, place: undefined });
  });

  it.each([
    ['活动类型', { kind: 'STANDING' }],
    ['议题', { topic: '别的议题' }],
    ['地点', { place: '别处' }],
  ])('refuses two values of %s on the later row, naming the first', (column, change) => {
    const first = { kind: 'PLENARY', topic: '工作报告', place: '会议中心' };
    const problems = eventFields([row(2, first), row(3, { ...first, topic: null }), row(5, { ...first, ...change })]);
    expect(problems).toEqual([expect.objectContaining({ row: 5, column, code: 'INVALID' })]);
    expect((problems as { message: string }[])[0].message).toContain('第 2 行');
  });

  it('keeps a stored count when the file has no such column, and counts an empty cell as 0', () => {
    expect(participantOf(row(2, { attendance: 'EXCUSED' }).row, '2', stored)).toEqual({
      memberId: '2',
      attendance: 'EXCUSED',
      speeches: 1,
      writtenSpeeches: 0,
    });
    expect(participantOf(row(2, { attendance: 'PRESENT', speeches: null }).row, '2', stored).speeches).toBe(0);
    expect(participantOf(row(2, { attendance: 'PRESENT', speeches: '3' }).row, '9', undefined).speeches).toBe(3);
  });

  it.each([
    ['the same event', {}, [], true],
    ['another kind', { kind: 'STANDING' }, [], false],
    ['another topic', { topic: '新议题' }, [], false],
    ['a topic the file does not have', { topic: undefined }, [], true],
    ['another attendance', {}, [{ memberId: '2', attendance: 'ABSENT', speeches: 1, writtenSpeeches: 0 }], false],
    ['one more participant', {}, [{ memberId: '3', attendance: 'PRESENT', speeches: 0, writtenSpeeches: 0 }], false],
  ])('compares %s with what is stored', (_, fields, participants, same) => {
    const list = participants.length === 1 && participants[0].memberId === '2' ? participants : [...stored.participants, ...participants];
    expect(sameEvent(stored, { kind: 'PLENARY', topic: '审议工作报告', ...fields } as never, list as never)).toBe(same);
  });
});
