import { Module } from '@nestjs/common';

import { AuthModule } from '@rural/auth';
import { BasesModule } from '@rural/bases';
import { EnterprisesModule } from '@rural/enterprises';
import { GeographyModule } from '@rural/geography';
import { MatchesModule } from '@rural/matches';
import { MembersModule } from '@rural/members';
import { OutcomesModule } from '@rural/outcomes';
import { ReportingModule } from '@rural/reporting';
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
import { ImpactExportController } from './http/impact-export.controller.js';
import { TemplatesController } from './http/templates.controller.js';
import { FilterSubjectNames } from './impact-report/filter-subjects.js';
import { ImpactReportContents } from './impact-report/impact-report-content.js';
import { TemplateFiles } from './templates/template-files.js';

/** Spreadsheets in and out: the templates of each kind, exports of the caller's rows in the same columns, and the impact report. */
@Module({
  imports: [
    AuthModule,
    GeographyModule,
    EnterprisesModule,
    MembersModule,
    BasesModule,
    MatchesModule,
    ServiceTeamsModule,
    OutcomesModule,
    ReportingModule,
  ],
  // ImpactExportController before ExportsController: Express tries routes in order, and `exports/:file` would take impact.xlsx.
  controllers: [TemplatesController, ImpactExportController, ExportsController],
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
    FilterSubjectNames,
    ImpactReportContents,
  ],
})
export class SpreadsheetsModule {}
