import { Injectable } from '@nestjs/common';

import { CommitteeAccess } from '@rural/committee';
import { assertValid, type RequestContext } from '@rural/core';
import { DutyEventService, RecordDutyEventInput } from '@rural/duty';
import { withinScope } from '@rural/geography';

import { CATALOGUE } from '../../columns/catalogue.js';
import type { ImportProblem } from '../history/import-problem.js';
import { DivisionPaths } from '../keys/division-path.js';
import { ReferenceDirectory } from '../keys/reference-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { definedOnly, eventFields, participantOf, sameEvent, type EventRow } from './duty-event-rows.js';
import { emptyTally, type BatchTally, type KindImport, type KindImporter } from './kind-importer.js';
import { problemsOfError } from './problem-of-error.js';
import { keyRowProblem } from './row-problem.js';
import { dutyEventsKeyed } from './stored-duty-events.js';

const ACTION = '导入履职活动';
const COLUMNS = CATALOGUE['duty-events'].columns;
const HEADER: Record<string, string> = {
  ...Object.fromEntries(COLUMNS.map((column) => [column.key, column.header])),
  divisionId: '所属政协',
  memberId: '委员',
  participants: '委员',
};
const columnOf = (field: string) => HEADER[field] ?? null;
const header = (key: string) => HEADER[key];

/** The rows of one event in the file: same 日期 + 活动名称 + 所属政协. */
interface EventRows {
  divisionId: string;
  heldOn: string;
  title: string;
  rows: EventRow[];
}

/**
 * 履职活动台账: one row per participant; the rows with the same 日期 + 活动名称 + 所属政协 are one
 * event, wherever they are in the file, so events are written in `finish`, once every row is read.
 * An event already stored under that key is updated and its participants replaced by the file's:
 * the ledger is the office's record of who was asked and who came, and a corrected sheet sent again
 * must correct the points (refusing would leave the clerk no way to fix a register but by hand).
 * Through `DutyEventService`'s use cases, in the import's transaction; the committee office only.
 */
@Injectable()
export class DutyEventsImporter implements KindImporter {
  readonly kind = 'duty-events' as const;
  readonly batchSize = 500;

  constructor(
    private readonly events: DutyEventService,
    private readonly access: CommitteeAccess,
  ) {}

  admit(ctx: RequestContext): Promise<void> {
    return this.access.assertOffice(ctx, ACTION);
  }

  start(ctx: RequestContext): KindImport {
    return new DutyEventsImport(ctx, this.events);
  }
}

class DutyEventsImport implements KindImport {
  private readonly references: ReferenceDirectory;
  private readonly divisions: DivisionPaths;
  private readonly groups = new Map<string, EventRows>();
  // Problems are held until `finish` and given in file order: an event's own problems are only known then.
  private readonly problems: ImportProblem[] = [];

  constructor(
    private readonly ctx: RequestContext,
    private readonly events: DutyEventService,
  ) {
    this.references = new ReferenceDirectory(ctx.transaction);
    this.divisions = new DivisionPaths(ctx.transaction, header('committee'));
  }

  async batch(rows: ParsedRow[]): Promise<BatchTally> {
    for (const row of rows) {
      if (row.problems.length > 0) {
        this.problems.push(...row.problems);
        continue;
      }
      const division = await this.divisions.find(valueOf<string>(row, 'committee') as string);
      if (!division.ok) {
        this.problems.push(keyRowProblem(row, division));
        continue;
      }
      if (!withinScope(division.value.ancestorIds, this.ctx.scope)) {
        this.problems.push(problem(row, 'FORBIDDEN', 'committee', `“${division.value.name}”不在您负责的区划内，不能录入其政协的履职活动`));
        continue;
      }
      const heldOn = valueOf<string>(row, 'heldOn') as string;
      const title = valueOf<string>(row, 'title') as string;
      const key = `${division.value.id}\u0000${heldOn}\u0000${title}`;
      const group = this.groups.get(key) ?? { divisionId: division.value.id, heldOn, title, rows: [] };
      this.groups.set(key, group);
      const name = valueOf<string>(row, 'member') as string;
      const member = await this.references.membersNamed([name], header('member'));
      if (!member.ok) {
        this.problems.push(keyRowProblem(row, member));
        continue;
      }
      const first = group.rows.find((other) => other.memberId === member.value[0].id);
      if (first) {
        this.problems.push(
          problem(
            row,
            'DUPLICATE_IN_FILE',
            'member',
            `与第 ${first.row.row} 行重复：委员“${name}”在同一活动中只能登记一行，请合并或删除其中一行`,
          ),
        );
        continue;
      }
      group.rows.push({ row, memberId: member.value[0].id });
    }
    return emptyTally();
  }

  async finish(): Promise<BatchTally> {
    const tally = emptyTally();
    for (const group of this.groups.values()) {
      if (group.rows.length === 0) continue;
      const effect = await this.writeEvent(group);
      if (typeof effect === 'string') tally[effect] += 1;
      else this.problems.push(...effect);
    }
    tally.problems = this.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    return tally;
  }

  /** One event: checked for rows that disagree, compared with what is stored, then written in a savepoint. */
  private async writeEvent(group: EventRows): Promise<'created' | 'updated' | 'unchanged' | ImportProblem[]> {
    const fields = eventFields(group.rows);
    if (Array.isArray(fields)) return fields;
    const stored = await dutyEventsKeyed(this.ctx.transaction, group.divisionId, group.heldOn, group.title);
    const first = group.rows[0].row;
    if (stored.length > 1) {
      return [
        problem(
          first,
          'AMBIGUOUS',
          'title',
          `系统中已有 ${stored.length} 个同日、同名、同一政协的履职活动，导入无法确定更新哪一个：请先在系统中删除或改名重复的活动`,
        ),
      ];
    }
    const previous = stored[0];
    const participants = group.rows.map(({ row, memberId }) => participantOf(row, memberId, previous));
    if (previous && sameEvent(previous, fields, participants)) return 'unchanged';
    const manager = this.ctx.transaction;
    await manager.query('SAVEPOINT import_event');
    try {
      if (previous) {
        await this.events.update(this.ctx, { id: previous.id, version: previous.version, ...definedOnly(fields), participants });
      } else {
        // The input rules GraphQL's pipe would apply (a day not in the future, counts up to 20).
        const input = await assertValid(RecordDutyEventInput, {
          divisionId: group.divisionId,
          heldOn: group.heldOn,
          title: group.title,
          kind: fields.kind,
          topic: fields.topic ?? null,
          place: fields.place ?? null,
          participants,
        });
        await this.events.record(this.ctx, input);
      }
      await manager.query('RELEASE SAVEPOINT import_event');
      return previous ? 'updated' : 'created';
    } catch (error) {
      await manager.query('ROLLBACK TO SAVEPOINT import_event');
      // participants.3.speeches is the fourth participant's row; the event's own fields, its first row.
      return problemsOfError(error, first, columnOf, (field) => {
        const index = /^participants\.(\d+)/.exec(field);
        return index ? (group.rows[Number(index[1])]?.row ?? first) : first;
      });
    }
  }
}

function problem(row: ParsedRow, code: ImportProblem['code'], key: string, message: string): ImportProblem {
  return { sheet: row.sheet, row: row.row, column: header(key), code, message };
}
