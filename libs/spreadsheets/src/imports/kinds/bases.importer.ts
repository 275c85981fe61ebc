import { Injectable } from '@nestjs/common';

import { Base, BaseService, CreateBaseInput } from '@rural/bases';
import { assertValid, normalizeDecimal, type RequestContext } from '@rural/core';

import { PlaceDirectory } from '../keys/place-directory.js';
import { ReferenceDirectory } from '../keys/reference-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import type { KindImport, KindImporter } from './kind-importer.js';
import { rowByRow, type RowEffect } from './row-by-row.js';
import { columnsOfFields, keyProblemOfRow, villageOfRow } from './village-of-row.js';

/** The columns of a base a row may change (its village and name are its key). */
interface BaseChanges {
  areaMu?: string | null;
  industry?: string | null;
  operatingModel?: string | null;
  operatorId?: string | null;
}

const TEXT_FIELDS = ['industry', 'operatingModel'] as const;

const columnOf = columnsOfFields({
  name: '基地名称',
  villageId: '村',
  areaMu: '面积',
  industry: '产业',
  operatingModel: '经营模式',
  operatorId: '经营主体',
});

/**
 * 基地 from a file, found again by village + 基地名称: each row written through BaseService (its
 * checks, scope, versions and audit), a county having hundreds of bases, not 100,000.
 */
@Injectable()
export class BasesImporter implements KindImporter {
  readonly kind = 'bases' as const;
  readonly batchSize = 200;

  constructor(private readonly bases: BaseService) {}

  start(ctx: RequestContext): KindImport {
    return new BasesImport(ctx, this.bases);
  }
}

class BasesImport implements KindImport {
  private readonly places: PlaceDirectory;
  private readonly references: ReferenceDirectory;
  private readonly fileKeys = new FileKeys();

  constructor(
    private readonly ctx: RequestContext,
    private readonly bases: BaseService,
  ) {
    this.places = new PlaceDirectory(ctx, ctx.transaction);
    this.references = new ReferenceDirectory(ctx.transaction);
  }

  batch(rows: ParsedRow[]) {
    return rowByRow(this.ctx, rows, (row) => this.write(row), columnOf);
  }

  private async write(row: ParsedRow): Promise<RowEffect> {
    if (row.problems.length > 0) return { problems: row.problems };
    const village = await villageOfRow(this.ctx, this.places, row);
    if (!village.ok) return keyProblemOfRow(row, village);
    const villageId = village.value.id;
    const name = valueOf<string>(row, 'name') as string;
    const duplicate = this.fileKeys.claim(`${villageId}|${name}`, row, '基地名称', `${village.value.name}的基地“${name}”`);
    if (duplicate) return { problems: [duplicate] };

    const changes: BaseChanges = {};
    if (row.values.has('areaMu')) changes.areaMu = valueOf<string>(row, 'areaMu') ?? null;
    for (const field of TEXT_FIELDS) if (row.values.has(field)) changes[field] = valueOf<string>(row, field) ?? null;
    const operator = valueOf<string>(row, 'operator');
    if (operator !== undefined) {
      const enterprise = operator === null ? null : await this.references.enterprise(operator, '经营主体');
      if (enterprise && !enterprise.ok) return keyProblemOfRow(row, enterprise);
      changes.operatorId = enterprise?.value.id ?? null;
    }

    const existing = await this.ctx.transaction.findOneBy(Base, { villageId, name });
    if (!existing) {
      // The use case leaves the input's rules to GraphQL's validation; a file is held to them here.
      await this.bases.create(this.ctx, await assertValid(CreateBaseInput, { name, villageId, ...changes }));
      return 'created';
    }
    if (isUnchanged(existing, changes)) return 'unchanged';
    await this.bases.update(this.ctx, { id: existing.id, version: existing.version, ...changes });
    return 'updated';
  }
}

/** Every column the row has equals what is stored (areas by value: 120 = 120.00). */
function isUnchanged(base: Base, changes: BaseChanges): boolean {
  return (Object.keys(changes) as (keyof BaseChanges)[]).every((field) => {
    const stored = base[field] ?? null;
    const given = changes[field] ?? null;
    if (field === 'areaMu' && stored !== null && given !== null) return normalizeDecimal(stored) === normalizeDecimal(given);
    return stored === given;
  });
}
