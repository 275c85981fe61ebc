import { Controller, Get, Logger, Param, Query, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';

import { DomainError, ErrorCode, ForbiddenError, RequestContext, Role, roleCovers } from '@rural/core';

import { kindSpec, type KindSpec } from '../columns/catalogue.js';
import { headerWithUnit } from '../columns/column.js';
import { writeCsv } from '../exports/csv-file.js';
import { ExportSources } from '../exports/export-sources.js';
import type { ExportCell, ExportQuery, ExportRow } from '../exports/kind-export.js';
import { writeXlsx } from '../exports/xlsx-file.js';
import { HttpCallerGuard } from './http-caller.guard.js';
import { HttpCtx } from './http-ctx.decorator.js';
import { JsonErrorFilter } from './json-error.filter.js';

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

/** An export name that is not one of the kinds and formats: NOT_FOUND, naming the ones there are. */
class UnknownExportError extends DomainError {
  constructor(file: string, kinds: string[]) {
    const known = kinds.flatMap((kind) => [`${kind}.xlsx`, `${kind}.csv`]).join('、');
    super(`没有导出“${file}”；可导出的有：${known}`, ErrorCode.NOT_FOUND);
  }
}

/**
 * `GET /exports/{kind}.xlsx|.csv` — the caller's rows of a kind in the template's columns, filtered
 * by query parameters named as the GraphQL filter's fields, so a clerk can edit and import them back.
 */
@Controller('exports')
@UseGuards(HttpCallerGuard)
@UseFilters(JsonErrorFilter)
export class ExportsController {
  private readonly logger = new Logger('Exports');

  constructor(private readonly sources: ExportSources) {}

  @Get(':file')
  async export(
    @HttpCtx() ctx: RequestContext,
    @Param('file') file: string,
    @Query() query: ExportQuery,
    @Res() res: Response,
  ): Promise<void> {
    const match = /^(.+)\.(xlsx|csv)$/.exec(file);
    const spec = match ? kindSpec(match[1]) : null;
    const source = spec ? this.sources.of(spec.kind) : null;
    if (!match || !spec || !source) throw new UnknownExportError(file, this.sources.kinds());
    if (spec.adminOnly && !roleCovers(ctx.caller.role, Role.ADMIN)) throw new ForbiddenError(`只有管理员可以导出${spec.title}`);
    // Checked before the first byte: once the file streams, a refusal can no longer be JSON.
    const filter = await source.filter(query);
    const format = match[2] as keyof typeof CONTENT_TYPES;
    const rows = inColumnOrder(spec, source.pages(ctx, filter));

    const name = `${spec.title}导出.${format}`;
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${spec.kind}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`);
    try {
      if (format === 'csv') await writeCsv(res, spec.columns.map(headerWithUnit), rows);
      else await writeXlsx(res, spec, rows);
    } catch (error) {
      // Once bytes are out a JSON refusal cannot follow: cut the download short so the file is
      // visibly broken, never silently incomplete, and log why.
      if (!res.headersSent) throw error;
      this.logger.error({ err: error, requestId: ctx.requestId }, `export of ${file} broken off`);
      res.destroy();
    }
  }
}

async function* inColumnOrder(spec: KindSpec, pages: AsyncIterable<ExportRow[]>): AsyncIterable<ExportCell[][]> {
  for await (const page of pages) yield page.map((row) => spec.columns.map((column) => row[column.key] ?? null));
}
