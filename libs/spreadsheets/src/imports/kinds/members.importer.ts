import { Injectable } from '@nestjs/common';

import { assertValid, type RequestContext } from '@rural/core';
import { CreateMemberInput, MemberService } from '@rural/members';

import { CATALOGUE } from '../../columns/catalogue.js';
import type { ImportProblem } from '../history/import-problem.js';
import { DivisionPaths } from '../keys/division-path.js';
import { enterpriseKeyText } from '../keys/enterprise-key-text.js';
import { ReferenceDirectory } from '../keys/reference-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import type { BatchTally, KindImport, KindImporter } from './kind-importer.js';
import { planThenWrite, type RowPlan } from './planned-rows.js';
import { keyRowProblem, refused } from './row-problem.js';
import { membersNamed, type StoredMember } from './stored-members.js';

const HEADER_OF_FIELD: Record<string, string> = {
  ...Object.fromEntries(CATALOGUE.members.columns.map((column) => [column.key, column.header])),
  enterpriseIds: '所属企业',
  divisionId: '所属政协',
};
const columnOf = (field: string) => HEADER_OF_FIELD[field] ?? null;

/** What an update of a member may change. */
type MemberChanges = Partial<Pick<StoredMember, 'sector' | 'title' | 'divisionId' | 'enterpriseIds'>>;

/**
 * 委员 from a file, found again by name, row by row through `createMember` / `updateMember`'s use
 * cases; 所属企业 by credit code or exact name. Members are a county-wide registry: like those
 * mutations, any editor may import them, whatever their division.
 */
@Injectable()
export class MembersImporter implements KindImporter {
  readonly kind = 'members' as const;
  readonly batchSize = 100;

  constructor(private readonly members: MemberService) {}

  start(ctx: RequestContext): KindImport {
    return new MembersImport(ctx, this.members);
  }
}

class MembersImport implements KindImport {
  private readonly fileKeys = new FileKeys();
  private readonly references: ReferenceDirectory;
  private readonly divisions: DivisionPaths;

  constructor(
    private readonly ctx: RequestContext,
    private readonly members: MemberService,
  ) {
    this.references = new ReferenceDirectory(ctx.transaction);
    this.divisions = new DivisionPaths(ctx.transaction, '所属政协');
  }

  async batch(rows: ParsedRow[]): Promise<BatchTally> {
    await this.references.preload(rows.flatMap(enterpriseKeysOf), []);
    return planThenWrite(this.ctx, rows, (row) => this.plan(row), columnOf);
  }

  private async plan(row: ParsedRow): Promise<RowPlan> {
    const name = valueOf<string>(row, 'name') as string;
    const duplicate = this.fileKeys.claim(name, row, '姓名', `委员“${name}”`);
    if (duplicate) return { problems: [duplicate] };
    const enterpriseIds = await this.enterpriseIds(row);
    if (enterpriseIds && 'problems' in enterpriseIds) return enterpriseIds;
    const divisionId = await this.divisionId(row);
    if (typeof divisionId === 'object' && divisionId !== null) return divisionId;

    const named = await membersNamed(this.ctx.transaction, name);
    if (named.length > 1) {
      return refused(
        row,
        'AMBIGUOUS',
        '姓名',
        `系统中有 ${named.length} 位名为“${name}”的委员，导入无法确定是哪一位：请在系统中修改该委员，或先给同名委员加以区分`,
      );
    }
    const [stored] = named;
    if (!stored) {
      return async () => {
        const input = await assertValid(CreateMemberInput, {
          name,
          sector: valueOf<string>(row, 'sector') ?? null,
          title: valueOf<string>(row, 'title') ?? null,
          divisionId: divisionId ?? null,
          enterpriseIds: enterpriseIds?.ids ?? [],
        });
        await this.members.create(this.ctx, input);
        return 'created';
      };
    }
    const changes = changesOf(stored, row, enterpriseIds?.ids, divisionId);
    if (Object.keys(changes).length === 0) return 'unchanged';
    return async () => {
      await this.members.update(this.ctx, { id: stored.id, version: stored.version, ...changes });
      return 'updated';
    };
  }

  /**
   * The row's 所属政协 as a division id: undefined when the file has no such column (files made
   * before it existed import as they did), null when the cell is empty.
   */
  private async divisionId(row: ParsedRow): Promise<string | null | undefined | { problems: ImportProblem[] }> {
    const text = valueOf<string>(row, 'committee');
    if (text === undefined || text === null) return text;
    const division = await this.divisions.find(text);
    return division.ok ? division.value.id : { problems: [keyRowProblem(row, division)] };
  }

  /** The row's 所属企业 as ids (each once, in the file's order); undefined when the file has no such column. */
  private async enterpriseIds(row: ParsedRow): Promise<{ ids: string[] } | { problems: ImportProblem[] } | undefined> {
    const keys = valueOf<string[]>(row, 'enterprises');
    if (keys === undefined) return undefined;
    const ids: string[] = [];
    const problems: ImportProblem[] = [];
    for (const key of (keys ?? []).map(enterpriseKeyText)) {
      const enterprise = await this.references.enterprise(key, '所属企业');
      if (!enterprise.ok) problems.push(keyRowProblem(row, enterprise));
      else if (!ids.includes(enterprise.value.id)) ids.push(enterprise.value.id);
    }
    return problems.length > 0 ? { problems } : { ids };
  }
}

function enterpriseKeysOf(row: ParsedRow): string[] {
  return (valueOf<string[]>(row, 'enterprises') ?? []).map(enterpriseKeyText);
}

/** The columns the file has that differ from what is stored; 所属企业 compared as a set. */
function changesOf(
  stored: StoredMember,
  row: ParsedRow,
  enterpriseIds: string[] | undefined,
  divisionId: string | null | undefined,
): MemberChanges {
  const changes: MemberChanges = {};
  for (const field of ['sector', 'title'] as const) {
    const value = valueOf<string>(row, field);
    if (value !== undefined && value !== stored[field]) changes[field] = value;
  }
  if (divisionId !== undefined && divisionId !== stored.divisionId) changes.divisionId = divisionId;
  if (enterpriseIds !== undefined && !sameSet(enterpriseIds, stored.enterpriseIds)) changes.enterpriseIds = enterpriseIds;
  return changes;
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}
