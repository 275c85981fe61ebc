import { Injectable } from '@nestjs/common';

import { assertValid, type RequestContext } from '@rural/core';
import {
  CreateDivisionInput,
  DivisionLevel,
  DivisionService,
  LEVEL_NAMES,
  type Division,
  type UpdateDivisionInput,
} from '@rural/geography';

import { CATALOGUE } from '../../columns/catalogue.js';
import { DivisionLookup } from '../keys/division-lookup.js';
import { found, keyProblem, type KeyResult } from '../keys/key-result.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import type { KindImport, KindImporter } from './kind-importer.js';
import { rowByRow, type RowEffect } from './row-by-row.js';
import { refused, refusedDuplicate, refusedKey } from './row-problem.js';

const HEADER_OF_FIELD: Record<string, string> = {
  ...Object.fromEntries(CATALOGUE.divisions.columns.map((column) => [column.key, column.header])),
  parentId: '上级区划',
};
const columnOf = (field: string) => HEADER_OF_FIELD[field] ?? null;

/** A row's cells; `parent` undefined when the file has no 上级区划 column, null when the cell is empty (a root). */
interface DivisionCells {
  name: string;
  level: DivisionLevel;
  code: string | null;
  parent: Division | null | undefined;
}

/**
 * 行政区划 from a file (administrators only: the runner refuses anyone else), each row written
 * through DivisionService (placement, level, name and code checks, versions, audit). A division is
 * found by its natural key (docs/domain.md): its 12-digit 区划代码 when the row has one, else its
 * name under its 上级区划. An empty 区划代码 never clears a stored code — it is a key, not a
 * figure; codes are removed in the system. Rows are written in file order, and every lookup reads
 * the database inside the import's transaction, so a village row may name a town an earlier row
 * of the same file created.
 */
@Injectable()
export class DivisionsImporter implements KindImporter {
  readonly kind = 'divisions' as const;
  readonly batchSize = 200;

  constructor(private readonly divisions: DivisionService) {}

  start(ctx: RequestContext): KindImport {
    return new DivisionsImport(ctx, this.divisions);
  }
}

class DivisionsImport implements KindImport {
  private readonly lookup: DivisionLookup;
  private readonly fileKeys = new FileKeys();

  constructor(
    private readonly ctx: RequestContext,
    private readonly divisions: DivisionService,
  ) {
    this.lookup = new DivisionLookup(ctx.transaction);
  }

  batch(rows: ParsedRow[]) {
    return rowByRow(this.ctx, rows, (row) => this.write(row), columnOf);
  }

  private async write(row: ParsedRow): Promise<RowEffect> {
    if (row.problems.length > 0) return { problems: row.problems };
    const cells = await this.cellsOf(row);
    if (!cells.ok) return refusedKey(row, cells);
    const { name, level, code, parent } = cells.value;
    const stored = await this.stored(cells.value);
    if (!stored.ok) return refusedKey(row, stored);
    const existing = stored.value;
    const parentId = parent === undefined ? (existing?.parentId ?? null) : (parent?.id ?? null);

    const duplicate =
      (code ? this.fileKeys.claim(`code:${code}`, row, '区划代码', `区划代码 ${code}`) : null) ??
      this.fileKeys.claim(`name:${parentId ?? ''}|${name}`, row, '区划名称', `同一上级区划下的“${name}”`);
    if (duplicate) return refusedDuplicate(duplicate);
    // Roots are provinces; a division that already is one (some trees start at a county) may stay.
    if (parentId === null && level !== DivisionLevel.PROVINCE && existing?.parentId !== null) {
      return refused(row, 'REQUIRED', '上级区划', `只有省级区划可以不填上级区划：请填写“${name}”的上级区划名称或 12 位区划代码`);
    }

    if (existing) {
      const changes = changesOf(existing, { name, level, code, parentId: parent === undefined ? undefined : parentId });
      if (Object.keys(changes).length === 0) return 'unchanged';
      await this.divisions.update(this.ctx, { id: existing.id, version: existing.version, ...changes });
      return 'updated';
    }
    // The GraphQL pipe validates a mutation's input; here the importer does, the same class.
    const input = await assertValid(CreateDivisionInput, { name, level, code, parentId });
    await this.divisions.create(this.ctx, input);
    return 'created';
  }

  private async cellsOf(row: ParsedRow): Promise<KeyResult<DivisionCells>> {
    const level = valueOf<string>(row, 'level') as DivisionLevel;
    const parentText = valueOf<string>(row, 'parent');
    let parent: Division | null | undefined = parentText === undefined ? undefined : null;
    if (parentText) {
      const named = await this.lookup.parent(parentText, level);
      if (!named.ok) return named;
      parent = named.value;
    }
    return found({ name: valueOf<string>(row, 'name') as string, level, code: valueOf<string>(row, 'code') ?? null, parent });
  }

  /** The division the row stands for, or null for a new one: by 区划代码, else by name under its 上级. */
  private async stored({ name, level, code, parent }: DivisionCells): Promise<KeyResult<Division | null>> {
    if (code) {
      const byCode = await this.lookup.byCode(code);
      if (byCode) return found(byCode);
    }
    let candidate: Division | null;
    if (parent !== undefined) {
      candidate = await this.lookup.sibling(parent?.id ?? null, name);
    } else {
      // A file without 上级区划 finds a division by name alone, when only one has it.
      const named = await this.lookup.named(name, level);
      if (named.length > 1) {
        return keyProblem('AMBIGUOUS', '区划名称', `名为“${name}”的${LEVEL_NAMES[level]}不止一个：请加上“上级区划”列，或填写区划代码`);
      }
      candidate = named[0] ?? null;
    }
    if (candidate && code && candidate.code && candidate.code !== code) {
      return keyProblem(
        'CONFLICT',
        '区划代码',
        `已有“${name}”（区划代码 ${candidate.code}），与本行的区划代码 ${code} 不同：如需更改区划代码，请在系统中修改该区划`,
      );
    }
    return found(candidate);
  }
}

/** The fields the row changes; `parentId` undefined: the file does not say. */
function changesOf(
  stored: Division,
  row: { name: string; level: DivisionLevel; code: string | null; parentId: string | null | undefined },
): Omit<UpdateDivisionInput, 'id' | 'version'> {
  const changes: Omit<UpdateDivisionInput, 'id' | 'version'> = {};
  if (stored.name !== row.name) changes.name = row.name;
  if (stored.level !== row.level) changes.level = row.level;
  if (row.code && stored.code !== row.code) changes.code = row.code;
  if (row.parentId !== undefined && (stored.parentId ?? null) !== row.parentId) changes.parentId = row.parentId;
  return changes;
}
