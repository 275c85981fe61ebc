import { Injectable } from '@nestjs/common';

import { BaseService } from '@rural/bases';
import type { RequestContext } from '@rural/core';
import { EnterpriseService } from '@rural/enterprises';
import { DivisionService } from '@rural/geography';
import { ImpactFilter, OutcomeRecord, OutcomeRecordService } from '@rural/outcomes';
import { ServiceTeamService } from '@rural/service-teams';

import { filterFromQuery } from './export-query.js';
import { enterpriseKey, figure, type ExportQuery, type ExportRow, type KindExport } from './kind-export.js';
import { loadedById, placeNamesOfPage } from './place-names.js';

// Rows read per statement: large enough that a 100,000-row export is 100 statements, small enough
// that a page and its names stay a few hundred kilobytes.
const PAGE_SIZE = 1000;

/**
 * 成效记录 for export: the `outcomeRecords` query's filter, scope and approval rule (a viewer gets
 * approved records only), one row per record in the template's columns.
 */
@Injectable()
export class OutcomesExport implements KindExport<ImpactFilter> {
  constructor(
    private readonly records: OutcomeRecordService,
    private readonly bases: BaseService,
    private readonly divisions: DivisionService,
    private readonly enterprises: EnterpriseService,
    private readonly teams: ServiceTeamService,
  ) {}

  filter(query: ExportQuery): Promise<ImpactFilter> {
    return filterFromQuery(ImpactFilter, query, {
      divisionId: 'text',
      from: 'text',
      to: 'text',
      enterpriseId: 'text',
      memberId: 'text',
      teamId: 'text',
      baseId: 'text',
      matchId: 'text',
      includeUnapproved: 'boolean',
    });
  }

  async *pages(ctx: RequestContext, filter: ImpactFilter): AsyncIterable<ExportRow[]> {
    // Keyset pages (no count, no offset: the 100th page costs what the first does); the next page
    // is read while this one is written.
    let next = this.page(ctx, filter, null);
    for (;;) {
      const { records, rows } = await next;
      if (records.length === PAGE_SIZE) {
        next = this.page(ctx, filter, records[records.length - 1]);
        // Marked as handled: when the download is broken off it is never awaited, and its
        // failure must not become an unhandled rejection.
        next.catch(() => undefined);
      }
      yield rows;
      if (records.length < PAGE_SIZE) return;
    }
  }

  /** A page of records and its rows: each kind of name looked up once for the whole page. */
  private async page(ctx: RequestContext, filter: ImpactFilter, after: OutcomeRecord | null) {
    const records = await this.records.listAfter(ctx, filter, after, PAGE_SIZE);
    const [places, bases, enterprises, teams] = await Promise.all([
      placeNamesOfPage(
        ctx,
        this.divisions,
        records.map((record) => record.placeId),
      ),
      loadedById(
        this.bases.byIdLoader(ctx),
        records.map((record) => record.baseId),
      ),
      loadedById(
        this.enterprises.byIdLoader(ctx),
        records.map((record) => record.enterpriseId),
      ),
      loadedById(
        this.teams.byIdLoader(ctx),
        records.map((record) => record.teamId),
      ),
    ]);
    const rows = records.map((record): ExportRow => ({
      period: record.period,
      ...places(record.placeId),
      base: record.baseId ? (bases.get(record.baseId)?.name ?? null) : null,
      enterprise: enterpriseKey(record.enterpriseId ? enterprises.get(record.enterpriseId) : null),
      team: record.teamId ? (teams.get(record.teamId)?.name ?? null) : null,
      areaMu: figure(record.areaMu),
      outputValueYuan: figure(record.outputValueYuan),
      jobsPersonTimes: figure(record.jobsPersonTimes),
      householdRentYuan: figure(record.householdRentYuan),
      collectiveIncomeYuan: figure(record.collectiveIncomeYuan),
      householdsBenefited: figure(record.householdsBenefited),
      atLeast: record.atLeast ? '是' : '否',
      source: record.source,
    }));
    return { records, rows };
  }
}
