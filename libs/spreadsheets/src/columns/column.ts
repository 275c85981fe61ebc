import type { DecimalRule } from '@rural/core';

/**
 * One column of a spreadsheet kind: its Chinese header, the units its header may carry, whether
 * a row must fill it, what kind of value it holds, and the line of 填写说明 a clerk reads.
 */
export interface ColumnSpec {
  /** The API field (or natural-key part) the column feeds, e.g. `areaMu`, `village`. */
  key: string;
  /** The header without its unit, e.g. 面积. */
  header: string;
  required: boolean;
  value: ValueKind;
  /** One line of 填写说明: what to write, and what may be left empty. */
  note: string;
  /** The example row's value, as a clerk would type it. */
  example: string;
}

/** A unit a header may carry and what one of it is in the stored unit (exact decimal text). */
export interface UnitOption {
  label: string;
  factor: string;
}

/** What a natural-key column names: never a database id. */
export type ReferenceTarget = 'county' | 'town' | 'village' | 'division' | 'enterprise' | 'member' | 'base' | 'team';

export type ValueKind =
  | { type: 'text'; maxLength: number }
  | { type: 'code'; code: 'credit-code' | 'division-code' }
  /** A figure: the first unit is the stored one; the others convert exactly into it. */
  | { type: 'decimal'; rule: DecimalRule; units: UnitOption[] }
  | { type: 'date' }
  | { type: 'period' }
  | { type: 'enum'; options: EnumOption[] }
  | { type: 'yes-no' }
  /** A natural key; `many`: several, separated by 、 ， , ； or ; */
  | { type: 'reference'; to: ReferenceTarget; many?: boolean };

/** A Chinese label shown in the file and the API value it stands for. */
export interface EnumOption {
  label: string;
  value: string;
}

/** The header as the template writes it: 面积（亩）. */
export function headerWithUnit(column: ColumnSpec): string {
  const unit = column.value.type === 'decimal' ? column.value.units[0].label : null;
  return unit ? `${column.header}（${unit}）` : column.header;
}

/** The headers a file may use for the column: 面积（亩）, 面积（公顷）. */
export function acceptedHeaders(column: ColumnSpec): string[] {
  if (column.value.type !== 'decimal') return [column.header];
  return column.value.units.map((unit) => `${column.header}（${unit.label}）`);
}

// Units shared by several kinds. 1 公顷 = 15 亩 exactly; 1 万元 = 10000 元.
export const AREA_UNITS: UnitOption[] = [
  { label: '亩', factor: '1' },
  { label: '公顷', factor: '15' },
];
export const MONEY_UNITS: UnitOption[] = [
  { label: '元', factor: '1' },
  { label: '万元', factor: '10000' },
];
