import { Injectable } from '@nestjs/common';

import type { SpreadsheetKind } from '../columns/catalogue.js';
import { BasesExport } from './bases.export.js';
import { DivisionsExport } from './divisions.export.js';
import { EnterprisesExport } from './enterprises.export.js';
import type { KindExport } from './kind-export.js';
import { MatchesExport } from './matches.export.js';
import { MembersExport } from './members.export.js';
import { OutcomesExport } from './outcomes.export.js';
import { ServiceActivitiesExport } from './service-activities.export.js';

/** The kinds that can be exported so far, and the rows of each. */
@Injectable()
export class ExportSources {
  private readonly byKind: Partial<Record<SpreadsheetKind, KindExport<object>>>;

  constructor(
    bases: BasesExport,
    outcomes: OutcomesExport,
    enterprises: EnterprisesExport,
    members: MembersExport,
    matches: MatchesExport,
    serviceActivities: ServiceActivitiesExport,
    divisions: DivisionsExport,
  ) {
    this.byKind = { divisions, enterprises, members, bases, matches, 'service-activities': serviceActivities, outcomes };
  }

  of(kind: SpreadsheetKind): KindExport<object> | null {
    return this.byKind[kind] ?? null;
  }

  kinds(): SpreadsheetKind[] {
    return Object.keys(this.byKind) as SpreadsheetKind[];
  }
}
