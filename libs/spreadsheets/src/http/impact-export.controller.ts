import { Controller, Get, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';

import type { RequestContext } from '@rural/core';

import type { ExportQuery } from '../exports/kind-export.js';
import { ImpactReportContents } from '../impact-report/impact-report-content.js';
import { buildImpactWorkbook } from '../impact-report/impact-workbook.js';
import { impactReportQuery } from '../impact-report/report-query.js';
import { HttpCallerGuard } from './http-caller.guard.js';
import { HttpCtx } from './http-ctx.decorator.js';
import { JsonErrorFilter } from './json-error.filter.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * `GET /exports/impact.xlsx?divisionId=&from=&to=&groupBy=&includeUnapproved=` — the impact report
 * as a formatted workbook a leader can forward, with the figures `impactSummary` gives the same
 * caller for the same filter. Registered before `ExportsController`, whose `:file` route would
 * otherwise take `impact.xlsx` for a kind. The report is small (one row per group), so it is built
 * whole and sent: every refusal comes before the first byte, as JSON.
 */
@Controller('exports')
@UseGuards(HttpCallerGuard)
@UseFilters(JsonErrorFilter)
export class ImpactExportController {
  constructor(private readonly contents: ImpactReportContents) {}

  @Get('impact.xlsx')
  async impactReport(@HttpCtx() ctx: RequestContext, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const { filter, grouping } = await impactReportQuery(query);
    const content = await this.contents.of(ctx, filter, grouping);
    const bytes = await buildImpactWorkbook(content).xlsx.writeBuffer();
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="impact.xlsx"; filename*=UTF-8''${encodeURIComponent(`${content.title}.xlsx`)}`,
    );
    res.send(Buffer.from(bytes));
  }
}
