import { Module } from '@nestjs/common';

import { AuthModule } from '@rural/auth';
import { BasesModule } from '@rural/bases';
import { EnterprisesModule } from '@rural/enterprises';
import { GeographyModule } from '@rural/geography';
import { MatchesModule } from '@rural/matches';
import { MembersModule } from '@rural/members';
import { OutcomesModule } from '@rural/outcomes';
import { ServiceTeamsModule } from '@rural/service-teams';

import { BasesExport } from './exports/bases.export.js';
import { DivisionsExport } from './exports/divisions.export.js';
import { EnterprisesExport } from './exports/enterprises.export.js';
import { ExportSources } from './exports/export-sources.js';
import { MatchesExport } from './exports/matches.export.js';
import { MembersExport } from './exports/members.export.js';
import { OutcomesExport } from './exports/outcomes.export.js';
import { ServiceActivitiesExport } from './exports/service-activities.export.js';
import { ExportsController } from './http/exports.controller.js';
import { HttpCallerGuard } from './http/http-caller.guard.js';
import { TemplatesController } from './http/templates.controller.js';
import { TemplateFiles } from './templates/template-files.js';

/** Spreadsheets in and out: the templates of each kind, and exports of the caller's rows in the same columns. */
@Module({
  imports: [AuthModule, GeographyModule, EnterprisesModule, MembersModule, BasesModule, MatchesModule, ServiceTeamsModule, OutcomesModule],
  controllers: [TemplatesController, ExportsController],
  providers: [
    HttpCallerGuard,
    TemplateFiles,
    ExportSources,
    BasesExport,
    OutcomesExport,
    EnterprisesExport,
    MembersExport,
    MatchesExport,
    ServiceActivitiesExport,
    DivisionsExport,
  ],
})
export class SpreadsheetsModule {}
