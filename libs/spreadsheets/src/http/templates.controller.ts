import { Controller, Get, Param, Res, UseFilters, UseGuards } from '@nestjs/common';
import type { Response } from 'express';

import { DomainError, ErrorCode, ForbiddenError, RequestContext, Role, roleCovers } from '@rural/core';

import { kindSpec, SPREADSHEET_KINDS } from '../columns/catalogue.js';
import { TemplateFiles } from '../templates/template-files.js';
import { HttpCallerGuard } from './http-caller.guard.js';
import { HttpCtx } from './http-ctx.decorator.js';
import { JsonErrorFilter } from './json-error.filter.js';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A template name that is not one of the kinds: NOT_FOUND, naming the ones there are. */
class UnknownTemplateError extends DomainError {
  constructor(file: string) {
    const known = SPREADSHEET_KINDS.map((kind) => `${kind}.xlsx`).join('、');
    super(`没有模板“${file}”；可下载的模板有：${known}`, ErrorCode.NOT_FOUND);
  }
}

/** `GET /templates/{kind}.xlsx` — the empty template of a kind, for any signed-in caller (divisions: administrators). */
@Controller('templates')
@UseGuards(HttpCallerGuard)
@UseFilters(JsonErrorFilter)
export class TemplatesController {
  constructor(private readonly files: TemplateFiles) {}

  @Get(':file')
  async template(@HttpCtx() ctx: RequestContext, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const match = /^(.+)\.xlsx$/.exec(file);
    const spec = match ? kindSpec(match[1]) : null;
    if (!spec) throw new UnknownTemplateError(file);
    if (spec.adminOnly && !roleCovers(ctx.caller.role, Role.ADMIN)) throw new ForbiddenError(`只有管理员可以下载${spec.title}模板`);
    const bytes = await this.files.bytes(spec);
    // The file name in Chinese for the browser (RFC 5987), with an ASCII fallback.
    const name = `${spec.title}导入模板.xlsx`;
    res.setHeader('Content-Type', XLSX_TYPE);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Content-Disposition', `attachment; filename="${spec.kind}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`);
    res.send(bytes);
  }
}
