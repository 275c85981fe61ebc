import type { FieldProblem } from '@rural/core';

/** The six figures of an outcome record, with the Chinese labels a clerk knows them by. */
export const FIGURE_LABELS = {
  areaMu: '面积（亩）',
  outputValueYuan: '产值（元）',
  jobsPersonTimes: '务工岗位（人次）',
  householdRentYuan: '农户租金收入（元）',
  collectiveIncomeYuan: '村集体经济增收（元）',
  householdsBenefited: '带动农户（户）',
} as const;

export type FigureField = keyof typeof FIGURE_LABELS;
export const FIGURE_FIELDS = Object.keys(FIGURE_LABELS) as FigureField[];

export interface ScopeFields {
  baseId?: string | null;
  divisionId?: string | null;
}

/** A record is about one base or one division (when only the division's totals are known). */
export function scopeProblem({ baseId, divisionId }: ScopeFields): FieldProblem | null {
  if (baseId && divisionId) return { field: 'divisionId', message: '基地和区划只能指定一个：基地的数字填基地，只知道区划总数时才填区划' };
  if (!baseId && !divisionId) return { field: 'baseId', message: '须指定成效记录的范围：一个基地，或一个区划' };
  return null;
}

/** A record without any figure says nothing; the problem is reported on the first figure. */
export function missingFigureProblem(row: Partial<Record<FigureField, string | null>>): FieldProblem | null {
  if (FIGURE_FIELDS.some((field) => row[field] != null)) return null;
  return { field: FIGURE_FIELDS[0], message: `至少要填写一项数字：${Object.values(FIGURE_LABELS).join('、')}` };
}
