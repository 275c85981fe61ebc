import { Controller, Get, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type ExcelJS from 'exceljs';
import type { Response } from 'express';

import type { RequestContext } from '@rural/core';
import { DutyRankingArgs, MemberDutyFileArgs } from '@rural/duty';
import { SuggestionBoardFilter } from '@rural/suggestions';

import { CommitteeReportContents } from '../committee-reports/committee-report-contents.js';
import { buildDutyRankingWorkbook, rankingTitle } from '../committee-reports/duty-ranking-workbook.js';
import { buildMemberFileWorkbook, memberFileTitle } from '../committee-reports/member-file-workbook.js';
import { boardTitle, buildSuggestionBoardWorkbook } from '../committee-reports/suggestion-board-workbook.js';
import { filterFromQuery } from '../exports/export-query.js';
import type { ExportQuery } from '../exports/kind-export.js';
import { HttpCallerGuard } from './http-caller.guard.js';
import { HttpCtx } from './http-ctx.decorator.js';
import { JsonErrorFilter } from './json-error.filter.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The committee's reports as formatted workbooks: `GET /exports/duty-ranking.xlsx`,
 * `/exports/member-file.xlsx` and `/exports/suggestion-board.xlsx`. The query parameters are the
 * GraphQL arguments (`dutyRanking`, `memberDutyFile`, `suggestionBoard`), checked by the same
 * classes; the services are the same, so the caller's scope, the refusals (400 a year without saved
 * rules, 403, 404 an unknown member) and the figures are the API's. Each report is small, built
 * whole and sent: every refusal comes before the first byte, as JSON. Registered before
 * `ExportsController`, whose `:file` route would otherwise take these names for kinds.
 */
@Controller('exports')
@UseGuards(HttpCallerGuard)
@UseFilters(JsonErrorFilter)
export class CommitteeExportsController {
  constructor(private readonly contents: CommitteeReportContents) {}

  @Get('duty-ranking.xlsx')
  async dutyRanking(@HttpCtx() ctx: RequestContext, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const args = await filterFromQuery(DutyRankingArgs, query, { year: 'integer', divisionId: 'text', sector: 'text' });
    const content = await this.contents.ranking(ctx, args);
    await send(res, 'duty-ranking.xlsx', rankingTitle(content), buildDutyRankingWorkbook(content));
  }

  @Get('member-file.xlsx')
  async memberFile(@HttpCtx() ctx: RequestContext, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const args = await filterFromQuery(MemberDutyFileArgs, query, { memberId: 'text', year: 'integer' });
    const content = await this.contents.memberFile(ctx, args);
    await send(res, 'member-file.xlsx', memberFileTitle(content), buildMemberFileWorkbook(content));
  }

  @Get('suggestion-board.xlsx')
  async suggestionBoard(@HttpCtx() ctx: RequestContext, @Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const filter = await filterFromQuery(SuggestionBoardFilter, query, { year: 'integer', divisionId: 'text' });
    const content = await this.contents.suggestionBoard(ctx, filter);
    await send(res, 'suggestion-board.xlsx', boardTitle(content), buildSuggestionBoardWorkbook(content));
  }
}

/** The workbook as a download named in Chinese (RFC 5987), with an ASCII fallback. */
async function send(res: Response, asciiName: string, title: string, workbook: ExcelJS.Workbook): Promise<void> {
  const bytes = await workbook.xlsx.writeBuffer();
  res.setHeader('Content-Type', XLSX_TYPE);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Content-Disposition', `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(`${title}.xlsx`)}`);
  res.send(Buffer.from(bytes));
}
