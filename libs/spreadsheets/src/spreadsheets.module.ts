import { Module } from '@nestjs/common';

import { AuthModule } from '@rural/auth';

import { HttpCallerGuard } from './http/http-caller.guard.js';
import { TemplatesController } from './http/templates.controller.js';
import { TemplateFiles } from './templates/template-files.js';

/** Spreadsheets in and out: for now the templates of each kind; imports and exports build on the same catalogue. */
@Module({
  imports: [AuthModule],
  controllers: [TemplatesController],
  providers: [HttpCallerGuard, TemplateFiles],
})
export class SpreadsheetsModule {}
