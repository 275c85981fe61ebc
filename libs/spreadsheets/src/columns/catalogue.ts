import { BASE_COLUMNS } from './bases.columns.js';
import type { ColumnSpec } from './column.js';
import { DIVISION_COLUMNS } from './divisions.columns.js';
import { DUTY_EVENT_COLUMNS } from './duty-events.columns.js';
import { ENTERPRISE_COLUMNS } from './enterprises.columns.js';
import { MATCH_COLUMNS } from './matches.columns.js';
import { MEMBER_COLUMNS } from './members.columns.js';
import { OUTCOME_COLUMNS } from './outcomes.columns.js';
import { SERVICE_ACTIVITY_COLUMNS } from './service-activities.columns.js';

/** The kinds of `/templates/{kind}.xlsx` and `/imports/{kind}`: the first seven fixed by docs/api.md. */
export const SPREADSHEET_KINDS = [
  'divisions',
  'enterprises',
  'members',
  'bases',
  'matches',
  'service-activities',
  'outcomes',
  'duty-events',
] as const;
export type SpreadsheetKind = (typeof SPREADSHEET_KINDS)[number];

export interface KindSpec {
  kind: SpreadsheetKind;
  /** The Chinese noun, used as the data sheet's name and in messages. */
  title: string;
  columns: ColumnSpec[];
  /** Only administrators may fetch the template (and later import). */
  adminOnly: boolean;
}

export const CATALOGUE: Record<SpreadsheetKind, KindSpec> = {
  divisions: { kind: 'divisions', title: '行政区划', columns: DIVISION_COLUMNS, adminOnly: true },
  enterprises: { kind: 'enterprises', title: '企业', columns: ENTERPRISE_COLUMNS, adminOnly: false },
  members: { kind: 'members', title: '委员', columns: MEMBER_COLUMNS, adminOnly: false },
  bases: { kind: 'bases', title: '基地', columns: BASE_COLUMNS, adminOnly: false },
  matches: { kind: 'matches', title: '引企下乡对接', columns: MATCH_COLUMNS, adminOnly: false },
  'service-activities': { kind: 'service-activities', title: '服务活动', columns: SERVICE_ACTIVITY_COLUMNS, adminOnly: false },
  outcomes: { kind: 'outcomes', title: '成效记录', columns: OUTCOME_COLUMNS, adminOnly: false },
  // Imported by the committee office only (its importer's `admit`); the template is for anyone.
  'duty-events': { kind: 'duty-events', title: '履职活动', columns: DUTY_EVENT_COLUMNS, adminOnly: false },
};

/** The kind named in a URL, or null for a name that is not one. */
export function kindSpec(name: string): KindSpec | null {
  return (SPREADSHEET_KINDS as readonly string[]).includes(name) ? CATALOGUE[name as SpreadsheetKind] : null;
}
