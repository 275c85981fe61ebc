import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AuthModule } from '@rural/auth';
import { BasesModule } from '@rural/bases';
import { CommitteeModule } from '@rural/committee';
import { DutyModule } from '@rural/duty';
import { EnterprisesModule } from '@rural/enterprises';
import { GeographyModule } from '@rural/geography';
import { MatchesModule } from '@rural/matches';
import { MembersModule } from '@rural/members';
import { OutcomesModule } from '@rural/outcomes';
import { ReportingModule } from '@rural/reporting';
import { ServiceTeamsModule } from '@rural/service-teams';
import { SuggestionsModule } from '@rural/suggestions';

import { CommitteeReportContents } from './committee-reports/committee-report-contents.js';
import { BasesExport } from './exports/bases.export.js';
import { DivisionsExport } from './exports/divisions.export.js';
import { EnterprisesExport } from './exports/enterprises.export.js';
import { ExportSources } from './exports/export-sources.js';
import { MatchesExport } from './exports/matches.export.js';
import { MembersExport } from './exports/members.export.js';
import { OutcomesExport } from './exports/outcomes.export.js';
import { ServiceActivitiesExport } from './exports/service-activities.export.js';
import { CommitteeExportsController } from './http/committee-exports.controller.js';
import { ExportsController } from './http/exports.controller.js';
import { HttpCallerGuard } from './http/http-caller.guard.js';
import { ImpactExportController } from './http/impact-export.controller.js';
import { ImportsController } from './http/imports.controller.js';
import { TemplatesController } from './http/templates.controller.js';
import { FilterSubjectNames } from './impact-report/filter-subjects.js';
import { ImpactReportContents } from './impact-report/impact-report-content.js';
import { ImportHistory } from './imports/history/import-history.js';
import { ImportHistoryResolver } from './imports/history/import-history.resolver.js';
import { ImportUndo } from './imports/history/import-undo.js';
import { SpreadsheetImport } from './imports/history/spreadsheet-import.entity.js';
import { IMPORT_LIMITS, type ImportLimits } from './imports/import-limits.js';
import { ImportProgressBoard } from './imports/import-progress.js';
import { ImportRunner } from './imports/import-runner.js';
import { BasesImporter } from './imports/kinds/bases.importer.js';
import { DivisionsImporter } from './imports/kinds/divisions.importer.js';
import { DutyEventsImporter } from './imports/kinds/duty-events.importer.js';
import { EnterprisesImporter } from './imports/kinds/enterprises.importer.js';
import { KIND_IMPORTERS } from './imports/kinds/kind-importers.js';
import { MatchesImporter } from './imports/kinds/matches.importer.js';
import { MembersImporter } from './imports/kinds/members.importer.js';
import { OutcomesImporter } from './imports/kinds/outcomes.importer.js';
import { ServiceActivitiesImporter } from './imports/kinds/service-activities.importer.js';
import { TemplateFiles } from './templates/template-files.js';

// Every kind's importer; a kind without one answers that it cannot be imported yet.
const IMPORTERS = [
  DivisionsImporter,
  EnterprisesImporter,
  MembersImporter,
  BasesImporter,
  MatchesImporter,
  ServiceActivitiesImporter,
  OutcomesImporter,
  DutyEventsImporter,
];

/** Spreadsheets in and out: the templates of each kind, imports of filled ones, exports of the caller's rows in the same columns, and the impact report. */
@Module({
  imports: [
    TypeOrmModule.forFeature([SpreadsheetImport]),
    AuthModule,
    GeographyModule,
    EnterprisesModule,
    MembersModule,
    BasesModule,
    MatchesModule,
    ServiceTeamsModule,
    OutcomesModule,
    ReportingModule,
    CommitteeModule,
    SuggestionsModule,
    DutyModule,
  ],
  // The named reports before ExportsController: Express tries routes in order, and `exports/:file` would take impact.xlsx.
  controllers: [TemplatesController, ImpactExportController, CommitteeExportsController, ExportsController, ImportsController],
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
    ImportHistory,
    ImportHistoryResolver,
    ImportUndo,
    ImportProgressBoard,
    ImportRunner,
    ...IMPORTERS,
    { provide: KIND_IMPORTERS, useFactory: (...importers: unknown[]) => importers, inject: IMPORTERS },
    {
      provide: IMPORT_LIMITS,
      inject: [ConfigService],
      useFactory: (config: ConfigService): ImportLimits => ({
        maxBytes: Number(config.get('IMPORT_MAX_BYTES') ?? 50 * 1024 * 1024),
        maxRows: Number(config.get('IMPORT_MAX_ROWS') ?? 200_000),
      }),
    },
    FilterSubjectNames,
    ImpactReportContents,
    CommitteeReportContents,
  ],
})
export class SpreadsheetsModule {}
