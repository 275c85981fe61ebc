import { Controller, HttpCode, Inject, Param, Post, Query, Req, UseFilters, UseGuards } from '@nestjs/common';
import type { Request } from 'express';

import { DomainError, ErrorCode, RequestContext, UserInputError } from '@rural/core';

import { kindSpec, SPREADSHEET_KINDS } from '../columns/catalogue.js';
import { receiveFile } from '../imports/files/uploaded-file.js';
import { IMPORT_LIMITS, type ImportLimits } from '../imports/import-limits.js';
import { importReport, type ImportReport } from '../imports/import-report.js';
import { ImportRunner } from '../imports/import-runner.js';
import { HttpCallerGuard } from './http-caller.guard.js';
import { HttpCtx } from './http-ctx.decorator.js';
import { JsonErrorFilter } from './json-error.filter.js';

/** A kind that cannot be imported: NOT_FOUND, naming the ones there are. */
class UnknownImportError extends DomainError {
  constructor(kind: string) {
    super(`没有“${kind}”这类导入；可导入的有：${SPREADSHEET_KINDS.join('、')}`, ErrorCode.NOT_FOUND);
  }
}

/** The query of `POST /imports/{kind}`: all optional, as text. */
interface ImportQuery {
  dryRun?: string;
  submit?: string;
  fileName?: string;
}

/**
 * `POST /imports/{kind}?dryRun=true|false&submit=true|false&fileName=…` — the body is the file
 * (.xlsx, or .csv in UTF-8 or GB18030). Answers the import report (docs/api.md, "Spreadsheets"):
 * a dry run checks every row and writes nothing; a commit writes all rows or, with any problem,
 * none. Without `dryRun` a dry run is meant: writing must be asked for.
 */
@Controller('imports')
@UseGuards(HttpCallerGuard)
@UseFilters(JsonErrorFilter)
export class ImportsController {
  constructor(
    private readonly runner: ImportRunner,
    @Inject(IMPORT_LIMITS) private readonly limits: ImportLimits,
  ) {}

  @Post(':kind')
  @HttpCode(200)
  async import(
    @HttpCtx() ctx: RequestContext,
    @Param('kind') kind: string,
    @Query() query: ImportQuery,
    @Req() req: Request,
  ): Promise<ImportReport> {
    const spec = kindSpec(kind);
    if (!spec) throw new UnknownImportError(kind);
    // Refused before the body is read: a viewer's upload never reaches the disk.
    await this.runner.admit(ctx, spec);
    const dryRun = flag(query.dryRun, 'dryRun', true);
    const submit = flag(query.submit, 'submit', false);
    const fileName = query.fileName?.trim().slice(0, 255) || null;
    const file = await receiveFile(req, this.limits.maxBytes);
    try {
      return importReport(await this.runner.run(ctx, { spec, file, fileName, dryRun, submit }));
    } finally {
      await file.discard();
    }
  }
}

function flag(value: string | undefined, name: string, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw UserInputError.field(name, `参数 ${name} 须为 true 或 false`);
}
