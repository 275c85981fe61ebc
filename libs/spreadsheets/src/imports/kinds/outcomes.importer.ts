import { Injectable } from '@nestjs/common';

import { assertValid, normalizeDecimal, UserInputError, type RequestContext } from '@rural/core';
import { DivisionLevel, withinScope, type Division } from '@rural/geography';
import {
  FIGURE_FIELDS,
  missingFigureProblem,
  OutcomeRecordBulk,
  OutcomeStatus,
  RecordOutcomeInput,
  type FigureField,
  type OutcomeRecord,
  type OutcomeRecordColumns,
  type SeriesKey,
} from '@rural/outcomes';

import { CATALOGUE } from '../../columns/catalogue.js';
import type { ImportProblem } from '../history/import-problem.js';
import { keyProblem, type KeyProblem, type KeyResult } from '../keys/key-result.js';
import { PlaceDirectory } from '../keys/place-directory.js';
import { ReferenceDirectory } from '../keys/reference-directory.js';
import { valueOf, type ParsedRow } from '../rows/parsed-row.js';
import { FileKeys } from './file-keys.js';
import { emptyTally, type BatchTally, type ImportOptions, type KindImport, type KindImporter } from './kind-importer.js';
import { problemsOfError } from './problem-of-error.js';
import { resolveMatch } from './resolve-match.js';

/** The figure and text columns: a row updates only those its file has. */
const VALUE_FIELDS = [
  'areaMu',
  'outputValueYuan',
  'jobsPersonTimes',
  'householdRentYuan',
  'collectiveIncomeYuan',
  'householdsBenefited',
  'atLeast',
  'source',
] as const satisfies readonly (keyof OutcomeRecordColumns)[];

const HEADER_OF_FIELD: Record<string, string> = {
  ...Object.fromEntries(CATALOGUE.outcomes.columns.map((column) => [column.key, column.header])),
  baseId: '基地',
  divisionId: '村',
  matchId: '对接企业',
  teamId: '服务团',
};
const columnOf = (field: string) => HEADER_OF_FIELD[field] ?? null;

/** A row whose keys were all found: the record it stands for. */
interface ResolvedRow {
  row: ParsedRow;
  key: SeriesKey;
  /** The value columns the file has, as stored values. */
  given: Partial<OutcomeRecordColumns>;
}

/**
 * 成效记录 from a file: found again by series (place or base, match, team) and period. Written in
 * bulk, 1,000 rows a statement, so a 100,000-row ledger imports in the time of a few COPYs; each
 * row still passes the same checks as `recordOutcome` / `updateOutcomeRecord` first.
 */
@Injectable()
export class OutcomesImporter implements KindImporter {
  readonly kind = 'outcomes' as const;
  readonly batchSize = 1000;

  constructor(private readonly bulk: OutcomeRecordBulk) {}

  start(ctx: RequestContext, options: ImportOptions): KindImport {
    return new OutcomesImport(ctx, options, this.bulk);
  }
}

class OutcomesImport implements KindImport {
  private readonly places: PlaceDirectory;
  private readonly references: ReferenceDirectory;
  private readonly fileKeys = new FileKeys();

  constructor(
    private readonly ctx: RequestContext,
    private readonly options: ImportOptions,
    private readonly bulk: OutcomeRecordBulk,
  ) {
    this.places = new PlaceDirectory(ctx, ctx.transaction);
    this.references = new ReferenceDirectory(ctx.transaction);
  }

  async batch(rows: ParsedRow[]): Promise<BatchTally> {
    const tally = emptyTally();
    await this.references.preload(textsOf(rows, 'enterprise'), textsOf(rows, 'team'));
    // The batch's places first, then their bases in one query, then each row's keys.
    const places = await Promise.all(rows.map((row) => (row.problems.length > 0 ? null : this.placeOf(row))));
    await this.references.preloadBases(
      places.flatMap((place) => (place?.ok && place.value.level === DivisionLevel.VILLAGE ? [place.value.id] : [])),
    );
    const resolved: ResolvedRow[] = [];
    for (const [index, row] of rows.entries()) {
      const result = await this.resolve(row, places[index]);
      if ('problems' in result) tally.problems.push(...result.problems);
      else resolved.push(result);
    }
    const stored = await this.bulk.lockSeries(
      this.ctx,
      resolved.map(({ key }) => key),
    );
    const byKey = new Map(stored.map((record) => [seriesText(record), record]));
    const creates: OutcomeRecordColumns[] = [];
    const updates: (OutcomeRecordColumns & { id: string })[] = [];
    for (const item of resolved) {
      const existing = byKey.get(seriesText(item.key)) ?? null;
      const merged = { ...(existing ? columnsOf(existing) : blankColumns(item.key)), ...item.given };
      merged.atLeast = merged.atLeast ?? false;
      if (existing && sameColumns(columnsOf(existing), merged)) {
        tally.unchanged += 1;
        continue;
      }
      const problems = await this.check(item.row, merged, existing);
      if (problems.length > 0) tally.problems.push(...problems);
      else if (existing) updates.push({ ...merged, id: existing.id });
      else creates.push(merged);
    }
    // A batch with problems still writes its good rows: later batches then see them (a duplicate
    // in the database is reported as such), and the import is rolled back as a whole at the end.
    await this.bulk.insertMany(this.ctx, creates, this.options.submit);
    await this.bulk.updateMany(this.ctx, updates, this.options.submit);
    tally.created += creates.length;
    tally.updated += updates.length;
    return tally;
  }

  /** Finds the row's place or base, match and team, and claims its key in the file. */
  private placeOf(row: ParsedRow): Promise<KeyResult<Division>> {
    return this.places.place({
      county: valueOf<string>(row, 'county') ?? null,
      town: valueOf<string>(row, 'town') ?? null,
      village: valueOf<string>(row, 'village') ?? null,
    });
  }

  private async resolve(row: ParsedRow, place: KeyResult<Division> | null): Promise<ResolvedRow | { problems: ImportProblem[] }> {
    if (row.problems.length > 0 || !place) return { problems: row.problems };
    const fail = (result: KeyProblem) => ({
      problems: [{ sheet: row.sheet, row: row.row, column: result.column, code: result.code, message: result.message }],
    });
    if (!place.ok) return fail(place);
    const scope = await this.scopeOf(place.value, valueOf<string>(row, 'base') ?? null);
    if (!scope.ok) return fail(scope);
    const { division, base } = scope.value;
    if (!withinScope(division.ancestorIds, this.ctx.scope)) {
      return fail(
        keyProblem(
          'FORBIDDEN',
          division.level === DivisionLevel.VILLAGE ? '村' : '乡镇',
          `“${division.name}”不在您的管辖范围内，不能导入该行`,
        ),
      );
    }
    let matchId: string | null = null;
    const enterpriseKey = valueOf<string>(row, 'enterprise');
    if (enterpriseKey) {
      const enterprise = await this.references.enterprise(enterpriseKey, '对接企业');
      if (!enterprise.ok) return fail(enterprise);
      const match = resolveMatch(await this.references.matchesOf(enterprise.value.id), enterprise.value, division, base);
      if (!match.ok) return fail(match);
      matchId = match.value.id;
    }
    let teamId: string | null = null;
    const teamName = valueOf<string>(row, 'team');
    if (teamName) {
      const team = await this.references.team(teamName, '服务团');
      if (!team.ok) return fail(team);
      teamId = team.value.id;
    }
    const key: SeriesKey = {
      period: valueOf<string>(row, 'period') as string,
      baseId: base?.id ?? null,
      divisionId: base ? null : division.id,
      matchId,
      teamId,
    };
    const duplicate = this.fileKeys.claim(seriesText(key), row, '期间', `同一范围、对接企业、服务团和期间 ${key.period}`);
    if (duplicate) return { problems: [duplicate] };
    const given: Partial<OutcomeRecordColumns> = {};
    for (const field of VALUE_FIELDS) {
      const value = row.values.get(field);
      if (value !== undefined) (given as Record<string, unknown>)[field] = value;
    }
    return { row, key, given };
  }

  /** A base's record needs its village; without 基地 the record is kept at the division named. */
  private async scopeOf(
    division: Division,
    baseName: string | null,
  ): Promise<KeyResult<{ division: Division; base: { id: string; villageId: string } | null }>> {
    if (!baseName) return { ok: true, value: { division, base: null } };
    if (division.level !== DivisionLevel.VILLAGE) return keyProblem('REQUIRED', '村', '填写了基地，须同时填写基地所在的村');
    const base = await this.references.base(division.id, division.name, baseName, '基地');
    return base.ok ? { ok: true, value: { division, base: base.value } } : base;
  }

  /** The checks of `recordOutcome` / `updateOutcomeRecord` that a bulk write does not make itself. */
  private async check(row: ParsedRow, merged: OutcomeRecordColumns, existing: OutcomeRecord | null): Promise<ImportProblem[]> {
    const at = (code: ImportProblem['code'], column: string | null, message: string): ImportProblem[] => [
      { sheet: row.sheet, row: row.row, column, code, message },
    ];
    if (existing?.status === OutcomeStatus.APPROVED) {
      return at(
        'CONFLICT',
        null,
        `该行会修改已审核的成效记录（编号 ${existing.id}）：已审核的记录不能通过导入修改，如需更正，请管理员先重新打开`,
      );
    }
    const missing = missingFigureProblem(merged);
    if (missing) return at('REQUIRED', null, missing.message);
    try {
      await assertValid(RecordOutcomeInput, merged);
      return [];
    } catch (error) {
      if (error instanceof UserInputError) return problemsOfError(error, row, columnOf);
      throw error;
    }
  }
}

function textsOf(rows: ParsedRow[], key: string): string[] {
  return rows.flatMap((row) => {
    const value = row.values.get(key);
    return typeof value === 'string' ? [value] : [];
  });
}

function seriesText(key: SeriesKey): string {
  return [key.period, key.baseId ?? '', key.divisionId ?? '', key.matchId ?? '', key.teamId ?? ''].join('|');
}

function columnsOf(record: OutcomeRecord): OutcomeRecordColumns {
  return {
    period: record.period,
    baseId: record.baseId,
    divisionId: record.divisionId,
    matchId: record.matchId,
    teamId: record.teamId,
    areaMu: record.areaMu,
    outputValueYuan: record.outputValueYuan,
    jobsPersonTimes: record.jobsPersonTimes,
    householdRentYuan: record.householdRentYuan,
    collectiveIncomeYuan: record.collectiveIncomeYuan,
    householdsBenefited: record.householdsBenefited,
    atLeast: record.atLeast,
    source: record.source,
  };
}

function blankColumns(key: SeriesKey): OutcomeRecordColumns {
  return {
    ...key,
    areaMu: null,
    outputValueYuan: null,
    jobsPersonTimes: null,
    householdRentYuan: null,
    collectiveIncomeYuan: null,
    householdsBenefited: null,
    atLeast: false,
    source: null,
  };
}

/** Equal as stored: figures compared by value (120 = 120.00). */
function sameColumns(a: OutcomeRecordColumns, b: OutcomeRecordColumns): boolean {
  return (Object.keys(a) as (keyof OutcomeRecordColumns)[]).every((field) => {
    const left = a[field] ?? null;
    const right = b[field] ?? null;
    if (FIGURE_FIELDS.includes(field as FigureField) && left !== null && right !== null) {
      return normalizeDecimal(String(left)) === normalizeDecimal(String(right));
    }
    return left === right;
  });
}
