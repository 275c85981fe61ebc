import type { ImpactGrouping } from '../generated/graphql';

export interface Breakdown {
  groupBy: ImpactGrouping;
  /** "按乡镇" etc.: the table's and the chart's heading. */
  by: string;
  /** Whether a row opens the child's own dashboard (a base is the bottom: it has no children). */
  drillsDown: boolean;
}

/**
 * One level down from where the dashboard stands: a county (or anything above, or the whole
 * scope) by town, a town by village, a village by base.
 */
export function breakdownBelow(level: string | null | undefined): Breakdown {
  if (level === 'TOWN') return { groupBy: 'VILLAGE', by: '按村', drillsDown: true };
  if (level === 'VILLAGE') return { groupBy: 'BASE', by: '按基地', drillsDown: false };
  return { groupBy: 'TOWN', by: '按乡镇', drillsDown: true };
}
