import type { Attendance, DutyEventKind, DutyParticipantInput } from '@rural/duty';

import { CATALOGUE } from '../../columns/catalogue.js';
import type { ImportProblem } from '../history/import-problem.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import type { StoredDutyEvent } from './stored-duty-events.js';

/**
 * The pure rules of the 履职活动台账: what an event's rows say together, each row's participant, and
 * whether a stored event already says the same.
 */

const HEADER: Record<string, string> = Object.fromEntries(CATALOGUE['duty-events'].columns.map((column) => [column.key, column.header]));

/** The rows of one event, in file order, each with its member found. */
export interface EventRow {
  row: ParsedRow;
  memberId: string;
}

/** The event's own columns; undefined: the file has no such column (an update keeps what is stored). */
export interface EventFields {
  kind: DutyEventKind;
  topic?: string | null;
  place?: string | null;
}

/**
 * The event's own columns from its rows. 活动类型 is on every row and must agree; 议题 and 地点 may
 * be left empty after the first row (a clerk fills them once), but two different values are refused
 * on the later row — which one is right only the clerk knows.
 */
export function eventFields(rows: EventRow[]): EventFields | ImportProblem[] {
  const problems: ImportProblem[] = [];
  const agreed = (key: 'kind' | 'topic' | 'place'): string | null | undefined => {
    let value: string | null | undefined;
    let from: ParsedRow | null = null;
    for (const { row } of rows) {
      const cell = valueOf<string>(row, key);
      if (cell === undefined) return undefined;
      if (cell === null) {
        value ??= null;
        continue;
      }
      if (from && value !== cell) {
        problems.push(
          invalid(row, key, `同一活动（第 ${from.row} 行起）的${HEADER[key]}须一致：第 ${from.row} 行为“${value}”，本行为“${cell}”`),
        );
      } else if (!from) {
        value = cell;
        from = row;
      }
    }
    return value;
  };
  const fields: EventFields = { kind: agreed('kind') as DutyEventKind, topic: agreed('topic'), place: agreed('place') };
  return problems.length > 0 ? problems : fields;
}

/** A row's participant; a count column the file lacks keeps the stored value (0 for someone new). */
export function participantOf(row: ParsedRow, memberId: string, previous: StoredDutyEvent | undefined): DutyParticipantInput {
  const stored = previous?.participants.find((participant) => participant.memberId === memberId);
  const count = (key: 'speeches' | 'writtenSpeeches'): number => {
    const cell = valueOf<string>(row, key);
    if (cell === undefined) return stored?.[key] ?? 0;
    return cell === null ? 0 : Number(cell);
  };
  return {
    memberId,
    attendance: valueOf<string>(row, 'attendance') as Attendance,
    speeches: count('speeches'),
    writtenSpeeches: count('writtenSpeeches'),
  };
}

/** Whether writing would change nothing: the event's columns the file has, and the same participants with the same figures. */
export function sameEvent(stored: StoredDutyEvent, fields: EventFields, participants: DutyParticipantInput[]): boolean {
  if (fields.kind !== stored.kind) return false;
  if (fields.topic !== undefined && fields.topic !== stored.topic) return false;
  if (fields.place !== undefined && fields.place !== stored.place) return false;
  if (participants.length !== stored.participants.length) return false;
  return participants.every((participant) => {
    const other = stored.participants.find((row) => row.memberId === participant.memberId);
    return (
      other !== undefined &&
      other.attendance === participant.attendance &&
      other.speeches === participant.speeches &&
      other.writtenSpeeches === participant.writtenSpeeches
    );
  });
}

export function definedOnly(fields: EventFields): EventFields {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as unknown as EventFields;
}

function invalid(row: ParsedRow, key: string, message: string): ImportProblem {
  return { sheet: row.sheet, row: row.row, column: HEADER[key], code: 'INVALID', message };
}
