import { Injectable } from '@nestjs/common';

import { assertValid, type RequestContext } from '@rural/core';
import { CreateEnterpriseInput, EnterpriseService, type Enterprise } from '@rural/enterprises';

import { CATALOGUE } from '../../columns/catalogue.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import type { BatchTally, KindImport, KindImporter } from './kind-importer.js';
import { planThenWrite, type RowPlan } from './planned-rows.js';
import { refused } from './row-problem.js';
import { storedEnterprise } from './stored-enterprise.js';

const HEADER_OF_FIELD: Record<string, string> = Object.fromEntries(
  CATALOGUE.enterprises.columns.map((column) => [column.key, column.header]),
);
const columnOf = (field: string) => HEADER_OF_FIELD[field] ?? null;

/** What an update of an enterprise may change. */
type EnterpriseChanges = Partial<Pick<Enterprise, 'name' | 'creditCode' | 'industry'>>;

/**
 * 企业 from a file, row by row through `createEnterprise` / `updateEnterprise`'s use cases. Enterprises
 * are a county-wide registry: like those mutations, any editor may import them, whatever their division.
 */
@Injectable()
export class EnterprisesImporter implements KindImporter {
  readonly kind = 'enterprises' as const;
  readonly batchSize = 100;

  constructor(private readonly enterprises: EnterpriseService) {}

  start(ctx: RequestContext): KindImport {
    return new EnterprisesImport(ctx, this.enterprises);
  }
}

class EnterprisesImport implements KindImport {
  private readonly fileKeys = new FileKeys();

  constructor(
    private readonly ctx: RequestContext,
    private readonly enterprises: EnterpriseService,
  ) {}

  batch(rows: ParsedRow[]): Promise<BatchTally> {
    return planThenWrite(this.ctx, rows, (row) => this.plan(row), columnOf);
  }

  private async plan(row: ParsedRow): Promise<RowPlan> {
    const name = valueOf<string>(row, 'name') as string;
    const creditCode = valueOf<string>(row, 'creditCode') ?? null;
    const duplicate = creditCode
      ? this.fileKeys.claim(`code:${creditCode}`, row, '统一社会信用代码', `统一社会信用代码 ${creditCode}`)
      : this.fileKeys.claim(`name:${name}`, row, '企业名称', `没有统一社会信用代码的企业“${name}”`);
    if (duplicate) return { problems: [duplicate] };

    const stored = await storedEnterprise(this.ctx.transaction, name, creditCode);
    if (stored === 'AMBIGUOUS') {
      return refused(
        row,
        'AMBIGUOUS',
        '统一社会信用代码',
        `名为“${name}”的企业不止一家，且都有统一社会信用代码：请填写统一社会信用代码，指明是哪一家`,
      );
    }
    if (!stored) {
      return async () => {
        const input = await assertValid(CreateEnterpriseInput, { name, creditCode, industry: valueOf<string>(row, 'industry') ?? null });
        const created = await this.enterprises.create(this.ctx, input);
        this.fileKeys.claim(`id:${created.id}`, row, null, '');
        return 'created';
      };
    }
    // Two rows of one file may name one enterprise in two ways (by code, and by name without it).
    const again = this.fileKeys.claim(`id:${stored.id}`, row, '企业名称', `指的是同一家企业“${stored.name}”`);
    if (again) return { problems: [again] };
    const changes = changesOf(stored, row, name, creditCode);
    if (Object.keys(changes).length === 0) return 'unchanged';
    return async () => {
      await this.enterprises.update(this.ctx, { id: stored.id, version: stored.version, ...changes });
      return 'updated';
    };
  }
}

/**
 * The columns the file has that differ from what is stored. A blank code is "not known", not
 * "remove the code": clearing a code is a deliberate change made in the form, not by a blank cell.
 */
function changesOf(stored: Enterprise, row: ParsedRow, name: string, creditCode: string | null): EnterpriseChanges {
  const changes: EnterpriseChanges = {};
  if (name !== stored.name) changes.name = name;
  if (creditCode && creditCode !== stored.creditCode) changes.creditCode = creditCode;
  const industry = valueOf<string>(row, 'industry');
  if (industry !== undefined && industry !== stored.industry) changes.industry = industry;
  return changes;
}
