import { Injectable } from '@nestjs/common';

import { assertValid, normalizeDecimal, type RequestContext } from '@rural/core';
import { DivisionLevel, withinScope } from '@rural/geography';
import { RecordServiceActivityInput, ServiceActivity, ServiceActivityService } from '@rural/service-teams';

import { CATALOGUE } from '../../columns/catalogue.js';
import { keyProblem, type KeyResult } from '../keys/key-result.js';
import { PlaceDirectory } from '../keys/place-directory.js';
import { ReferenceDirectory } from '../keys/reference-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import type { KindImport, KindImporter } from './kind-importer.js';
import { rowByRow, type RowEffect } from './row-by-row.js';
import { refused, refusedDuplicate, refusedKey } from './row-problem.js';

const HEADER_OF_FIELD: Record<string, string> = {
  ...Object.fromEntries(CATALOGUE['service-activities'].columns.map((column) => [column.key, column.header])),
  teamId: '服务团',
  baseId: '基地',
};
const columnOf = (field: string) => HEADER_OF_FIELD[field] ?? null;

/**
 * What finds a visit again: team + base + date + topic. A team may hold two sessions at one base
 * on one day (a pruning class in the morning, pest control in the afternoon) and ledgers list
 * them as two lines, so without the topic those lines would be taken for one visit written
 * twice. The cost: a corrected topic reads as a new visit — topics are corrected in the system,
 * and an import updates a visit's figures (培训农民, 覆盖面积). The database holds no unique index
 * on these four, so a key that already names several stored visits is AMBIGUOUS, never guessed.
 */
interface VisitKey {
  teamId: string;
  baseId: string;
  date: string;
  topic: string;
}

/** The figure columns the file has: only these change on an update. */
type GivenFigures = Partial<Pick<ServiceActivity, 'farmersTrained' | 'areaCoveredMu'>>;

/** 服务活动 from a file, each row written through ServiceActivityService (its checks, scope, versions and audit). */
@Injectable()
export class ServiceActivitiesImporter implements KindImporter {
  readonly kind = 'service-activities' as const;
  readonly batchSize = 200;

  constructor(private readonly activities: ServiceActivityService) {}

  start(ctx: RequestContext): KindImport {
    return new ServiceActivitiesImport(ctx, this.activities);
  }
}

class ServiceActivitiesImport implements KindImport {
  private readonly places: PlaceDirectory;
  // Teams and bases are not written by this import, so caching them for its length is safe.
  private readonly references: ReferenceDirectory;
  private readonly fileKeys = new FileKeys();

  constructor(
    private readonly ctx: RequestContext,
    private readonly activities: ServiceActivityService,
  ) {
    this.places = new PlaceDirectory(ctx, ctx.transaction);
    this.references = new ReferenceDirectory(ctx.transaction);
  }

  batch(rows: ParsedRow[]) {
    return rowByRow(this.ctx, rows, (row) => this.write(row), columnOf);
  }

  private async write(row: ParsedRow): Promise<RowEffect> {
    if (row.problems.length > 0) return { problems: row.problems };
    const key = await this.keyOf(row);
    if (!key.ok) return refusedKey(row, key);
    const { teamId, baseId, date, topic } = key.value;
    const duplicate = this.fileKeys.claim(
      [teamId, baseId, date, topic].join('|'),
      row,
      '服务主题',
      `同一服务团、基地、服务日期和服务主题“${topic}”`,
    );
    if (duplicate) return refusedDuplicate(duplicate);
    // Read per row, not cached: a visit this file wrote earlier must be seen (duplicates aside).
    const stored = await this.ctx.transaction.find(ServiceActivity, { where: key.value, order: { id: 'ASC' } });
    if (stored.length > 1) {
      const ids = stored.map((visit) => visit.id).join('、');
      return refused(
        row,
        'AMBIGUOUS',
        '服务主题',
        `该服务团在该基地 ${date} 已有 ${stored.length} 条主题为“${topic}”的服务活动（编号 ${ids}），无法确定更新哪一条：请先在系统中合并或改用不同的主题`,
      );
    }
    const given = figuresOf(row);
    const [existing] = stored;
    if (existing) {
      if (sameFigures(existing, given)) return 'unchanged';
      await this.activities.update(this.ctx, { id: existing.id, version: existing.version, ...given });
      return 'updated';
    }
    // The GraphQL pipe validates a mutation's input; here the importer does, the same class.
    const input = await assertValid(RecordServiceActivityInput, {
      ...key.value,
      farmersTrained: given.farmersTrained ?? 0,
      areaCoveredMu: given.areaCoveredMu ?? null,
    });
    await this.activities.record(this.ctx, input);
    return 'created';
  }

  /** The row's team, and its base found under the village named — inside the caller's scope. */
  private async keyOf(row: ParsedRow): Promise<KeyResult<VisitKey>> {
    const team = await this.references.team(valueOf<string>(row, 'team') as string, '服务团');
    if (!team.ok) return team;
    const village = await this.places.place({
      county: valueOf<string>(row, 'county') ?? null,
      town: valueOf<string>(row, 'town') ?? null,
      village: valueOf<string>(row, 'village') ?? null,
    });
    if (!village.ok) return village;
    if (village.value.level !== DivisionLevel.VILLAGE) return keyProblem('REQUIRED', '村', '请填写基地所在的村');
    if (!withinScope(village.value.ancestorIds, this.ctx.scope)) {
      return keyProblem('FORBIDDEN', '村', `“${village.value.name}”不在您负责的区划内，不能导入该村基地的服务活动`);
    }
    const base = await this.references.base(village.value.id, village.value.name, valueOf<string>(row, 'base') as string, '基地');
    if (!base.ok) return base;
    return {
      ok: true,
      value: {
        teamId: team.value.id,
        baseId: base.value.id,
        date: valueOf<string>(row, 'date') as string,
        topic: valueOf<string>(row, 'topic') as string,
      },
    };
  }
}

/** 培训农民 left empty means none (0); 覆盖面积 left empty means unknown (null). */
function figuresOf(row: ParsedRow): GivenFigures {
  const given: GivenFigures = {};
  const farmers = valueOf<string>(row, 'farmersTrained');
  if (farmers !== undefined) given.farmersTrained = farmers === null ? 0 : Number(farmers);
  const area = valueOf<string>(row, 'areaCoveredMu');
  if (area !== undefined) given.areaCoveredMu = area;
  return given;
}

/** The figures the file has equal what is stored (areas compared by value: 200 = 200.00). */
function sameFigures(stored: ServiceActivity, given: GivenFigures): boolean {
  if (given.farmersTrained !== undefined && given.farmersTrained !== stored.farmersTrained) return false;
  if (given.areaCoveredMu === undefined) return true;
  const [left, right] = [stored.areaCoveredMu, given.areaCoveredMu];
  if (left === null || right === null) return left === right;
  return normalizeDecimal(String(left)) === normalizeDecimal(String(right));
}
