import { SqlFunctions1764144000000 } from './1764144000000-sql-functions.js';
import { InitialSchema1795681484836 } from './1795681484836-initial-schema.js';
import { IntegrityRules1795681484900 } from './1795681484900-integrity-rules.js';
import { DivisionTown1795700000000 } from './1795700000000-division-town.js';
import { RecordPlace1795700000100 } from './1795700000100-record-place.js';
import { Trust1795800000000 } from './1795800000000-trust.js';
import { TrustRules1795800000100 } from './1795800000100-trust-rules.js';
import { NaturalKeys1795900000000 } from './1795900000000-natural-keys.js';
import { IdempotencyKeys1795900000100 } from './1795900000100-idempotency-keys.js';
import { SpreadsheetImports1796000000000 } from './1796000000000-spreadsheet-imports.js';
import { Committee1796100000000 } from './1796100000000-committee.js';
import { Suggestions1796100000100 } from './1796100000100-suggestions.js';
import { MemberCommittee1796100000200 } from './1796100000200-member-committee.js';
import { Duty1796100000300 } from './1796100000300-duty.js';
import { ReportSummaries1796200000000 } from './1796200000000-report-summaries.js';

/** Every migration, in order. Listed explicitly: an ESM build has no reliable directory glob. */
export const MIGRATIONS: Function[] = [
  SqlFunctions1764144000000,
  InitialSchema1795681484836,
  IntegrityRules1795681484900,
  DivisionTown1795700000000,
  RecordPlace1795700000100,
  Trust1795800000000,
  TrustRules1795800000100,
  NaturalKeys1795900000000,
  IdempotencyKeys1795900000100,
  SpreadsheetImports1796000000000,
  Committee1796100000000,
  Suggestions1796100000100,
  MemberCommittee1796100000200,
  Duty1796100000300,
  ReportSummaries1796200000000,
];
